package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.autoScaling;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AsgHealthCheckType;
import com.balancerstudio.model.Design;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoScalingRulesTest {
    private static final List<String> BOTH_ZONES = List.of("private-a", "private-b");
    private static final List<String> WEB = List.of("web-tg");
    private final Design clean = Fixtures.webTier();

    private Design withGroup(int min, List<String> subnets, AsgHealthCheckType healthCheck) {
        return add(clean, autoScaling("web-asg", "vpc", min, subnets, WEB, healthCheck));
    }

    @Test
    void aGroupInOneZoneOrWithMinimumOneIsReported() {
        var oneZone = withGroup(2, List.of("private-a"), AsgHealthCheckType.ELB);
        var minimumOne = withGroup(1, BOTH_ZONES, AsgHealthCheckType.ELB);

        assertThat(findings(oneZone, "ELB-HA-005")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Auto Scaling group web-asg (us-east-1a, min 2) provides no AZ redundancy"
                    + " behind web-alb.");
            assertThat(f.elementIds()).containsExactly(id("web-asg"), id("web-alb"));
        });
        assertThat(findings(minimumOne, "ELB-HA-005")).singleElement().satisfies(f -> assertThat(f.message())
                .contains("(us-east-1a, us-east-1b, min 1)"));
    }

    @Test
    void aGroupOfTwoZonesAndTwoInstancesIsQuiet() {
        assertThat(findings(withGroup(2, BOTH_ZONES, AsgHealthCheckType.ELB), "ELB-HA-005")).isEmpty();
    }

    @Test
    void aGroupLaunchingIntoAnotherVpcIsReported() {
        var design = add(clean, Tweaks.vpc("other-vpc", "us-east-1", "10.1.0.0/16"),
                Tweaks.zone("other-a", "other-vpc", "us-east-1a"), Tweaks.subnet("other-subnet", "other-a", "10.1.0.0/24"),
                autoScaling("web-asg", "other-vpc", 2, List.of("other-subnet"), WEB, AsgHealthCheckType.ELB));

        assertThat(findings(design, "ELB-ASG-002")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Auto Scaling group web-asg must be in the same account, Region and VPC as"
                    + " load balancer web-alb / target group web-tg.");
            assertThat(f.elementIds()).containsExactly(id("web-asg"), id("web-tg"));
        });
    }

    @Test
    void aGroupInTheLoadBalancerVpcIsQuiet() {
        assertThat(findings(withGroup(2, BOTH_ZONES, AsgHealthCheckType.ELB), "ELB-ASG-002")).isEmpty();
    }

    @Test
    void aGroupLaunchingIntoAZoneTheLoadBalancerSkipsIsReported() {
        var design = add(add(clean, Tweaks.zone("us-east-1c", "vpc", "us-east-1c"),
                Tweaks.subnet("private-c", "us-east-1c", "10.0.12.0/24")),
                autoScaling("web-asg", "vpc", 2, List.of("private-a", "private-c"), WEB, AsgHealthCheckType.ELB));

        assertThat(findings(design, "ELB-ASG-003")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Instances that web-asg launches in us-east-1c receive no traffic: the AZ"
                    + " is not enabled on web-alb.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aGroupInTheLoadBalancerZonesIsQuiet() {
        assertThat(findings(withGroup(2, BOTH_ZONES, AsgHealthCheckType.ELB), "ELB-ASG-003")).isEmpty();
    }

    @Test
    void aGroupBehindALoadBalancerUsingEc2HealthChecksIsReportedAndSwitched() {
        var design = withGroup(2, BOTH_ZONES, AsgHealthCheckType.EC2);

        var found = findings(design, "ELB-ASG-004");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Auto Scaling group web-asg ignores load balancer health checks (health"
                    + " check type EC2).");
            assertThat(f.quickFix().label()).isEqualTo("Use load balancer health checks in Auto Scaling group 'web-asg'");
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(withGroup(2, BOTH_ZONES, AsgHealthCheckType.ELB));
    }

    @Test
    void elbHealthChecksOrAGroupWithoutLoadBalancerAreQuiet() {
        var unattached = add(clean, autoScaling("batch", "vpc", 1, BOTH_ZONES, List.of(), AsgHealthCheckType.EC2));

        assertThat(findings(withGroup(2, BOTH_ZONES, AsgHealthCheckType.ELB), "ELB-ASG-004")).isEmpty();
        assertThat(findings(unattached, "ELB-ASG-004")).isEmpty();
    }
}
