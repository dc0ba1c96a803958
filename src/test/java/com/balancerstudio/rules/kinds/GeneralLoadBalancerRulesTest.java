package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.id;
import static com.balancerstudio.rules.kinds.KindDesigns.ids;
import static com.balancerstudio.rules.kinds.KindDesigns.lb;
import static com.balancerstudio.rules.kinds.KindDesigns.plus;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The general load balancer rules (ELB-GEN) of the catalog that the core set leaves out. */
class GeneralLoadBalancerRulesTest {
    private static Subnet subnet(String name, String zone, String cidr) {
        return new Subnet(id(name), name, id(zone), null, Cidr.parse(cidr), false);
    }

    @Test
    void malformedNamesAreRefusedAndTheQuickFixCleansThem() {
        var design = plus(Fixtures.webTier(), lb("internal-api_v2-", LoadBalancerType.NETWORK, true, "private-a"));
        assertThat(findings(design, "ELB-GEN-001")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("Load balancer name 'internal-api_v2-' is invalid: max 32");
            assertThat(f.elementIds()).containsExactly(ids("internal-api_v2-"));
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("internal-api_v2-")).name()).isEqualTo("api-v2");
            assertThat(findings(fixed, "ELB-GEN-001")).isEmpty();
        });
        var tooLong = "a".repeat(33);
        assertThat(findings(plus(Fixtures.webTier(), lb(tooLong, LoadBalancerType.NETWORK, true, "private-a")),
                "ELB-GEN-001")).hasSize(1);
    }

    @Test
    void twoLoadBalancersOfOneRegionMayNotShareANameButAClassicOneMay() {
        var twin = LoadBalancer.of(id("twin"), "web-alb", id("vpc"), null, LoadBalancerType.NETWORK, true,
                List.of(SubnetMapping.of(id("private-a"))));
        assertThat(findings(plus(Fixtures.webTier(), twin), "ELB-GEN-001")).singleElement().satisfies(f -> {
            assertThat(f.elementIds()).containsExactly(ids("twin"));
            assertThat(f.quickFix()).isNull();
        });
        var classic = LoadBalancer.of(id("old"), "web-alb", id("vpc"), null, LoadBalancerType.CLASSIC, false,
                List.of(SubnetMapping.of(id("public-a"))));
        assertThat(findings(plus(Fixtures.webTier(), classic), "ELB-GEN-001")).isEmpty();
        assertThat(findings(Fixtures.webTier(), "ELB-GEN-001")).isEmpty();
    }

    @Test
    void aCrowdedSmallSubnetLeavesTooFewAddressesForANode() {
        // A /28 has 16 addresses; AWS keeps 5; four instances leave 7, one short of the 8 a node needs.
        var design = plus(Fixtures.webTier(), subnet("tiny", "us-east-1a", "10.0.20.0/28"),
                Instance.of(id("i1"), "i1", id("tiny"), null), Instance.of(id("i2"), "i2", id("tiny"), null),
                Instance.of(id("i3"), "i3", id("tiny"), null), Instance.of(id("i4"), "i4", id("tiny"), null),
                lb("nlb", LoadBalancerType.NETWORK, true, "tiny"));
        assertThat(findings(design, "ELB-GEN-004")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Subnet tiny has 7 free IPs; load balancer nlb needs at least 8 free"
                    + " addresses in each of its subnets.");
            assertThat(f.elementIds()).containsExactly(ids("nlb", "tiny"));
        });
    }

    @Test
    void aSmallSubnetWithRoomOrAFixedNodeAddressIsEnough() {
        var threeInstances = plus(Fixtures.webTier(), subnet("tiny", "us-east-1a", "10.0.20.0/28"),
                Instance.of(id("i1"), "i1", id("tiny"), null), Instance.of(id("i2"), "i2", id("tiny"), null),
                Instance.of(id("i3"), "i3", id("tiny"), null), lb("nlb", LoadBalancerType.NETWORK, true, "tiny"));
        assertThat(findings(threeInstances, "ELB-GEN-004")).isEmpty();
        assertThat(findings(Fixtures.webTier(), "ELB-GEN-004")).isEmpty();
    }

    @Test
    void anAlbInASubnetSmallerThanSlash27IsWarned() {
        var design = plus(Fixtures.webTier(), subnet("small", "us-east-1a", "10.0.20.0/28"),
                lb("alb2", LoadBalancerType.APPLICATION, true, "small", "private-b"));
        assertThat(findings(design, "ELB-GEN-005")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("Subnet small (10.0.20.0/28) is smaller than /27; Application Load"
                    + " Balancer may not be able to scale");
            assertThat(f.elementIds()).containsExactly(ids("alb2", "small"));
        });
    }

    @Test
    void slash27IsLargeEnoughAndAnNlbDoesNotScaleByAddingNodes() {
        var design = plus(Fixtures.webTier(), subnet("small", "us-east-1a", "10.0.20.0/27"),
                subnet("smaller", "us-east-1b", "10.0.21.0/28"),
                lb("alb2", LoadBalancerType.APPLICATION, true, "small", "private-b"),
                lb("nlb", LoadBalancerType.NETWORK, true, "smaller"));
        assertThat(findings(design, "ELB-GEN-005")).isEmpty();
    }

    @Test
    void anInternalLoadBalancerInPublicSubnetsIsNoted() {
        var design = plus(Fixtures.webTier(), lb("inner", LoadBalancerType.APPLICATION, true, "public-a",
                "private-b"));
        assertThat(findings(design, "ELB-GEN-008")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("Internal load balancer inner is placed in public subnets; private"
                    + " subnets are recommended.");
            assertThat(f.elementIds()).containsExactly(ids("inner", "public-a"));
        });
    }

    @Test
    void anInternalLoadBalancerInPrivateSubnetsIsRight() {
        var design = plus(Fixtures.webTier(), lb("inner", LoadBalancerType.APPLICATION, true, "private-a",
                "private-b"));
        assertThat(findings(design, "ELB-GEN-008")).isEmpty();
        assertThat(findings(Fixtures.webTier(), "ELB-GEN-008")).as("internet-facing in public subnets").isEmpty();
    }

    @Test
    void aLoadBalancerWithoutDeletionProtectionIsWarnedAndTheQuickFixProtectsIt() {
        var design = plus(Fixtures.webTier(), lb("nlb", LoadBalancerType.NETWORK, true, "private-a"));
        assertThat(findings(design, "ELB-GEN-011")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Deletion protection is disabled on nlb.");
            assertThat(f.quickFix().label()).isEqualTo("Enable deletion protection on 'nlb'");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("nlb"), LoadBalancer.class).enableDeletionProtection()).isTrue();
            assertThat(findings(fixed, "ELB-GEN-011")).isEmpty();
        });
    }

    @Test
    void aProtectedLoadBalancerAndAClassicOneWhichHasNoSuchSettingAreLeftAlone() {
        assertThat(findings(Fixtures.webTier(), "ELB-GEN-011")).isEmpty();
        var classic = lb("old", LoadBalancerType.CLASSIC, false, "public-a");
        assertThat(findings(plus(Fixtures.webTier(), classic), "ELB-GEN-011")).isEmpty();
    }
}
