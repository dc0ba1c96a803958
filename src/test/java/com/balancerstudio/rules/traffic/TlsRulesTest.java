package com.balancerstudio.rules.traffic;

import static com.balancerstudio.rules.traffic.TrafficDesigns.add;
import static com.balancerstudio.rules.traffic.TrafficDesigns.fixed;
import static com.balancerstudio.rules.traffic.TrafficDesigns.get;
import static com.balancerstudio.rules.traffic.TrafficDesigns.id;
import static com.balancerstudio.rules.traffic.TrafficDesigns.listener;
import static com.balancerstudio.rules.traffic.TrafficDesigns.loadBalancer;
import static com.balancerstudio.rules.traffic.TrafficDesigns.replace;
import static com.balancerstudio.rules.traffic.TrafficDesigns.withCertificate;
import static com.balancerstudio.rules.traffic.TrafficDesigns.withSslPolicy;
import static com.balancerstudio.testing.DesignBuilder.forward;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class TlsRulesTest {
    private final Design clean = Fixtures.webTier();
    private final Listener https = get(clean, "https", Listener.class);
    private final TargetGroup group = get(clean, "web-tg", TargetGroup.class);

    @Test
    void httpsListenerWithoutCertificateIsRefused() {
        var design = replace(clean, withCertificate(https, null));

        assertThat(findings(design, "ELB-TLS-001")).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo("HTTPS listener HTTPS :443 on web-alb needs exactly one default server certificate.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("https"), id("web-alb"));
        });
    }

    @Test
    void certificateThatIsNotInTheDesignDoesNotCount() {
        var design = replace(clean, withCertificate(https, id("deleted-cert")));

        assertThat(findings(design, "ELB-TLS-001")).hasSize(1);
    }

    @Test
    void nlbTlsListenerNeedsACertificateToo() {
        var nlb = loadBalancer("tls-nlb", LoadBalancerType.NETWORK, false, "public-a", "public-b");
        var tls = withSslPolicy(listener("tls", nlb, Protocol.TLS, 443, forward(group)), "ELBSecurityPolicy-TLS13-1-2-2021-06");
        var design = add(clean, nlb, tls);

        assertThat(findings(design, "ELB-TLS-001")).singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("TLS listener TLS :443 on tls-nlb needs exactly one default server certificate."));
        assertThat(findings(replace(design, withCertificate(tls, id("www-cert"))), "ELB-TLS-001")).isEmpty();
    }

    @Test
    void plainListenersAndClassicListenersAreNotThisRulesConcern() {
        var clb = loadBalancer("old-clb", LoadBalancerType.CLASSIC, false, "public-a", "public-b");
        var design = add(clean, clb, listener("clb-https", clb, Protocol.HTTPS, 443, null));

        assertThat(findings(clean, "ELB-TLS-001")).isEmpty();
        assertThat(findings(design, "ELB-TLS-001")).isEmpty();
    }

    @Test
    void outdatedTlsPolicyIsFlaggedAndReplacedByTheRecommendedOne() {
        var design = replace(clean, withSslPolicy(https, "ELBSecurityPolicy-TLS-1-1-2017-01"));

        var found = findings(design, "ELB-TLS-009");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Listener HTTPS :443 uses outdated TLS policy"
                    + " ELBSecurityPolicy-TLS-1-1-2017-01 that allows TLS 1.0/1.1 or weak ciphers.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("https"), id("web-alb"));
        });
        var after = fixed(design, found.get(0));
        assertThat(get(after, "https", Listener.class).sslPolicy()).isEqualTo("ELBSecurityPolicy-TLS13-1-2-2021-06");
        assertThat(findings(after, "ELB-TLS-009")).isEmpty();
    }

    @Test
    void unsetPolicyMeansTheOutdatedApiDefault() {
        var design = replace(clean, withSslPolicy(https, null));

        assertThat(findings(design, "ELB-TLS-009")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Listener HTTPS :443 uses outdated TLS policy ELBSecurityPolicy-2016-08 (the default when"
                        + " no policy is set) that allows TLS 1.0/1.1 or weak ciphers."));
    }

    @Test
    void currentPoliciesAndPlainListenersPass() {
        var restricted = replace(clean, withSslPolicy(https, "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"));
        var http = get(clean, "http", Listener.class);
        var plainWithOldPolicy = replace(clean, withSslPolicy(http, "ELBSecurityPolicy-2016-08"));

        assertThat(findings(clean, "ELB-TLS-009")).isEmpty();
        assertThat(findings(restricted, "ELB-TLS-009")).isEmpty();
        assertThat(findings(plainWithOldPolicy, "ELB-TLS-009")).isEmpty();
    }
}
