package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.change;
import static com.balancerstudio.rules.addressing.Tweaks.get;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SecurityGroupRulesTest {
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer alb = get(clean, "web-alb", LoadBalancer.class);

    @Test
    void aSecurityGroupOfAnotherVpcOnALoadBalancerIsReported() {
        var design = change(add(clean, Tweaks.vpc("other-vpc", "us-east-1", "10.1.0.0/16"),
                Tweaks.securityGroup("other-sg", "other-vpc", 1)), Tweaks.withSecurityGroups(alb, "other-sg"));

        assertThat(findings(design, "NET-SG-001")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Security group other-sg belongs to VPC other-vpc and cannot be used by"
                    + " load balancer web-alb in VPC vpc.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("other-sg"), id("web-alb"));
        });
    }

    @Test
    void aSecurityGroupOfTheSameVpcIsQuiet() {
        var design = change(add(clean, Tweaks.securityGroup("lb-sg", "vpc", 1)), Tweaks.withSecurityGroups(alb, "lb-sg"));

        assertThat(findings(design, "NET-SG-001")).isEmpty();
    }

    @Test
    void sixtyOneInboundRulesExceedTheQuota() {
        assertThat(findings(add(clean, Tweaks.securityGroup("busy", "vpc", 61)), "NET-SG-002")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("Security group busy has 61 inbound rules; the default"
                        + " quota is 60."));
    }

    @Test
    void sixtyInboundRulesAreWithinTheQuota() {
        assertThat(findings(add(clean, Tweaks.securityGroup("busy", "vpc", 60)), "NET-SG-002")).isEmpty();
    }

    private Design withInstanceInGroups(int count) {
        var design = clean;
        var names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "sg-" + i;
            design = add(design, Tweaks.securityGroup(names[i], "vpc", 1));
        }
        return add(design, Tweaks.instance("app", "private-a", null, null, null, names));
    }

    @Test
    void sixSecurityGroupsOnAnInstanceExceedTheQuota() {
        assertThat(findings(withInstanceInGroups(6), "NET-SG-003")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Instance app has 6 security groups; the default quota is 5 per network"
                    + " interface.");
            assertThat(f.elementIds()).containsExactly(id("app"));
        });
    }

    @Test
    void fiveSecurityGroupsOnAnInstanceAreWithinTheQuota() {
        assertThat(findings(withInstanceInGroups(5), "NET-SG-003")).isEmpty();
    }
}
