package com.balancerstudio.rules.targets;

import static com.balancerstudio.rules.targets.Groups.add;
import static com.balancerstudio.rules.targets.Groups.fixed;
import static com.balancerstudio.rules.targets.Groups.id;
import static com.balancerstudio.rules.targets.Groups.loadBalancer;
import static com.balancerstudio.rules.targets.Groups.webTier;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ClassicStickinessPolicy;
import com.balancerstudio.model.ClassicStickinessType;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ELB-STK-011: a Classic Load Balancer's sticky sessions work on HTTP and HTTPS listeners only. */
class ClassicStickinessRulesTest {
    private static final ClassicStickinessPolicy FOR_TEN_MINUTES =
            new ClassicStickinessPolicy(ClassicStickinessType.LB_COOKIE, 600, null);

    /** The web tier plus a Classic Load Balancer "legacy" of web-a and web-b with one sticky listener. */
    private static Design classicWith(Protocol protocol, String listenerName, LoadBalancerType type) {
        var lb = loadBalancer("legacy", type).withInstances(List.of(id("web-a"), id("web-b")));
        var listener = Listener.of(id(listenerName), lb.id(), protocol, 443, null, null)
                .withStickinessPolicy(FOR_TEN_MINUTES);
        return add(webTier(), lb, listener);
    }

    @Test
    void stickinessOnATcpListenerIsRefusedAndTheQuickFixRemovesThePolicy() {
        var design = classicWith(Protocol.TCP, "tcp-443", LoadBalancerType.CLASSIC);
        assertThat(findings(design, "ELB-STK-011")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("CLB sticky sessions require an HTTP/HTTPS listener.");
            assertThat(f.elementIds()).containsExactly(id("tcp-443"));
            assertThat(f.quickFix().label()).isEqualTo("Remove the stickiness policy of listener 'TCP :443'");
            var after = fixed(design, f);
            assertThat(after.get(id("tcp-443"), Listener.class).stickinessPolicy()).isNull();
            assertThat(findings(after, "ELB-STK-011")).isEmpty();
        });
        assertThat(findings(classicWith(Protocol.SSL, "ssl-443", LoadBalancerType.CLASSIC), "ELB-STK-011")).hasSize(1);
    }

    @Test
    void stickinessOnAnHttpsListenerIsRight() {
        assertThat(findings(classicWith(Protocol.HTTPS, "https-443", LoadBalancerType.CLASSIC), "ELB-STK-011"))
                .isEmpty();
        // Near miss: the same policy on a Network Load Balancer's TCP listener is not a Classic Load Balancer's.
        assertThat(findings(classicWith(Protocol.TCP, "tcp-443", LoadBalancerType.NETWORK), "ELB-STK-011")).isEmpty();
    }
}
