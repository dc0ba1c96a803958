package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.forward;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.listener;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.rules.balancers.Designs.targetGroup;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class GatewayLoadBalancerForwardsToGeneveTest {
    private static final String RULE = "ELB-GWLB-005";
    private final Design clean = Fixtures.webTier();

    private Design forwarding(LoadBalancerType type, TargetGroup group) {
        LoadBalancer balancer = lb("lb", type, false, "private-a", "private-b");
        return plus(clean, balancer, group, listener("lsn", balancer, null, null, forward(group)));
    }

    @Test
    void gwlbForwardingToTcpGroupIsRefused() {
        var design = forwarding(LoadBalancerType.GATEWAY, targetGroup("tcp-tg", Protocol.TCP, 80, "web-a", "web-b"));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Gateway Load Balancer lb must forward to a GENEVE target group on port 6081.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("lb", "tcp-tg"));
        });
    }

    @Test
    void geneveOnAnotherPortIsRefused() {
        var design = forwarding(LoadBalancerType.GATEWAY, targetGroup("geneve-tg", Protocol.GENEVE, 6080, "web-a"));
        assertThat(findings(design, RULE)).hasSize(1);
    }

    @Test
    void geneveOn6081IsRight() {
        assertThat(findings(forwarding(LoadBalancerType.GATEWAY,
                targetGroup("geneve-tg", Protocol.GENEVE, 6081, "web-a")), RULE)).isEmpty();
        // Near miss: other kinds forward to TCP groups freely.
        assertThat(findings(forwarding(LoadBalancerType.NETWORK,
                targetGroup("tcp-tg", Protocol.TCP, 80, "web-a")), RULE)).isEmpty();
    }
}
