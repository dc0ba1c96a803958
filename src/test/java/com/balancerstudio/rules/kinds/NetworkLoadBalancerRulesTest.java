package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.id;
import static com.balancerstudio.rules.kinds.KindDesigns.ids;
import static com.balancerstudio.rules.kinds.KindDesigns.lb;
import static com.balancerstudio.rules.kinds.KindDesigns.listener;
import static com.balancerstudio.rules.kinds.KindDesigns.nlb;
import static com.balancerstudio.rules.kinds.KindDesigns.plus;
import static com.balancerstudio.rules.kinds.KindDesigns.securityGroup;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Network Load Balancer rules of the catalog that the core set leaves out. */
class NetworkLoadBalancerRulesTest {
    private static SubnetMapping at(String subnet, String ip) {
        return new SubnetMapping(id(subnet), null, ip);
    }

    @Test
    void aNetworkLoadBalancerWithoutSubnetIsRefused() {
        var design = plus(Fixtures.webTier(), lb("nlb", LoadBalancerType.NETWORK, true));
        assertThat(findings(design, "ELB-NLB-001")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("Network Load Balancer nlb needs at least one subnet (one per AZ).");
            assertThat(f.elementIds()).containsExactly(ids("nlb"));
        });
    }

    @Test
    void aNetworkLoadBalancerInOneSubnetIsEnough() {
        var design = plus(Fixtures.webTier(), lb("nlb", LoadBalancerType.NETWORK, true, "private-a"));
        assertThat(findings(design, "ELB-NLB-001")).isEmpty();
    }

    @Test
    void privateAddressesOutsideTheSubnetReservedOrTakenTwiceAreRefused() {
        // private-a is 10.0.10.0/24: .0-.3 and .255 are AWS's.
        var design = plus(Fixtures.webTier(),
                nlb("outside", true, List.of(), null, null, at("private-a", "10.0.11.7")),
                nlb("reserved", true, List.of(), null, null, at("private-a", "10.0.10.3")),
                nlb("first", true, List.of(), null, null, at("private-a", "10.0.10.50")),
                nlb("second", true, List.of(), null, null, at("private-a", "10.0.10.50")));
        var found = findings(design, "ELB-NLB-003");
        assertThat(found).extracting(f -> f.elementIds().get(0)).containsExactly(ids("outside", "reserved", "second"));
        assertThat(filled(found.get(0)).message()).isEqualTo("Private IP 10.0.11.7 for NLB outside is not a usable"
                + " address of subnet private-a (10.0.10.0/24).");
    }

    @Test
    void aFreeAddressInsideTheSubnetIsUsable() {
        var design = plus(Fixtures.webTier(), nlb("nlb", true, List.of(), null, null, at("private-a", "10.0.10.4"),
                at("private-b", "10.0.11.254")));
        assertThat(findings(design, "ELB-NLB-003")).isEmpty();
    }

    @Test
    void fixedAddressesAreNotedAsDecidedAtCreation() {
        var design = plus(Fixtures.webTier(), nlb("nlb", true, List.of(), null, null, at("private-a", "10.0.10.4")));
        assertThat(findings(design, "ELB-NLB-004")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).startsWith("NLB nlb: Elastic IPs / private IPs in subnet mappings cannot be");
        });
        var addressedByAws = plus(Fixtures.webTier(), lb("nlb", LoadBalancerType.NETWORK, true, "private-a"));
        assertThat(findings(addressedByAws, "ELB-NLB-004")).isEmpty();
    }

    @Test
    void anNlbWithoutSecurityGroupIsNotedAndOneWithAGroupIsNot() {
        var bare = plus(Fixtures.webTier(), lb("nlb", LoadBalancerType.NETWORK, true, "private-a"));
        assertThat(findings(bare, "ELB-NLB-005")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).startsWith("NLB nlb has no security group:");
        });
        var guarded = plus(Fixtures.webTier(), securityGroup("nlb-sg"),
                nlb("nlb", true, List.of(id("nlb-sg")), null, null, SubnetMapping.of(id("private-a"))));
        assertThat(findings(guarded, "ELB-NLB-005")).isEmpty();
    }

    @Test
    void aQuicListenerOnADualstackNlbWithAUdpListenerIsRefusedWithBothReasons() {
        var lb = nlb("nlb", false, List.of(), IpAddressType.DUALSTACK, null, SubnetMapping.of(id("public-a")));
        var design = plus(Fixtures.webTier(), lb, listener("quic", lb, Protocol.QUIC, 443),
                listener("dns", lb, Protocol.UDP, 53));
        assertThat(findings(design, "ELB-NLB-006")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("QUIC/TCP_QUIC listener not allowed on NLB nlb: it is dualstack;"
                    + " listener dns is UDP.");
            assertThat(f.elementIds()).containsExactly(ids("quic", "nlb"));
        });
    }

    @Test
    void oneQuicListenerBesideTcpOnAnIpv4NlbWithoutSecurityGroupsIsAllowed() {
        var lb = nlb("nlb", false, List.of(), null, null, SubnetMapping.of(id("public-a")));
        var design = plus(Fixtures.webTier(), lb, listener("quic", lb, Protocol.QUIC, 443),
                listener("tcp", lb, Protocol.TCP, 80));
        assertThat(findings(design, "ELB-NLB-006")).isEmpty();
    }

    @Test
    void accessLogsWithoutATlsListenerAreNotedAsProducingNothing() {
        var logs = new AccessLogs(true, "logs", "nlb", null);
        var lb = nlb("nlb", false, List.of(), null, logs, SubnetMapping.of(id("public-a")));
        var design = plus(Fixtures.webTier(), lb, listener("tcp", lb, Protocol.TCP, 80));
        assertThat(findings(design, "ELB-NLB-008")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("NLB access logs only record TLS requests; nlb has no TLS listener, so"
                    + " no logs will be produced.");
        });
        var withTls = plus(Fixtures.webTier(), lb, listener("tcp", lb, Protocol.TCP, 80),
                listener("tls", lb, Protocol.TLS, 443));
        assertThat(findings(withTls, "ELB-NLB-008")).isEmpty();
    }
}
