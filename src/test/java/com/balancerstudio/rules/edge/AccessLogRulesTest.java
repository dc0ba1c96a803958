package com.balancerstudio.rules.edge;

import static com.balancerstudio.rules.edge.EdgeDesigns.alb;
import static com.balancerstudio.rules.edge.EdgeDesigns.filled;
import static com.balancerstudio.rules.edge.EdgeDesigns.id;
import static com.balancerstudio.rules.edge.EdgeDesigns.withLogs;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ELB-LOG-001, 002, 004 and 007: whether and where a load balancer writes its access logs. */
class AccessLogRulesTest {
    /** The reference web tier with its ALB's access logs switched off. */
    private final Design web = Fixtures.webTier().withReplaced(withLogs(alb(Fixtures.webTier()), null));
    private final AccessLogs logs = new AccessLogs(true, "example-logs", "web-alb", null);

    private Design withAlbLogs(AccessLogs accessLogs) {
        return web.withReplaced(withLogs(alb(web), accessLogs));
    }

    private Design plusLoadBalancer(LoadBalancerType type, Protocol listenerProtocol, AccessLogs accessLogs) {
        var lb = withLogs(LoadBalancer.of(id("other"), "other", id("vpc"), null, type, false,
                List.of(SubnetMapping.of(id("public-a")), SubnetMapping.of(id("public-b")))), accessLogs);
        var design = web.withAdded(lb, web.size());
        var port = listenerProtocol == null ? null : 443;
        var listener = Listener.of(id("other-listener"), lb.id(), listenerProtocol, port, null,
                Action.Forward.to(id("web-tg")));
        return design.withAdded(listener, design.size());
    }

    @Test
    void aLoadBalancerWithoutAccessLogsIsReported() {
        assertThat(findings(web, "ELB-LOG-001")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Access logging is disabled on web-alb.");
        });
        assertThat(findings(withAlbLogs(new AccessLogs(false, "example-logs", null, null)), "ELB-LOG-001")).hasSize(1);
        assertThat(findings(withAlbLogs(logs), "ELB-LOG-001")).isEmpty();
    }

    @Test
    void aNetworkLoadBalancerIsOnlyAskedForLogsWhenItHasATlsListener() {
        assertThat(findings(plusLoadBalancer(LoadBalancerType.NETWORK, Protocol.TCP, null), "ELB-LOG-001"))
                .extracting(f -> f.primaryElement()).containsExactly(id("web-alb"));
        assertThat(findings(plusLoadBalancer(LoadBalancerType.NETWORK, Protocol.TLS, null), "ELB-LOG-001"))
                .extracting(f -> f.primaryElement()).containsExactly(id("web-alb"), id("other"));
    }

    @Test
    void logsSwitchedOnWithoutABucketAreAnError() {
        assertThat(findings(withAlbLogs(new AccessLogs(true, " ", null, null)), "ELB-LOG-002")).singleElement()
                .satisfies(f -> {
                    filled(f);
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).isEqualTo("Access logs are enabled on web-alb but no S3 bucket is set.");
                });
        assertThat(findings(withAlbLogs(logs), "ELB-LOG-002")).isEmpty();
        assertThat(findings(withAlbLogs(new AccessLogs(false, null, null, null)), "ELB-LOG-002")).isEmpty();
    }

    @Test
    void aPrefixWithAwsLogsIsRefusedAndTheQuickFixDropsIt() {
        var design = withAlbLogs(new AccessLogs(true, "example-logs", "web/AWSLogs/alb", null));

        assertThat(findings(design, "ELB-LOG-004")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo(
                    "Access-log prefix 'web/AWSLogs/alb' must not include 'AWSLogs' "
                            + "(ELB appends AWSLogs/<account-id>/...).");
            assertThat(f.quickFix().label()).isEqualTo("Set the access-log prefix of 'web-alb' to 'web/alb'");
            var fixed = f.quickFix().apply(design);
            assertThat(alb(fixed).accessLogs()).isEqualTo(new AccessLogs(true, "example-logs", "web/alb", null));
            assertThat(findings(fixed, "ELB-LOG-004")).isEmpty();
        });
        assertThat(findings(withAlbLogs(logs), "ELB-LOG-004")).isEmpty();
    }

    @Test
    void aPrefixThatIsOnlyAwsLogsIsRemoved() {
        var design = withAlbLogs(new AccessLogs(true, "example-logs", "AWSLogs/", null));

        var fix = findings(design, "ELB-LOG-004").get(0).quickFix();
        assertThat(fix.label()).isEqualTo("Remove the access-log prefix of 'web-alb'");
        assertThat(alb(fix.apply(design)).accessLogs().prefix()).isNull();
    }

    @Test
    void accessLogsOnAGatewayLoadBalancerAreNotedAndTheQuickFixRemovesThem() {
        var design = plusLoadBalancer(LoadBalancerType.GATEWAY, null, logs);

        assertThat(findings(design, "ELB-LOG-007")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("Gateway Load Balancers have no access-log attribute.");
            assertThat(f.elementIds()).containsExactly(id("other"));
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("other"), LoadBalancer.class).accessLogs()).isNull();
            assertThat(findings(fixed, "ELB-LOG-007")).isEmpty();
        });
        assertThat(findings(design, "ELB-LOG-002")).isEmpty();
        assertThat(findings(plusLoadBalancer(LoadBalancerType.GATEWAY, null, null), "ELB-LOG-007")).isEmpty();
    }
}
