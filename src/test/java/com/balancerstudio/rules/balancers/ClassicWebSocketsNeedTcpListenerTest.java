package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.id;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassicWebSocketsNeedTcpListenerTest {
    private static final String RULE = "ELB-CLB-004";
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer clb = lb("clb", LoadBalancerType.CLASSIC, false, "public-a", "public-b");

    private static Listener listener(LoadBalancer lb, Protocol front, int port, Protocol back, boolean websockets) {
        return new Listener(id("lsn"), front + " :" + port, lb.id(), null, front, port,
                front == Protocol.HTTPS ? id("www-cert") : null, List.of(), null, null, back, 8080, websockets, null, null, null);
    }

    @Test
    void webSocketsThroughHttpListenerAreRefusedAndTheQuickFixSwitchesToTcp() {
        var design = plus(clean, clb, listener(clb, Protocol.HTTP, 80, Protocol.HTTP, true));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("CLB HTTP/HTTPS listeners do not pass the WebSocket Upgrade; WebSockets"
                    + " only work through TCP/SSL listeners.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("lsn", "clb"));
            assertThat(f.quickFix().label()).isEqualTo("Switch listener HTTP :80 to TCP");
            var fixed = f.quickFix().apply(design);
            var switched = fixed.get(id("lsn"), Listener.class);
            assertThat(switched.protocol()).isEqualTo(Protocol.TCP);
            assertThat(switched.instanceProtocol()).isEqualTo(Protocol.TCP);
            assertThat(switched.name()).isEqualTo("TCP :80");
            assertThat(findings(fixed, RULE)).isEmpty();
        });
    }

    @Test
    void httpsBecomesSslAndKeepsItsCertificate() {
        var design = plus(clean, clb, listener(clb, Protocol.HTTPS, 443, Protocol.HTTP, true));
        var fixed = findings(design, RULE).get(0).quickFix().apply(design).get(id("lsn"), Listener.class);

        assertThat(fixed.protocol()).isEqualTo(Protocol.SSL);
        assertThat(fixed.instanceProtocol()).isEqualTo(Protocol.TCP);
        assertThat(fixed.certificateId()).isEqualTo(id("www-cert"));
    }

    @Test
    void tcpListenersPlainHttpAndAlbsAreFine() {
        assertThat(findings(plus(clean, clb, listener(clb, Protocol.TCP, 80, Protocol.TCP, true)), RULE)).isEmpty();
        assertThat(findings(plus(clean, clb, listener(clb, Protocol.HTTP, 80, Protocol.HTTP, false)), RULE)).isEmpty();
        // Near miss: an ALB passes the WebSocket Upgrade on HTTP listeners.
        var alb = lb("alb-2", LoadBalancerType.APPLICATION, false, "public-a", "public-b");
        assertThat(findings(plus(clean, alb, listener(alb, Protocol.HTTP, 80, null, true)), RULE)).isEmpty();
    }
}
