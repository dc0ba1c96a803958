package com.balancerstudio.rules.targets;

import static com.balancerstudio.rules.targets.Groups.add;
import static com.balancerstudio.rules.targets.Groups.fixed;
import static com.balancerstudio.rules.targets.Groups.group;
import static com.balancerstudio.rules.targets.Groups.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Severity;
import org.junit.jupiter.api.Test;

/** ELB-HC-012: the health check interval of a Lambda target group against its function's timeout. */
class LambdaHealthCheckIntervalTest {
    private static final HealthCheck ENABLED = new HealthCheck(true, null, null, null, null, null, null, null, null);

    private static Design lambdaGroup(Integer functionTimeout, HealthCheck check) {
        var function = new LambdaFunction(id("report-fn"), "report-fn", id("us-east-1"), null, "report",
                functionTimeout, true);
        var group = group("fn-tg", null, null).type(TargetType.LAMBDA).check(check)
                .targets(new TargetRegistration(function.id(), null, null, null)).build();
        return add(Groups.webTier(), function, group);
    }

    private static HealthCheck every(int seconds) {
        return new HealthCheck(true, null, null, null, seconds, 5, null, null, null);
    }

    @Test
    void anIntervalNotAboveTheFunctionTimeoutIsWarnedAboutAndTheQuickFixRaisesIt() {
        // The default interval of a Lambda target group (35 s) against a 60 s function.
        var design = lambdaGroup(60, ENABLED);

        var found = findings(design, "ELB-HC-012");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Health check interval for fn-tg must be greater than the Lambda "
                    + "function timeout.");
            assertThat(f.elementIds()).containsExactly(id("fn-tg"), id("report-fn"));
        });
        var after = fixed(design, found.get(0));
        assertThat(after.get(id("fn-tg"), TargetGroup.class).healthCheck().interval()).isEqualTo(61);
        assertThat(findings(after, "ELB-HC-012")).isEmpty();
        // Equal is not greater; a function running the full 15 minutes cannot be outwaited (interval max 300 s).
        assertThat(findings(lambdaGroup(3, every(3)), "ELB-HC-012")).hasSize(1);
        assertThat(findings(lambdaGroup(900, ENABLED), "ELB-HC-012")).singleElement()
                .satisfies(f -> assertThat(f.quickFixEdit()).isEmpty());
    }

    @Test
    void anIntervalAboveTheTimeoutOrHealthChecksOffAreQuiet() {
        // The Lambda default timeout is 3 s, below the 35 s default interval; 4 s is just above it.
        assertThat(findings(lambdaGroup(null, ENABLED), "ELB-HC-012")).isEmpty();
        assertThat(findings(lambdaGroup(3, every(4)), "ELB-HC-012")).isEmpty();
        assertThat(findings(lambdaGroup(60, HealthCheck.DEFAULTS), "ELB-HC-012")).isEmpty();
    }
}
