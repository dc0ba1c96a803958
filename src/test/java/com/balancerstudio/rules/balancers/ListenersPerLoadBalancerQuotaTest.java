package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.listener;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.testing.Fixtures.get;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListenersPerLoadBalancerQuotaTest {
    private static final String RULE = "ELB-QTA-003";
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer alb = get(clean, "web-alb", LoadBalancer.class);

    /** The web tier's ALB (which has two listeners) with this many more HTTP listeners. */
    private Design albWithMoreListeners(int more) {
        return plus(clean, IntStream.range(0, more)
                .mapToObj(i -> listener("extra-" + i, alb, Protocol.HTTP, 8000 + i, Action.Redirect.toHttps()))
                .toArray(Element[]::new));
    }

    @Test
    void listenersBeyondTheQuotaAreRefused() {
        assertThat(findings(albWithMoreListeners(49), RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("web-alb has 51 listeners; the limit for Application Load Balancer is 50.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("web-alb"));
        });
    }

    @Test
    void exactlyTheQuotaIsAllowed() {
        assertThat(findings(clean, RULE)).isEmpty();
        assertThat(findings(albWithMoreListeners(48), RULE)).isEmpty();
    }

    @Test
    void gatewayLoadBalancerTakesOneListener() {
        var gwlb = lb("gwlb", LoadBalancerType.GATEWAY, false, "private-a", "private-b");
        Listener first = listener("gw", gwlb, null, null, null);
        assertThat(findings(plus(clean, gwlb, first), RULE)).isEmpty();
        assertThat(findings(plus(clean, gwlb, first, listener("gw-2", gwlb, null, null, null)), RULE))
                .singleElement().satisfies(f ->
                        assertThat(f.message()).isEqualTo("gwlb has 2 listeners; the limit for Gateway Load Balancer is 1."));
    }
}
