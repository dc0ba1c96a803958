package com.balancerstudio.rules.targets;

import static com.balancerstudio.rules.targets.Groups.add;
import static com.balancerstudio.rules.targets.Groups.behindNlb;
import static com.balancerstudio.rules.targets.Groups.copy;
import static com.balancerstudio.rules.targets.Groups.group;
import static com.balancerstudio.rules.targets.Groups.healthCheck;
import static com.balancerstudio.rules.targets.Groups.id;
import static com.balancerstudio.rules.targets.Groups.replace;
import static com.balancerstudio.rules.targets.Groups.webGroup;
import static com.balancerstudio.rules.targets.Groups.webTier;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The advisory rules of this area that most designs meet: the last hop's encryption and default health checks. */
class AdvisoryRulesTest {
    private final Design clean = webTier();
    private final TargetGroup web = webGroup(clean);

    private static LoadBalancer classic(HealthCheck check) {
        return LoadBalancer.of(id("old-clb"), "old-clb", id("vpc"), null, LoadBalancerType.CLASSIC, false,
                        List.of(SubnetMapping.of(id("public-a")), SubnetMapping.of(id("public-b"))))
                .withInstances(List.of(id("web-a"), id("web-b"))).withHealthCheck(check);
    }

    private static Listener classicListener(int instancePort) {
        return new Listener(id("clb-http"), "HTTP :80", id("old-clb"), null, Protocol.HTTP, 80, null, List.of(), null,
                null, Protocol.HTTP, instancePort, false, null, null, null);
    }

    @Test
    void httpsListenerToAnHttpGroupSendsTheLastHopUnencrypted() {
        assertThat(findings(clean, "ELB-TG-023")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Traffic from web-alb to targets of web-tg is unencrypted.");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.elementIds()).containsExactly(id("web-tg"), id("https"));
        });
        var tls = behindNlb(group("tls-tg", Protocol.TLS, 443).build(), Protocol.TLS, 443);
        assertThat(findings(tls, "ELB-TG-023")).filteredOn(f -> f.elementIds().contains(id("tls-tg")))
                .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
                        "Traffic from app-nlb to targets of tls-tg is encrypted without certificate validation."));
    }

    @Test
    void plainListenersSayNothingAboutEncryption() {
        var tcp = behindNlb(group("tcp-tg", Protocol.TCP, 80).build(), Protocol.TCP, 80);
        assertThat(findings(tcp, "ELB-TG-023")).noneMatch(f -> f.elementIds().contains(id("tcp-tg")));
    }

    @Test
    void targetGroupWithoutHealthCheckSettingsIsPointedOut() {
        var defaults = replace(clean, copy(web).check(com.balancerstudio.model.HealthCheck.DEFAULTS).build());
        assertThat(findings(defaults, "ELB-HC-015")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Target group web-tg relies on default health check settings (HTTP / on "
                    + "the traffic port, every 30 s, timeout 5 s, healthy after 5, unhealthy after 2).");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        var design = add(defaults, classic(null), classicListener(8080));
        assertThat(findings(design, "ELB-HC-015")).filteredOn(f -> f.elementIds().contains(id("old-clb")))
                .singleElement().satisfies(f -> assertThat(f.message()).startsWith(
                        "Load balancer old-clb relies on default health check settings (TCP:80, every 30 s"));
    }

    @Test
    void ownHealthCheckOrAClassicBalancerOnPort80Passes() {
        var design = replace(clean, copy(web).check(healthCheck(null, null, "200")).build());
        assertThat(findings(design, "ELB-HC-015")).isEmpty();
        var classicOn80 = add(design, classic(null), classicListener(80));
        assertThat(findings(classicOn80, "ELB-HC-015")).isEmpty();
    }
}
