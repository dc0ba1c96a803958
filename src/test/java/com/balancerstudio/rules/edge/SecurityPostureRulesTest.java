package com.balancerstudio.rules.edge;

import static com.balancerstudio.rules.edge.EdgeDesigns.alb;
import static com.balancerstudio.rules.edge.EdgeDesigns.filled;
import static com.balancerstudio.rules.edge.EdgeDesigns.groupIn;
import static com.balancerstudio.rules.edge.EdgeDesigns.id;
import static com.balancerstudio.rules.edge.EdgeDesigns.internal;
import static com.balancerstudio.rules.edge.EdgeDesigns.securedWebTier;
import static com.balancerstudio.rules.edge.EdgeDesigns.tcp;
import static com.balancerstudio.rules.edge.EdgeDesigns.tcpFromGroup;
import static com.balancerstudio.rules.edge.EdgeDesigns.withEgress;
import static com.balancerstudio.rules.edge.EdgeDesigns.withIngress;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * ELB-SEC-002 to ELB-SEC-005 and ELB-SEC-007: what the security groups around a load balancer and its targets let
 * through.
 */
class SecurityPostureRulesTest {
    private final Design secured = securedWebTier();

    @Test
    void theRecommendedSecurityGroupsRaiseNoWarningOrError() {
        for (var rule : new String[] {"ELB-SEC-002", "ELB-SEC-003", "ELB-SEC-004", "ELB-SEC-005", "ELB-SEC-007"}) {
            assertThat(findings(secured, rule)).as(rule).isEmpty();
        }
    }

