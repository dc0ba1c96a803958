package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.rules.addressing.Tweaks.ip;
import static com.balancerstudio.rules.addressing.Tweaks.target;
import static com.balancerstudio.rules.addressing.Tweaks.targetGroup;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ELB-TGT-005 and the function elements of ELB-TGT-004: Lambda functions registered with a target group. */
class LambdaInvokePermissionTest {
    private final Design clean = Fixtures.webTier();

    private static LambdaFunction function(String region, boolean invokable) {
        return new LambdaFunction(id("orders-fn"), "orders-fn", id(region), null, "orders", null, invokable);
    }

    private Design withFunction(LambdaFunction function) {
        return add(clean, function, targetGroup("fn-tg", TargetType.LAMBDA, null, null, CrossZoneSetting.INHERIT,
                target("orders-fn", null, null)));
    }

    @Test
    void aFunctionThatElasticLoadBalancingMayNotInvokeIsReportedAndTheQuickFixAllowsIt() {
        var design = withFunction(function("us-east-1", false));

        var finding = findings(design, "ELB-TGT-005");
        assertThat(finding).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("ALB cannot invoke Lambda orders-fn: missing lambda:InvokeFunction "
                    + "permission for elasticloadbalancing.amazonaws.com.");
            assertThat(f.elementIds()).containsExactly(id("orders-fn"), id("fn-tg"));
        });
        var fixed = finding.get(0).quickFixEdit().orElseThrow().apply(design);
        assertThat(fixed.get(id("orders-fn"), LambdaFunction.class).allowElbInvoke()).isTrue();
        assertThat(findings(fixed, "ELB-TGT-005")).isEmpty();
    }

    @Test
    void anInvokableFunctionOrOneOutsideTheDesignIsQuiet() {
        assertThat(findings(withFunction(function("us-east-1", true)), "ELB-TGT-005")).isEmpty();
        var byArn = add(clean, targetGroup("fn-tg", TargetType.LAMBDA, null, null, CrossZoneSetting.INHERIT,
                ip("arn:aws:lambda:us-east-1:123456789012:function:orders", null)));
        assertThat(findings(byArn, "ELB-TGT-005")).isEmpty();
    }

    @Test
    void aFunctionElementOfAnotherRegionIsReportedByTheSingleFunctionRule() {
        var otherRegion = add(clean, new Region(id("eu-west-1"), "eu-west-1", null, null, "eu-west-1"));
        var design = add(otherRegion, function("eu-west-1", true), targetGroup("fn-tg", TargetType.LAMBDA, null, null,
                CrossZoneSetting.INHERIT, target("orders-fn", null, null)));

        assertThat(findings(design, "ELB-TGT-004")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Lambda target group fn-tg can contain one Lambda function in the same account and Region."));
        assertThat(findings(withFunction(function("us-east-1", true)), "ELB-TGT-004")).isEmpty();
    }
}
