package com.balancerstudio.rules.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.ZoneType;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RuleRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dualstack load balancers need IPv6 blocks (ELB-GEN-010); load balancers in Local Zones and on Outposts
 * (ELB-GEN-009) and what an ALB there lacks (ELB-ALB-006).
 */
class ZoneTypeAndDualstackRulesTest {
    private static Design zoneType(Design design, String zoneId, ZoneType type) {
        var zone = Fixtures.get(design, zoneId, AvailabilityZone.class);
        return design.withReplaced(new AvailabilityZone(zone.id(), zone.name(), zone.parent(), zone.bounds(),
                zone.zoneName(), type));
    }

    private static Design dualstack(Design design) {
        var l = Fixtures.get(design, "web-alb", LoadBalancer.class);
        return design.withReplaced(l.withIpAddressType(IpAddressType.DUALSTACK));
    }

    private static Design alsoIn(Design design, String... subnets) {
        var l = Fixtures.get(design, "web-alb", LoadBalancer.class);
        var mappings = new java.util.ArrayList<>(l.subnetMappings());
        for (var subnet : subnets) {
            mappings.add(com.balancerstudio.model.SubnetMapping.of(ElementId.of(subnet)));
        }
        return design.withReplaced(l.withSubnetMappings(mappings));
    }

    @Test
    void aDualstackAlbWithoutIpv6BlocksIsRefusedAndTheFixGivesVpcAndSubnetsTheirBlocks() {
        var design = dualstack(Fixtures.webTier());

        var findings = RuleRunner.findings(design, "ELB-GEN-010");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Dualstack load balancer web-alb requires IPv6 CIDR blocks on its VPC "
                    + "and all its subnets.");
            assertThat(f.elementIds()).extracting(ElementId::value)
                    .containsExactly("web-alb", "vpc", "public-a", "public-b");
        });
        var fixed = findings.get(0).quickFixEdit().orElseThrow().apply(design);
        assertThat(RuleRunner.findings(fixed, "ELB-GEN-010")).isEmpty();
        assertThat(Fixtures.get(fixed, "vpc", Vpc.class).generatesIpv6Block()).isTrue();
        assertThat(List.of(Fixtures.get(fixed, "public-a", Subnet.class).ipv6Netnum(),
                Fixtures.get(fixed, "public-b", Subnet.class).ipv6Netnum())).containsExactly(0, 1);
        assertThat(RuleRunner.findings(fixed, "NET-SUB-007")).isEmpty();
    }

    @Test
    void aDualstackAlbIsQuietWhenEverySubnetHasItsBlockButNotWhenOneLacksIt() {
        var design = dualstack(Fixtures.webTier());
        var vpc = Fixtures.get(design, "vpc", Vpc.class);
        design = design.withReplaced(vpc.withIpv6(true, null))
                .withReplaced(Fixtures.get(design, "public-a", Subnet.class).withIpv6(null, 4));

        assertThat(RuleRunner.findings(design, "ELB-GEN-010")).singleElement()
                .satisfies(f -> assertThat(f.elementIds()).extracting(ElementId::value)
                        .containsExactly("web-alb", "public-b"));
        var complete = design.withReplaced(Fixtures.get(design, "public-b", Subnet.class).withIpv6(null, 5));
        assertThat(RuleRunner.findings(complete, "ELB-GEN-010")).isEmpty();
        assertThat(RuleRunner.findings(Fixtures.webTier(), "ELB-GEN-010")).isEmpty();
    }

    @Test
    void anAlbMixingAnOutpostWithAnAvailabilityZoneIsRefused() {
        var design = zoneType(Fixtures.webTier(), "us-east-1a", ZoneType.OUTPOST);

        assertThat(RuleRunner.findings(design, "ELB-GEN-009")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Application Load Balancer web-alb cannot use subnet public-b in an "
                    + "Availability Zone (an Application Load Balancer's zones are all of one type, and subnet "
                    + "public-a is in an Outpost).");
            assertThat(f.elementIds()).extracting(ElementId::value).containsExactly("web-alb", "public-b");
        });
    }

    @Test
    void anAlbUsesOneOutpostSubnetAndOtherKindsNone() {
        var both = zoneType(zoneType(Fixtures.webTier(), "us-east-1a", ZoneType.OUTPOST), "us-east-1b",
                ZoneType.OUTPOST);
        assertThat(RuleRunner.findings(both, "ELB-GEN-009")).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("subnet public-b in an Outpost (an Application Load "
                        + "Balancer on an Outpost uses exactly one Outpost subnet)."));

        var localZones = zoneType(zoneType(Fixtures.webTier(), "us-east-1a", ZoneType.LOCAL_ZONE), "us-east-1b",
                ZoneType.LOCAL_ZONE);
        assertThat(RuleRunner.findings(localZones, "ELB-GEN-009")).isEmpty();
        assertThat(RuleRunner.findings(localZones, "ELB-ALB-001")).isEmpty();

        var nlb = KindDesigns.lb("edge-nlb", com.balancerstudio.model.LoadBalancerType.NETWORK, true, "private-a");
        var withNlb = KindDesigns.plus(zoneType(Fixtures.webTier(), "us-east-1a", ZoneType.LOCAL_ZONE), nlb);
        assertThat(RuleRunner.findings(withNlb, "ELB-GEN-009")).extracting(f -> f.message())
                .contains("Network Load Balancer edge-nlb cannot use subnet private-a in a Local Zone (only "
                        + "Application Load Balancers run in Local Zones and on Outposts).");
        assertThat(RuleRunner.findings(KindDesigns.plus(Fixtures.webTier(), nlb), "ELB-GEN-009")).isEmpty();
    }

    @Test
    void wafOnAnAlbInLocalZonesIsRefusedAndTheFixRemovesTheWebAcl() {
        var design = zoneType(zoneType(Fixtures.webTier(), "us-east-1a", ZoneType.LOCAL_ZONE), "us-east-1b",
                ZoneType.LOCAL_ZONE);

        var findings = RuleRunner.findings(design, "ELB-ALB-006");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("AWS WAF (web ACL web-waf) is not available for an ALB on Local Zones.");
            assertThat(f.elementIds()).extracting(ElementId::value).containsExactly("web-alb", "web-waf");
        });
        var fixed = findings.get(0).quickFixEdit().orElseThrow().apply(design);
        assertThat(RuleRunner.findings(fixed, "ELB-ALB-006")).isEmpty();
        assertThat(RuleRunner.findings(Fixtures.webTier(), "ELB-ALB-006")).isEmpty();
    }

    @Test
    void onAnOutpostStickinessAndAuthenticationAreRefusedToo() {
        var design = zoneType(Fixtures.webTier(), "us-east-1a", ZoneType.OUTPOST);
        var https = Fixtures.get(design, "https", com.balancerstudio.model.Listener.class);
        design = design.withReplaced(https.withDefaultAction(
                new Action.Authenticate("cognito", null, List.of(com.balancerstudio.model.WeightedTargetGroup.of(
                        ElementId.of("web-tg"))), null, null)));

        assertThat(RuleRunner.findings(design, "ELB-ALB-006")).extracting(f -> f.message()).containsExactly(
                "AWS WAF (web ACL web-waf) is not available for an ALB on Outposts.",
                "Authentication (HTTPS :443) is not available for an ALB on Outposts.");
    }
}
