package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.id;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.listener;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.testing.Fixtures.get;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Designs are built with Design.of (through plus), which, unlike the file loader, accepts dangling references. */
class LoadBalancingReferencesResolveTest {
    private static final String RULE = "ELB-GEN-013";
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer alb = get(clean, "web-alb", LoadBalancer.class);

    private Design forwardingToMissingGroup() {
        return plus(clean, listener("api", alb, Protocol.HTTP, 8080, Action.Forward.to(id("gone-tg"))));
    }

    @Test
    void listenerForwardingToMissingTargetGroupIsRefused() {
        assertThat(findings(forwardingToMissingGroup(), RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Listener 'HTTP :8080' references target group 'gone-tg', which does not exist.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("api"));
        });
    }

    @Test
    void quickFixRemovesTheReference() {
        var design = forwardingToMissingGroup();
        var fix = findings(design, RULE).get(0).quickFix();

        assertThat(fix.label()).isEqualTo("Remove the reference to 'gone-tg' from listener HTTP :8080");
        var fixed = fix.apply(design);
        assertThat(fixed.get(id("api"), Listener.class).defaultAction().targetGroups()).isEmpty();
        assertThat(findings(fixed, RULE)).isEmpty();
    }

    @Test
    void referenceToTheWrongKindOfElementIsRefused() {
        var record = new DnsRecord(id("www"), "www", null, null, "example.com", "www.example.com", null, null, null,
                null, id("web-a"), true, null);

        assertThat(findings(plus(clean, record), RULE)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Route 53 record 'www' references load balancer 'web-a', which does not exist.");
            assertThat(f.elementIds()).containsExactly(ids("www", "web-a"));
        });
    }

    @Test
    void onlyLoadBalancingElementsAreThisRulesBusiness() {
        assertThat(findings(clean, RULE)).isEmpty();
        // Near miss: an instance with a missing security group dangles too, but that is not a load-balancing reference.
        var web = get(clean, "web-a", Instance.class);
        var design = clean.withReplaced(new Instance(web.id(), web.name(), web.parent(), web.bounds(), null, null,
                List.of(id("gone-sg")), null, web.instanceState()));
        assertThat(design.danglingReferences()).isNotEmpty();
        assertThat(findings(design, RULE)).isEmpty();
    }
}