    @Test
    void aListenerPortNoInboundRuleAllowsIsUnreachableAndTheQuickFixOpensIt() {
        var design = withIngress(secured, "front-sg", tcp(443, "0.0.0.0/0"));

        assertThat(findings(design, "ELB-SEC-002")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message())
                    .isEqualTo("Security groups of web-alb do not allow inbound traffic on listener port 80.");
            assertThat(f.elementIds()).containsExactly(id("web-alb"), id("front-sg"));
            assertThat(f.quickFix().label()).isEqualTo("Allow TCP 80 from 0.0.0.0/0 in front-sg");
            var fixed = f.quickFix().apply(design);
            assertThat(findings(fixed, "ELB-SEC-002")).isEmpty();
        });
    }

    @Test
    void theQuickFixOfAnInternalLoadBalancerOpensThePortToItsVpcOnly() {
        var design = withIngress(secured.withReplaced(internal(alb(secured))), "front-sg", tcp(443, "10.0.0.0/16"));

        var fix = findings(design, "ELB-SEC-002").get(0).quickFix();
        assertThat(fix.label()).isEqualTo("Allow TCP 80 from 10.0.0.0/16 in front-sg");
        var fixed = fix.apply(design);
        assertThat(findings(fixed, "ELB-SEC-002")).isEmpty();
        assertThat(findings(fixed, "ELB-SEC-004")).isEmpty();
    }

    @Test
    void aLoadBalancerWithoutSecurityGroupsIsNotCheckedForThem() {
        var plain = Fixtures.webTier();
        for (var rule : new String[] {"ELB-SEC-002", "ELB-SEC-003", "ELB-SEC-004", "ELB-SEC-007"}) {
            assertThat(findings(plain, rule)).as(rule).isEmpty();
        }
    }

    @Test
    void egressThatMissesTheTargetPortCutsTheLoadBalancerOffItsTargets() {
        var design = withEgress(secured, "front-sg", tcpFromGroup(8080, "back-sg"));

        assertThat(findings(design, "ELB-SEC-003")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo(
                    "Security groups of web-alb block outbound traffic to targets on port 80 "
                            + "(traffic or health check).");
            assertThat(f.elementIds()).containsExactly(id("web-alb"), id("front-sg"));
            // Both web servers are in back-sg, so that is where the load balancer should be allowed to go.
            assertThat(f.quickFix().label()).isEqualTo("Allow TCP 80 out to security group back-sg in front-sg");
            assertThat(findings(f.quickFix().apply(design), "ELB-SEC-003")).isEmpty();
        });
        var allTraffic = new SecurityGroupRule("-1", null, null, Cidr.parse("10.0.0.0/16"), null, null);
        assertThat(findings(withEgress(secured, "front-sg", allTraffic), "ELB-SEC-003")).isEmpty();
    }

    @Test
    void theWholeInternetOnANonListenerPortIsMoreThanTheListenersNeed() {
        var design = withIngress(secured, "front-sg", tcp(443, "0.0.0.0/0"), tcp(80, "0.0.0.0/0"),
                tcp(22, "0.0.0.0/0"));

        assertThat(findings(design, "ELB-SEC-004")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo(
                    "Security group of web-alb allows 0.0.0.0/0 on port(s) 22 beyond what the listeners need.");
            assertThat(f.primaryElement()).isEqualTo(id("front-sg"));
        });
    }

    @Test
    void anInternalLoadBalancerOpenToTheWholeInternetIsReported() {
        var design = secured.withReplaced(internal(alb(secured)));

        assertThat(findings(design, "ELB-SEC-004")).extracting(f -> f.message()).containsExactly(
                "Security group of web-alb allows 0.0.0.0/0 on port(s) 443 beyond what the listeners need.",
                "Security group of web-alb allows 0.0.0.0/0 on port(s) 80 beyond what the listeners need.");
        var toVpc = withIngress(design, "front-sg", tcp(443, "10.0.0.0/16"), tcp(80, "10.0.0.0/16"));
        assertThat(findings(toVpc, "ELB-SEC-004")).isEmpty();
    }

    @Test
    void targetsOpenToTheInternetOnTheirTrafficPortBypassTheLoadBalancer() {
        var design = withIngress(secured, "back-sg", tcpFromGroup(80, "front-sg"), tcp(80, "0.0.0.0/0"));

        assertThat(findings(design, "ELB-SEC-005")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo(
                    "Targets of web-alb accept traffic from 0.0.0.0/0 directly, "
                            + "bypassing the load balancer (and WAF).");
            assertThat(f.elementIds()).containsExactly(id("back-sg"), id("web-a"), id("web-alb"));
        });
        // Another port from outside (say SSH from an office) is not traffic of the load balancer.
        var ssh = withIngress(secured, "back-sg", tcpFromGroup(80, "front-sg"), tcp(22, "203.0.113.0/24"));
        assertThat(findings(ssh, "ELB-SEC-005")).isEmpty();
        // Inside the VPC is where the load balancer's nodes are.
        var fromVpc = withIngress(secured, "back-sg", tcp(80, "10.0.0.0/16"));
        assertThat(findings(fromVpc, "ELB-SEC-005")).isEmpty();
    }

    @Test
    void eachInternetFacingLoadBalancerIsNotedAsPublic() {
        assertThat(findings(secured, "ELB-SEC-006")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("web-alb is internet-facing (exposed publicly).");
            assertThat(f.elementIds()).containsExactly(id("web-alb"));
        });
        assertThat(findings(secured.withReplaced(internal(alb(secured))), "ELB-SEC-006")).isEmpty();
    }

    @Test
    void anInternetFacingLoadBalancerOpenOnlyToSomeRangesIsReported() {
        var design = withIngress(secured, "front-sg", tcp(443, "203.0.113.0/24"), tcpFromGroup(443, "back-sg"),
                tcp(80, "0.0.0.0/0"));

        assertThat(findings(design, "ELB-SEC-007")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Internet-facing web-alb accepts listener traffic only from "
                    + "203.0.113.0/24, security group back-sg; other internet clients are blocked.");
            assertThat(f.elementIds()).containsExactly(id("web-alb"), id("front-sg"));
        });
        assertThat(groupIn(secured, "front-sg").ingress()).allMatch(r -> r.cidrIpv4().prefixLength() == 0);
    }
}
