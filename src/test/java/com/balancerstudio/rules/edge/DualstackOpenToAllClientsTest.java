package com.balancerstudio.rules.edge;

import static com.balancerstudio.rules.edge.EdgeDesigns.alb;
import static com.balancerstudio.rules.edge.EdgeDesigns.filled;
import static com.balancerstudio.rules.edge.EdgeDesigns.id;
import static com.balancerstudio.rules.edge.EdgeDesigns.securedWebTier;
import static com.balancerstudio.rules.edge.EdgeDesigns.tcp;
import static com.balancerstudio.rules.edge.EdgeDesigns.withAddressType;
import static com.balancerstudio.rules.edge.EdgeDesigns.withIngress;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.Ipv6Cidr;
import com.balancerstudio.model.SecurityGroupRule;
import org.junit.jupiter.api.Test;

/** A dualstack internet-facing load balancer must let IPv6 clients (::/0) in too (the IPv6 half of ELB-SEC-007). */
class DualstackOpenToAllClientsTest {
    private final Design dualstack = securedWebTier().withReplaced(withAddressType(alb(securedWebTier()),
            IpAddressType.DUALSTACK));

    private static SecurityGroupRule tcp6(int port, String cidr) {
        return new SecurityGroupRule("tcp", port, port, null, null, null, Ipv6Cidr.parse(cidr));
    }

    @Test
    void aDualstackLoadBalancerOpenOnlyToIpv4ClientsIsReported() {
        assertThat(findings(dualstack, "ELB-SEC-007")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Internet-facing web-alb accepts listener traffic only from "
                    + "0.0.0.0/0; other internet clients are blocked.");
            assertThat(f.elementIds()).containsExactly(id("web-alb"), id("front-sg"));
        });
        var someIpv6 = withIngress(dualstack, "front-sg", tcp(443, "0.0.0.0/0"), tcp(80, "0.0.0.0/0"),
                tcp6(443, "2001:db8::/32"), tcp6(80, "::/0"));
        assertThat(findings(someIpv6, "ELB-SEC-007")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Internet-facing web-alb accepts listener traffic only from 0.0.0.0/0, 2001:db8::/32; "
                        + "other internet clients are blocked."));
    }

    @Test
    void aDualstackLoadBalancerOpenToBothAnywheresIsQuiet() {
        var open = withIngress(dualstack, "front-sg", tcp(443, "0.0.0.0/0"), tcp(80, "0.0.0.0/0"),
                tcp6(443, "::/0"), tcp6(80, "::/0"));

        assertThat(findings(open, "ELB-SEC-007")).isEmpty();
        assertThat(findings(securedWebTier(), "ELB-SEC-007")).isEmpty();
    }
}
