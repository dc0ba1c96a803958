package com.balancerstudio.rules.listeners;

import static com.balancerstudio.rules.listeners.ListenerDesigns.WEB;
import static com.balancerstudio.rules.listeners.ListenerDesigns.add;
import static com.balancerstudio.rules.listeners.ListenerDesigns.group;
import static com.balancerstudio.rules.listeners.ListenerDesigns.id;
import static com.balancerstudio.rules.listeners.ListenerDesigns.listener;
import static com.balancerstudio.rules.listeners.ListenerDesigns.loadBalancer;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerSettingsTest {
    private static final Action.Forward TO_API = Action.Forward.to(id("api-tg"));

    @Test
    void listenerWithoutDefaultActionAndNlbListenerThatRedirectsAreRefused() {
        var design = add(WEB, loadBalancer("api-nlb", LoadBalancerType.NETWORK), group("api-tg", Protocol.TCP, 443),
                listener("alb-empty", "web-alb", Protocol.HTTP, 8080, null),
                listener("nlb-redirect", "api-nlb", Protocol.TCP, 80, Action.Redirect.toHttps()));

        var found = findings(design, "ELB-LSN-004");

        assertThat(found).extracting(f -> f.message()).containsExactly(
                "Listener alb-empty has no valid default action.", "Listener nlb-redirect has no valid default action.");
        assertThat(found.get(1).elementIds()).containsExactly(id("nlb-redirect"), id("api-nlb"));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void forwardingNlbListenerAndAlbRedirectOrFixedResponseHaveValidDefaultActions() {
        var design = add(WEB, loadBalancer("api-nlb", LoadBalancerType.NETWORK), group("api-tg", Protocol.TCP, 443),
                listener("nlb-tcp", "api-nlb", Protocol.TCP, 443, TO_API),
                listener("alb-maintenance", "web-alb", Protocol.HTTP, 8080,
                        new Action.FixedResponse("text/plain", "down for maintenance", "503", null)));

        assertThat(findings(design, "ELB-LSN-004")).isEmpty();
    }

    @Test
    void nlbWebSocketsOverUdpAreRefused() {
        var udp = new Listener(id("ws-udp"), "ws-udp", id("api-nlb"), null, Protocol.UDP, 9000, null, List.of(), null,
                TO_API, null, null, true, null, null, null);
        var design = add(WEB, loadBalancer("api-nlb", LoadBalancerType.NETWORK), group("api-tg", Protocol.UDP, 9000), udp);

        assertThat(findings(design, "ELB-LSN-005")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(
                    "NLB WebSockets are supported only on TCP, TLS, TCP_UDP and TCP_QUIC listeners.");
            assertThat(f.elementIds()).containsExactly(id("ws-udp"), id("api-nlb"));
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void nlbWebSocketsOverTcpAndUdpWithoutWebSocketsAreFine() {
        var tcp = new Listener(id("ws-tcp"), "ws-tcp", id("api-nlb"), null, Protocol.TCP, 9000, null, List.of(), null,
                TO_API, null, null, true, null, null, null);
        var design = add(WEB, loadBalancer("api-nlb", LoadBalancerType.NETWORK), group("api-tg", Protocol.TCP, 9000),
                tcp, listener("dns-udp", "api-nlb", Protocol.UDP, 53, TO_API));

        assertThat(findings(design, "ELB-LSN-005")).isEmpty();
    }

    @Test
    void nlbTcpListenerOn443IsNotedAsTlsPassthrough() {
        var design = add(WEB, loadBalancer("api-nlb", LoadBalancerType.NETWORK), group("api-tg", Protocol.TCP, 443),
                listener("api-tcp", "api-nlb", Protocol.TCP, 443, TO_API));

        assertThat(findings(design, "ELB-LSN-008")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("TCP listener on 443 passes encrypted traffic through");
            assertThat(f.elementIds()).containsExactly(id("api-tcp"), id("api-nlb"));
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void nlbTlsListenerOn443AndTcpOnOtherPortsAreNotNoted() {
        var tls = new Listener(id("api-tls"), "api-tls", id("api-nlb"), null, Protocol.TLS, 443, id("www-cert"),
                List.of(), "ELBSecurityPolicy-TLS13-1-2-2021-06", TO_API, null, null, false, null, null, null);
        var design = add(WEB, loadBalancer("api-nlb", LoadBalancerType.NETWORK), group("api-tg", Protocol.TCP, 443),
                tls, listener("api-tcp", "api-nlb", Protocol.TCP, 8443, TO_API));

        assertThat(findings(design, "ELB-LSN-008")).isEmpty();
    }
}
