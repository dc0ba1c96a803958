package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.forward;
import static com.balancerstudio.rules.balancers.Designs.id;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.listener;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.rules.balancers.Designs.targetGroup;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class GatewayLoadBalancerSingleListenerTest {
    private static final String RULE = "ELB-GWLB-004";
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer gwlb = lb("gwlb", LoadBalancerType.GATEWAY, false, "private-a", "private-b");
    private final TargetGroup appliances = targetGroup("appliances", Protocol.GENEVE, 6081, "web-a", "web-b");

    private Design gwlbWith(Listener... listeners) {
        return plus(plus(clean, gwlb, appliances), listeners);
    }

    @Test
    void listenerWithProtocolAndPortIsRefusedAndTheQuickFixClearsThem() {
        var design = gwlbWith(listener("gw", gwlb, Protocol.TCP, 80, forward(appliances)));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Gateway Load Balancer gwlb must have exactly one listener, without"
                    + " protocol or port (it listens for all IP packets on all ports).");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("gwlb", "gw"));
            assertThat(f.quickFix().label()).isEqualTo("Clear the protocol and port of listener TCP :80");
            var fixed = f.quickFix().apply(design).get(id("gw"), Listener.class);
            assertThat(fixed.protocol()).isNull();
            assertThat(fixed.port()).isNull();
            assertThat(findings(f.quickFix().apply(design), RULE)).isEmpty();
        });
    }

    @Test
    void secondListenerIsRefusedWithoutAGuessWhichToKeep() {
        var design = gwlbWith(listener("gw", gwlb, null, null, forward(appliances)),
                listener("gw-2", gwlb, null, null, forward(appliances)));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            assertThat(f.elementIds()).containsExactly(ids("gwlb", "gw", "gw-2"));
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void oneBareListenerIsRight() {
        assertThat(findings(gwlbWith(listener("gw", gwlb, null, null, forward(appliances))), RULE)).isEmpty();
        // Near miss: an NLB listener needs its protocol and port.
        var nlb = lb("nlb", LoadBalancerType.NETWORK, false, "public-a", "public-b");
        assertThat(findings(plus(clean, nlb, listener("tcp", nlb, Protocol.TCP, 80, null)), RULE)).isEmpty();
    }
}
