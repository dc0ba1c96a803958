package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.id;
import static com.balancerstudio.rules.kinds.KindDesigns.ids;
import static com.balancerstudio.rules.kinds.KindDesigns.lb;
import static com.balancerstudio.rules.kinds.KindDesigns.plus;
import static com.balancerstudio.rules.kinds.KindDesigns.securityGroup;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.TargetFailover;
import com.balancerstudio.model.TargetFailoverMode;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Gateway Load Balancer rules of the catalog that the core set leaves out. */
class GatewayLoadBalancerRulesTest {
    private final LoadBalancer gwlb = lb("gwlb", LoadBalancerType.GATEWAY, false, "private-a", "private-b");

    @Test
    void anInternalGatewayLoadBalancerIsRefusedAndTheQuickFixRemovesTheScheme() {
        var design = plus(Fixtures.webTier(), gwlb.withInternal(true));
        assertThat(findings(design, "ELB-GWLB-001")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("You can't specify a scheme for a Gateway Load Balancer.");
            assertThat(f.elementIds()).containsExactly(ids("gwlb"));
            assertThat(f.quickFix().label()).isEqualTo("Remove the scheme of 'gwlb'");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("gwlb"), LoadBalancer.class).internal()).isFalse();
            assertThat(findings(fixed, "ELB-GWLB-001")).isEmpty();
        });
    }

    @Test
    void aGatewayLoadBalancerWithoutSchemeOrSecurityGroupIsRight() {
        var design = plus(Fixtures.webTier(), gwlb);
        assertThat(findings(design, "ELB-GWLB-001")).isEmpty();
        assertThat(findings(design, "ELB-GWLB-002")).isEmpty();
        // Near miss: an internal Network Load Balancer has a scheme and security groups by right.
        var nlb = lb("nlb", LoadBalancerType.NETWORK, true, "private-a").withSecurityGroups(List.of(id("sg")));
        assertThat(findings(plus(Fixtures.webTier(), nlb, securityGroup("sg")), "ELB-GWLB-002")).isEmpty();
        assertThat(findings(plus(Fixtures.webTier(), nlb, securityGroup("sg")), "ELB-GWLB-001")).isEmpty();
    }

    @Test
    void securityGroupsOnAGatewayLoadBalancerAreRefusedAndTheQuickFixRemovesThem() {
        var design = plus(Fixtures.webTier(), gwlb.withSecurityGroups(List.of(id("sg"))),
                securityGroup("sg"));
        assertThat(findings(design, "ELB-GWLB-002")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Security groups cannot be associated with a Gateway Load Balancer.");
            assertThat(f.elementIds()).containsExactly(ids("gwlb", "sg"));
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("gwlb"), LoadBalancer.class).securityGroupIds()).isEmpty();
            assertThat(findings(fixed, "ELB-GWLB-002")).isEmpty();
        });
    }

    /** The web tier with a GWLB in its private subnets sending GENEVE to web-a and web-b, given these groups. */
    private Design appliances(String... securityGroups) {
        var design = Fixtures.webTier();
        for (var name : List.of("web-a", "web-b")) {
            var i = Fixtures.get(design, name, Instance.class);
            design = design.withReplaced(new Instance(i.id(), i.name(), i.parent(), i.bounds(), i.instanceType(),
                    i.associatePublicIpAddress(), java.util.Arrays.stream(securityGroups).map(KindDesigns::id).toList(),
                    i.elasticIpId(), i.instanceState()));
        }
        var group = new TargetGroup(id("appliances"), "appliances", id("vpc"), null, Protocol.GENEVE, 6081, null,
                null, null, null, null, null, null, null,
                List.of(TargetRegistration.instance(id("web-a")), TargetRegistration.instance(id("web-b"))),
                null, null, null, null, null);
        var listener = new Listener(id("gw"), "all traffic", gwlb.id(), null, null, null, null, List.of(), null,
                Action.Forward.to(group.id()), null, null, false, null, null, null);
        return plus(design, gwlb, group, listener);
    }

    private static SecurityGroup geneveFrom(String name, String cidr) {
        return new SecurityGroup(id(name), name, id("vpc"), null, "appliances",
                List.of(new SecurityGroupRule("udp", 6081, 6081, Cidr.parse(cidr), null, "GENEVE")), List.of());
    }

    @Test
    void appliancesThatDoNotAcceptGeneveFromTheLoadBalancerSubnetsAreWarned() {
        // private-b (10.0.11.0/24) is left out of the rule.
        var design = plus(appliances("fw-sg"), geneveFrom("fw-sg", "10.0.10.0/24"));
        assertThat(findings(design, "ELB-GWLB-006")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Appliances behind GWLB gwlb must accept GENEVE (UDP 6081).");
            assertThat(f.elementIds()).containsExactly(ids("appliances", "web-a", "web-b"));
        });
        assertThat(findings(appliances(), "ELB-GWLB-006")).as("no security group at all").hasSize(1);
    }

    @Test
    void appliancesAcceptingGeneveFromTheVpcAreRight() {
        assertThat(findings(plus(appliances("fw-sg"), geneveFrom("fw-sg", "10.0.0.0/16")), "ELB-GWLB-006")).isEmpty();
    }

    @Test
    void everyGeneveTargetGroupGetsTheMtuAdviceAndOtherGroupsDoNot() {
        assertThat(findings(appliances(), "ELB-GWLB-007")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).startsWith("GWLB supports packets up to 8,500 bytes");
            assertThat(f.elementIds()).containsExactly(ids("appliances"));
        });
        assertThat(findings(Fixtures.webTier(), "ELB-GWLB-007")).isEmpty();
    }

    private static Design failingOver(Design design, TargetFailoverMode onDeregistration, TargetFailoverMode onUnhealthy) {
        var group = Fixtures.get(design, "appliances", TargetGroup.class);
        return design.withReplaced(group.withTargetFailover(new TargetFailover(onDeregistration, onUnhealthy)));
    }

    @Test
    void differentTargetFailoverForDeregisteredAndUnhealthyAppliancesIsRefusedAndTheQuickFixRebalancesBoth() {
        var design = failingOver(appliances(), TargetFailoverMode.REBALANCE, TargetFailoverMode.NO_REBALANCE);
        assertThat(findings(design, "ELB-GWLB-008")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo(
                    "GWLB target failover settings must be identical for deregistration and unhealthy targets.");
            assertThat(f.elementIds()).containsExactly(ids("appliances"));
            assertThat(f.quickFix().label())
                    .isEqualTo("Rebalance flows of 'appliances' both on deregistration and when unhealthy");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("appliances"), TargetGroup.class).targetFailover())
                    .isEqualTo(new TargetFailover(TargetFailoverMode.REBALANCE, TargetFailoverMode.REBALANCE));
            assertThat(findings(fixed, "ELB-GWLB-008")).isEmpty();
        });
    }

    @Test
    void matchingOrDefaultTargetFailoverIsRight() {
        assertThat(findings(appliances(), "ELB-GWLB-008")).isEmpty();
        assertThat(findings(failingOver(appliances(), TargetFailoverMode.NO_REBALANCE, TargetFailoverMode.NO_REBALANCE),
                "ELB-GWLB-008")).isEmpty();
        // The other way round is refused just the same.
        assertThat(findings(failingOver(appliances(), TargetFailoverMode.NO_REBALANCE, TargetFailoverMode.REBALANCE),
                "ELB-GWLB-008")).hasSize(1);
    }
}
