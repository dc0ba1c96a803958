package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.forward;
import static com.balancerstudio.rules.balancers.Designs.id;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.listener;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.rules.balancers.Designs.withInstances;
import static com.balancerstudio.testing.Fixtures.get;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassicBackendsAreInstancesOfItsVpcTest {
    private static final String RULE = "ELB-CLB-005";
    private static final String MESSAGE = "Classic Load Balancers register EC2 instances directly (no target groups,"
            + " no IP/Lambda targets); ";
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer clb = lb("clb", LoadBalancerType.CLASSIC, false, "public-a", "public-b");

    /** The web tier plus an instance "far" in another VPC. */
    private Design withFarInstance(LoadBalancer balancer) {
        return plus(clean,
                new Vpc(id("other-vpc"), "other-vpc", id("us-east-1"), null, Cidr.parse("10.1.0.0/16"), List.of(), true),
                new AvailabilityZone(id("other-a"), "us-east-1a", id("other-vpc"), null, "us-east-1a"),
                new Subnet(id("other-private-a"), "other-private-a", id("other-a"), null, Cidr.parse("10.1.10.0/24"), false),
                Instance.of(id("far"), "far", id("other-private-a"), null),
                balancer);
    }

    @Test
    void instanceOfAnotherVpcIsRefusedAndTheQuickFixDeregistersIt() {
        var design = withFarInstance(withInstances(clb, "web-a", "far", "web-b"));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo(MESSAGE + "EC2 instance far of VPC other-vpc is not a valid CLB backend.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("clb", "far"));
            assertThat(f.quickFix().label()).isEqualTo("Deregister far from clb");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("clb"), LoadBalancer.class).instanceIds()).containsExactly(ids("web-a", "web-b"));
            assertThat(findings(fixed, RULE)).isEmpty();
        });
    }

    @Test
    void somethingOtherThanAnInstanceIsRefused() {
        var design = plus(clean, withInstances(clb, "web-a", "web-alb"));
        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(MESSAGE + "load balancer web-alb is not a valid CLB backend.");
            assertThat(f.elementIds()).containsExactly(ids("clb", "web-alb"));
        });
    }

    @Test
    void listenerForwardingToATargetGroupIsRefused() {
        var group = get(clean, "web-tg", TargetGroup.class);
        var design = plus(clean, clb, listener("clb-http", clb, Protocol.HTTP, 80, forward(group)));
        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(MESSAGE + "target group web-tg is not a valid CLB backend.");
            assertThat(f.elementIds()).containsExactly(ids("clb", "clb-http", "web-tg"));
        });
    }

    @Test
    void instancesOfItsOwnVpcAreRight() {
        assertThat(findings(withFarInstance(withInstances(clb, "web-a", "web-b")), RULE)).isEmpty();
        // Near miss: forwarding to a target group is how an ALB works.
        assertThat(findings(clean, RULE)).isEmpty();
    }
}
