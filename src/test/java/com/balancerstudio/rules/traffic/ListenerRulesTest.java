package com.balancerstudio.rules.traffic;

import static com.balancerstudio.rules.traffic.TrafficDesigns.add;
import static com.balancerstudio.rules.traffic.TrafficDesigns.fixed;
import static com.balancerstudio.rules.traffic.TrafficDesigns.get;
import static com.balancerstudio.rules.traffic.TrafficDesigns.id;
import static com.balancerstudio.rules.traffic.TrafficDesigns.listener;
import static com.balancerstudio.rules.traffic.TrafficDesigns.loadBalancer;
import static com.balancerstudio.rules.traffic.TrafficDesigns.replace;
import static com.balancerstudio.rules.traffic.TrafficDesigns.withDefaultAction;
import static com.balancerstudio.rules.traffic.TrafficDesigns.withPort;
import static com.balancerstudio.testing.DesignBuilder.forward;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ListenerRulesTest {
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer alb = get(clean, "web-alb", LoadBalancer.class);
    private final TargetGroup group = get(clean, "web-tg", TargetGroup.class);
    private final Listener http = get(clean, "http", Listener.class);
    private final Listener https = get(clean, "https", Listener.class);

    @Test
    void secondListenerOnAPortIsRefused() {
        var design = add(clean, listener("https-2", alb, Protocol.HTTPS, 443, forward(group)));

        assertThat(findings(design, "ELB-LSN-003")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Load balancer web-alb already has a listener on port 443.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("https-2"), id("https"), id("web-alb"));
        });
    }

    @Test
    void nlbTcpAndUdpListenersOnOnePortCollide() {
        var nlb = loadBalancer("dns-nlb", LoadBalancerType.NETWORK, false, "public-a", "public-b");
        var design = add(clean, nlb, listener("dns-tcp", nlb, Protocol.TCP, 53, null),
                listener("dns-udp", nlb, Protocol.UDP, 53, null));

        assertThat(findings(design, "ELB-LSN-003")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Load balancer dns-nlb already has a listener on port 53.");
            assertThat(f.elementIds()).containsExactly(id("dns-udp"), id("dns-tcp"), id("dns-nlb"));
        });
    }

    @Test
    void listenersOnDifferentPortsOrOfDifferentLoadBalancersDoNotCollide() {
        var other = loadBalancer("other-alb", LoadBalancerType.APPLICATION, false, "public-a", "public-b");
        var design = add(clean, listener("https-alt", alb, Protocol.HTTPS, 8443, forward(group)), other,
                listener("other-http", other, Protocol.HTTP, 80, Action.Redirect.toHttps()));

        assertThat(findings(clean, "ELB-LSN-003")).isEmpty();
        assertThat(findings(design, "ELB-LSN-003")).isEmpty();
    }

    @Test
    void httpListenerThatForwardsIsFlaggedAndRedirectedByTheQuickFix() {
        var design = replace(clean, withDefaultAction(http, forward(group)));

        var found = findings(design, "ELB-LSN-007");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo("HTTP listener 80 on web-alb serves traffic unencrypted instead of redirecting to HTTPS.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("http"), id("web-alb"));
        });
        var after = fixed(design, found.get(0));
        assertThat(get(after, "http", Listener.class).defaultAction()).isEqualTo(Action.Redirect.toHttps());
        assertThat(findings(after, "ELB-LSN-007")).isEmpty();
    }

    @Test
    void redirectThatKeepsHttpIsNotARedirectToHttps() {
        var samePlain = new Action.Redirect(null, "8080", null, null, null, "HTTP_301", null);
        var design = replace(clean, withDefaultAction(http, samePlain));

        assertThat(findings(design, "ELB-LSN-007")).hasSize(1);
    }

    @Test
    void noRedirectQuickFixWhenNoHttpsListenerAnswersOn443() {
        var design = replace(replace(clean, withPort(https, 8443)), withDefaultAction(http, forward(group)));

        assertThat(findings(design, "ELB-LSN-007")).singleElement()
                .satisfies(f -> assertThat(f.quickFixEdit()).isEmpty());
    }

    @Test
    void onlyApplicationLoadBalancerHttpListenersAreExpectedToRedirect() {
        var nlb = loadBalancer("tcp-nlb", LoadBalancerType.NETWORK, false, "public-a", "public-b");
        var design = add(clean, nlb, listener("tcp-80", nlb, Protocol.TCP, 80, forward(group)));

        assertThat(findings(clean, "ELB-LSN-007")).isEmpty();
        assertThat(findings(design, "ELB-LSN-007")).isEmpty();
    }
}
