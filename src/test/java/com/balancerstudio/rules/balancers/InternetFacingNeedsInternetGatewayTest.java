package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.id;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.testing.Fixtures.get;
import static com.balancerstudio.testing.Fixtures.with;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class InternetFacingNeedsInternetGatewayTest {
    private static final String RULE = "ELB-GEN-006";
    private final Design clean = Fixtures.webTier();
    private final InternetGateway igw = get(clean, "igw", InternetGateway.class);
    private final Design detached = with(clean, new InternetGateway(igw.id(), igw.name(), igw.parent(), igw.bounds(), null));

    @Test
    void internetFacingBalancerInVpcWithoutGatewayIsRefused() {
        assertThat(findings(detached, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Internet-facing load balancer web-alb cannot be created: VPC vpc has no"
                    + " internet gateway (AWS: 'InvalidSubnet: VPC ... has no internet gateway').");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("web-alb", "vpc"));
        });
    }

    @Test
    void quickFixAttachesTheRegionsDetachedGateway() {
        var fix = findings(detached, RULE).get(0).quickFix();

        assertThat(fix.label()).isEqualTo("Attach internet gateway igw to vpc");
        var fixed = fix.apply(detached);
        assertThat(fixed.get(id("igw"), InternetGateway.class).vpcId()).isEqualTo(id("vpc"));
        assertThat(findings(fixed, RULE)).isEmpty();
    }

    @Test
    void noQuickFixWhenWhichGatewayToAttachIsNotClear() {
        var twoDetached = plus(detached, new InternetGateway(id("igw-2"), "igw-2", id("us-east-1"), null, null));
        assertThat(findings(twoDetached, RULE)).singleElement().satisfies(f -> assertThat(f.quickFix()).isNull());
    }

    @Test
    void internalAndGatewayBalancersNeedNoInternetGateway() {
        assertThat(findings(clean, RULE)).isEmpty();
        var alb = get(clean, "web-alb", LoadBalancer.class);
        var internalAlb = LoadBalancer.of(alb.id(), alb.name(), alb.parent(), alb.bounds(), alb.type(), true,
                alb.subnetMappings());
        assertThat(findings(with(detached, internalAlb), RULE)).isEmpty();
        // A Gateway Load Balancer has no scheme; the model's "not internal" must not make it internet-facing.
        var withGwlb = plus(with(detached, internalAlb), lb("gwlb", LoadBalancerType.GATEWAY, false, "private-a"));
        assertThat(findings(withGwlb, RULE)).isEmpty();
    }
}
