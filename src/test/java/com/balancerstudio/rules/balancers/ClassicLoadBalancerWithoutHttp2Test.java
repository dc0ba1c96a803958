package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.rules.balancers.Designs.withHttp2;
import static com.balancerstudio.testing.Fixtures.get;
import static com.balancerstudio.testing.Fixtures.with;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ClassicLoadBalancerWithoutHttp2Test {
    private static final String RULE = "ELB-CLB-003";
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer clb = lb("clb", LoadBalancerType.CLASSIC, false, "public-a", "public-b");

    @Test
    void http2ToAClassicLoadBalancerIsRefused() {
        assertThat(findings(plus(clean, withHttp2(clb, true)), RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Classic Load Balancers support only HTTP/0.9, 1.0 and 1.1 on front-end"
                    + " connections (no HTTP/2, no gRPC).");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("clb"));
            // Dropping the requirement would hide the need, not meet it.
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void http1ClientsAndHttp2ToAnAlbAreFine() {
        assertThat(findings(plus(clean, clb), RULE)).isEmpty();
        assertThat(findings(plus(clean, withHttp2(clb, false)), RULE)).isEmpty();
        assertThat(findings(with(clean, withHttp2(get(clean, "web-alb", LoadBalancer.class), true)), RULE)).isEmpty();
    }
}
