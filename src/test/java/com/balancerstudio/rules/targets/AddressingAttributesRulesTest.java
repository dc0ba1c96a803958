package com.balancerstudio.rules.targets;

import static com.balancerstudio.rules.targets.Groups.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetIpAddressType;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.testing.RuleRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Target group attributes of address families and connections: client IP preservation on UDP (ELB-TG-016), proxy
 * protocol v2 (ELB-TG-019), IPv6 groups (ELB-TG-011) and UDP on a dualstack NLB (ELB-NLB-007).
 */
class AddressingAttributesRulesTest {
    private static TargetGroup group(Protocol protocol, TargetType type, List<TargetRegistration> targets,
                                     TargetIpAddressType family, Boolean preserve, Boolean proxy) {
        return new TargetGroup(id("udp-tg"), "udp-tg", id("vpc"), null, protocol, 53, type, null, null, null, null,
                null, null, null, targets, family, preserve, proxy, null, null);
    }

    private static Design behindNlb(TargetGroup group, Protocol listenerProtocol, IpAddressType addresses) {
        var nlb = new LoadBalancer(id("app-nlb"), "app-nlb", id("vpc"), null, LoadBalancerType.NETWORK, false,
                List.of(SubnetMapping.of(id("public-a")), SubnetMapping.of(id("public-b"))), List.of(), addresses,
                null, true, null, null, null, null, List.of(), null, null, null, null, null, null, null);
        return Groups.add(Groups.webTier(), group, nlb,
                Groups.listener("udp-53", nlb, listenerProtocol, 53, Groups.forward(group)));
    }

    @Test
    void clientIpPreservationSwitchedOffOnUdpIsRefusedAndTheFixRemovesIt() {
        var design = behindNlb(group(Protocol.UDP, TargetType.INSTANCE, List.of(), null, false, null),
                Protocol.UDP, IpAddressType.IPV4);

        var findings = RuleRunner.findings(design, "ELB-TG-016");

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Client IP preservation cannot be disabled for UDP/TCP_UDP target groups."));
        assertThat(RuleRunner.findings(Groups.fixed(design, findings.get(0)), "ELB-TG-016")).isEmpty();
        assertThat(RuleRunner.findings(behindNlb(group(Protocol.TCP, TargetType.INSTANCE, List.of(), null, false,
                null), Protocol.TCP, IpAddressType.IPV4), "ELB-TG-016")).isEmpty();
    }

    @Test
    void proxyProtocolIsNotedOnlyWhenOn() {
        var on = behindNlb(group(Protocol.TCP, TargetType.INSTANCE, List.of(), null, null, true), Protocol.TCP,
                IpAddressType.IPV4);
        var off = behindNlb(group(Protocol.TCP, TargetType.INSTANCE, List.of(), null, null, false), Protocol.TCP,
                IpAddressType.IPV4);

        assertThat(RuleRunner.findings(on, "ELB-TG-019")).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("Proxy protocol v2 is on for udp-tg"));
        assertThat(RuleRunner.findings(off, "ELB-TG-019")).isEmpty();
    }

    @Test
    void anIpv6GroupNeedsADualstackBalancerAndIpv6Targets() {
        var v6 = List.of(new TargetRegistration(null, "2600:1f18::10", null, null));
        var v4 = List.of(new TargetRegistration(null, "10.0.10.10", null, null));

        assertThat(RuleRunner.findings(behindNlb(group(Protocol.TCP, TargetType.IP, v6, TargetIpAddressType.IPV6,
                null, null), Protocol.TCP, IpAddressType.IPV4), "ELB-TG-011")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("IPv6 target group udp-tg needs a dualstack"));
        assertThat(RuleRunner.findings(behindNlb(group(Protocol.TCP, TargetType.IP, v4, TargetIpAddressType.IPV6,
                null, null), Protocol.TCP, IpAddressType.DUALSTACK), "ELB-TG-011")).hasSize(1);
        assertThat(RuleRunner.findings(behindNlb(group(Protocol.TCP, TargetType.IP, v6, TargetIpAddressType.IPV6,
                null, null), Protocol.TCP, IpAddressType.DUALSTACK), "ELB-TG-011")).isEmpty();
    }

    @Test
    void udpOnADualstackNlbNeedsAnIpv6Group() {
        var v6 = List.of(new TargetRegistration(null, "2600:1f18::10", null, null));

        assertThat(RuleRunner.findings(behindNlb(group(Protocol.UDP, TargetType.IP, List.of(), null, null, null),
                Protocol.UDP, IpAddressType.DUALSTACK), "ELB-NLB-007")).singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("UDP listener UDP :53 on dualstack NLB app-nlb requires an IPv6 target group."));
        assertThat(RuleRunner.findings(behindNlb(group(Protocol.UDP, TargetType.IP, v6, TargetIpAddressType.IPV6,
                null, null), Protocol.UDP, IpAddressType.DUALSTACK), "ELB-NLB-007")).isEmpty();
    }
}
