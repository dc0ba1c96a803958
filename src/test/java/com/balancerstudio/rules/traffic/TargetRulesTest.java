package com.balancerstudio.rules.traffic;

import static com.balancerstudio.rules.traffic.TrafficDesigns.add;
import static com.balancerstudio.rules.traffic.TrafficDesigns.autoScalingGroup;
import static com.balancerstudio.rules.traffic.TrafficDesigns.classic;
import static com.balancerstudio.rules.traffic.TrafficDesigns.fixed;
import static com.balancerstudio.rules.traffic.TrafficDesigns.get;
import static com.balancerstudio.rules.traffic.TrafficDesigns.id;
import static com.balancerstudio.rules.traffic.TrafficDesigns.instance;
import static com.balancerstudio.rules.traffic.TrafficDesigns.instanceTarget;
import static com.balancerstudio.rules.traffic.TrafficDesigns.ipTarget;
import static com.balancerstudio.rules.traffic.TrafficDesigns.replace;
import static com.balancerstudio.testing.DesignBuilder.cidr;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetRulesTest {
    private final Design clean = Fixtures.webTier();
    private final TargetGroup group = get(clean, "web-tg", TargetGroup.class);
    private final LoadBalancer alb = get(clean, "web-alb", LoadBalancer.class);

    private Design register(Design design, TargetRegistration... extra) {
        var targets = new ArrayList<>(group.targets());
        targets.addAll(List.of(extra));
        return replace(design, group.withTargets(targets));
    }

    /** The web tier with a third zone (us-east-1c) that the load balancer is not enabled in, holding web-c. */
    private Design withZoneC() {
        return add(clean, new AvailabilityZone(id("us-east-1c"), "us-east-1c", id("vpc"), null, "us-east-1c"),
                new Subnet(id("private-c"), "private-c", id("us-east-1c"), null, cidr("10.0.12.0/24"), false),
                instance("web-c", "private-c"));
    }

    @Test
    void instanceOfAnotherVpcIsRefused() {
        var design = add(clean, new Vpc(id("other-vpc"), "other-vpc", id("us-east-1"), null, cidr("10.1.0.0/16"),
                        List.of(), true),
                new AvailabilityZone(id("other-a"), "other-a", id("other-vpc"), null, "us-east-1a"),
                new Subnet(id("other-sub"), "other-sub", id("other-a"), null, cidr("10.1.0.0/24"), false),
                instance("stray", "other-sub"));
        design = register(design, instanceTarget("stray"));

        assertThat(findings(design, "ELB-TGT-001")).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo("Instance stray is in VPC other-vpc; it must be in VPC vpc of target group web-tg.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("stray"), id("web-tg"));
        });
    }

    @Test
    void instancesOfTheGroupsVpcAndIpTargetsPass() {
        var design = register(clean, ipTarget("10.0.10.50", "us-east-1a"));

        assertThat(findings(clean, "ELB-TGT-001")).isEmpty();
        assertThat(findings(design, "ELB-TGT-001")).isEmpty();
    }

    @Test
    void targetInAZoneWithoutLoadBalancerNodeIsFlagged() {
        var design = register(withZoneC(), instanceTarget("web-c"));

        assertThat(findings(design, "ELB-TGT-007")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Target web-c is in us-east-1c, which is not enabled on web-alb;"
                    + " it will be 'unused' and receive no traffic.");
            assertThat(f.fix()).isEqualTo("Add a load balancer subnet in us-east-1c or move the target to an enabled AZ.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("web-c"), id("web-tg"), id("web-alb"));
        });
    }

    @Test
    void ipTargetInADisabledZoneIsNamedByItsAddress() {
        var design = register(clean, ipTarget("10.0.12.7", "us-east-1c"), ipTarget("192.168.5.5", "all"));

        assertThat(findings(design, "ELB-TGT-007")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("Target 10.0.12.7 is in us-east-1c, which is not enabled on web-alb;");
            assertThat(f.elementIds()).containsExactly(id("web-tg"), id("web-alb"));
        });
    }

    @Test
    void whenNoTargetIsInAnEnabledZoneThisRuleLeavesItToTheUnreachableGroupRule() {
        var design = replace(withZoneC(), group.withTargets(List.of(instanceTarget("web-c"))));

        assertThat(findings(design, "ELB-TGT-007")).isEmpty();
    }

    @Test
    void classicLoadBalancerInstanceInADisabledZoneIsFlagged() {
        var design = add(withZoneC(), classic("old-clb", null, "web-a", "web-c"));

        assertThat(findings(design, "ELB-TGT-007")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("Target web-c is in us-east-1c, which is not enabled on old-clb;");
            assertThat(f.elementIds()).containsExactly(id("web-c"), id("old-clb"));
        });
    }

    @Test
    void targetWithAnElasticIpIsExposedAndTheQuickFixRemovesTheAddress() {
        var webA = get(clean, "web-a", Instance.class);
        var design = replace(add(clean, new ElasticIp(id("eip-web"), "eip-web", id("us-east-1"), null, null)),
                instance("web-a", "private-a", null, "eip-web").withPlacement(webA.parent(), webA.bounds()));

        var found = findings(design, "ELB-SEC-001");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Target web-a of internet-facing web-alb is directly exposed (public"
                    + " subnet / public IP); it can be reached bypassing the load balancer.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("web-a"), id("web-alb"));
        });
        var after = fixed(design, found.get(0));
        var fixedInstance = get(after, "web-a", Instance.class);
        assertThat(fixedInstance.elasticIpId()).isNull();
        assertThat(fixedInstance.associatePublicIpAddress()).isFalse();
        assertThat(findings(after, "ELB-SEC-001")).isEmpty();
    }

    @Test
    void targetInAPublicSubnetIsExposedWithoutQuickFix() {
        var design = add(clean, instance("web-p", "public-a"));
        design = register(design, instanceTarget("web-p"));

        assertThat(findings(design, "ELB-SEC-001")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("Target web-p of internet-facing web-alb is directly exposed");
            assertThat(f.quickFixEdit()).isEmpty();
        });
    }

    @Test
    void subnetThatAssignsPublicAddressesExposesItsInstancesUnlessTheyOptOut() {
        var privateA = get(clean, "private-a", Subnet.class);
        var autoPublic = replace(clean, new Subnet(privateA.id(), privateA.name(), privateA.parent(),
                privateA.bounds(), privateA.cidrBlock(), true));
        var webA = get(clean, "web-a", Instance.class);
        var optedOut = replace(autoPublic, instance("web-a", "private-a", false, null)
                .withPlacement(webA.parent(), webA.bounds()));

        assertThat(findings(autoPublic, "ELB-SEC-001")).extracting(f -> f.elementIds().get(0)).containsExactly(id("web-a"));
        assertThat(findings(optedOut, "ELB-SEC-001")).isEmpty();
    }

    @Test
    void autoScalingGroupLaunchingIntoPublicSubnetsIsExposed() {
        var design = add(clean,
                autoScalingGroup("web-asg", 2, 4, List.of("public-a", "public-b"), List.of("web-tg"), List.of()));

        assertThat(findings(design, "ELB-SEC-001")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("Target web-asg of internet-facing web-alb is directly exposed");
            assertThat(f.elementIds()).containsExactly(id("web-asg"), id("web-alb"));
        });
    }

    @Test
    void internalLoadBalancersMayHaveTargetsWithPublicAddresses() {
        var internal = alb.withInternal(true);
        var design = register(add(replace(clean, internal), instance("web-p", "public-a")), instanceTarget("web-p"));

        assertThat(findings(clean, "ELB-SEC-001")).isEmpty();
        assertThat(findings(design, "ELB-SEC-001")).isEmpty();
    }
}
