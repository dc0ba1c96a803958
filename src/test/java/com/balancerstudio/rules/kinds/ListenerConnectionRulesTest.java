package com.balancerstudio.rules.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AlpnPolicy;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.Action;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RuleRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ALPN policies belong to NLB TLS listeners (ELB-LSN-006); TCP idle timeouts to NLB TCP and GWLB listeners (ELB-IDLE-003). */
class ListenerConnectionRulesTest {
    private static Design withNlbListener(Protocol protocol, AlpnPolicy alpn, Integer idle) {
        var web = Fixtures.webTier();
        var group = Fixtures.get(web, "web-tg", TargetGroup.class);
        var nlb = LoadBalancer.of(ElementId.of("nlb"), "nlb", ElementId.of("vpc"), null, LoadBalancerType.NETWORK,
                true, List.of(SubnetMapping.of(ElementId.of("private-a")), SubnetMapping.of(ElementId.of("private-b"))));
        var tcpGroup = new TargetGroup(ElementId.of("tcp-tg"), "tcp-tg", group.parent(), null, Protocol.TCP, 80,
                group.targetType(), null, null, null, null, null, null, null, group.targets(), null, null, null, null, null);
        var listener = new Listener(ElementId.of("nlb-listener"), "nlb-listener", nlb.id(), null, protocol, 443,
                protocol == Protocol.TLS ? ElementId.of("www-cert") : null, List.of(),
                protocol == Protocol.TLS ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : null,
                Action.Forward.to(tcpGroup.id()), null, null, false, alpn, idle, null);
        var design = web.withAdded(nlb, web.size()).withAdded(tcpGroup, web.size() + 1);
        return design.withAdded(listener, design.size());
    }

    @Test
    void anAlpnPolicyOnATcpListenerIsRefusedAndTheFixRemovesIt() {
        var design = withNlbListener(Protocol.TCP, AlpnPolicy.HTTP2_PREFERRED, null);

        var findings = RuleRunner.findings(design, "ELB-LSN-006");

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("ALPN policy can only be set on TLS listeners of a Network Load Balancer."));
        var fixed = findings.get(0).quickFixEdit().orElseThrow().apply(design);
        assertThat(RuleRunner.findings(fixed, "ELB-LSN-006")).isEmpty();
        assertThat(RuleRunner.findings(withNlbListener(Protocol.TLS, AlpnPolicy.HTTP2_PREFERRED, null), "ELB-LSN-006"))
                .isEmpty();
    }

    @Test
    void aTcpIdleTimeoutMustBeInRangeAndOnATcpListener() {
        assertThat(RuleRunner.findings(withNlbListener(Protocol.TCP, null, 6000), "ELB-IDLE-003")).isEmpty();
        assertThat(RuleRunner.findings(withNlbListener(Protocol.TCP, null, 30), "ELB-IDLE-003")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).startsWith("TCP idle timeout 30s on listener nlb-listener is invalid");
                    assertThat(f.quickFixEdit()).isEmpty();
                });
        var onTls = withNlbListener(Protocol.TLS, null, 600);
        var finding = RuleRunner.findings(onTls, "ELB-IDLE-003");
        assertThat(finding).hasSize(1);
        var fixed = finding.get(0).quickFixEdit().orElseThrow().apply(onTls);
        assertThat(RuleRunner.findings(fixed, "ELB-IDLE-003")).isEmpty();
    }
}
