package com.balancerstudio.rules.listeners;

import static com.balancerstudio.rules.listeners.ListenerDesigns.WEB;
import static com.balancerstudio.rules.listeners.ListenerDesigns.add;
import static com.balancerstudio.rules.listeners.ListenerDesigns.classic;
import static com.balancerstudio.rules.listeners.ListenerDesigns.classicListener;
import static com.balancerstudio.rules.listeners.ListenerDesigns.fixed;
import static com.balancerstudio.rules.listeners.ListenerDesigns.get;
import static com.balancerstudio.rules.listeners.ListenerDesigns.https;
import static com.balancerstudio.rules.listeners.ListenerDesigns.id;
import static com.balancerstudio.rules.listeners.ListenerDesigns.replace;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.CertificateSource;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Region;
import com.balancerstudio.rules.Severity;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TlsCatalogRulesTest {
    private static Certificate certificate(String id, String region, String domain, CertificateSource source,
                                           String... alternativeNames) {
        return new Certificate(id(id), id, id(region), null, domain, List.of(alternativeNames), source, null, null,
                null);
    }

    private static Listener withTls(Listener l, ElementId certificate, List<ElementId> additional, String policy) {
        return l.withTls(certificate, additional, policy);
    }

    @Test
    void classicHttpsListenerWithoutCertificateIsRefusedAndTheRegionsOnlyCertificateIsAttached() {
        var design = add(WEB, classic(), classicListener("clb-https", Protocol.HTTPS, 443, null,
                "ELBSecurityPolicy-TLS-1-2-2017-01"));

        var finding = findings(design, "ELB-TLS-002").get(0);

        assertThat(finding.message()).isEqualTo("CLB HTTPS listener on port 443 needs an SSL server certificate.");
        assertThat(finding.elementIds()).containsExactly(id("clb-https"), id("clb"));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        var after = fixed(design, finding);
        assertThat(get(after, "clb-https", Listener.class).certificateId()).isEqualTo(id("www-cert"));
        assertThat(findings(after, "ELB-TLS-002")).isEmpty();
    }

    @Test
    void classicSslListenerWithCertificateAndTcpListenerNeedNothingMore() {
        var design = add(WEB, classic(),
                classicListener("clb-ssl", Protocol.SSL, 443, id("www-cert"), "ELBSecurityPolicy-TLS-1-2-2017-01"),
                classicListener("clb-tcp", Protocol.TCP, 8080, null, null));

        assertThat(findings(design, "ELB-TLS-002")).isEmpty();
    }

    @Test
    void certificateAndPolicyOnHttpListenerAreUnusedAndTheFixRemovesThem() {
        var http = get(WEB, "http", Listener.class);
        var design = replace(WEB, withTls(http, id("www-cert"), List.of(), "ELBSecurityPolicy-TLS13-1-2-2021-06"));

        var finding = findings(design, "ELB-TLS-003").get(0);

        assertThat(finding.message()).isEqualTo("Certificate/security policy on HTTP listener HTTP :80 is not used.");
        assertThat(finding.elementIds()).containsExactly(id("http"), id("www-cert"), id("web-alb"));
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        var after = fixed(design, finding);
        assertThat(findings(after, "ELB-TLS-003")).isEmpty();
        assertThat(get(after, "http", Listener.class).sslPolicy()).isNull();
    }

    @Test
    void certificateOnHttpsListenerIsUsed() {
        assertThat(findings(WEB, "ELB-TLS-003")).isEmpty();
    }

    @Test
    void moreThan25AdditionalCertificatesOnOneLoadBalancerExceedTheQuota() {
        var extra = IntStream.rangeClosed(1, 26)
                .mapToObj(i -> certificate("cert-" + i, "us-east-1", "site" + i + ".example.com", null)).toList();
        var design = add(WEB, extra.toArray(Certificate[]::new));
        var ids = extra.stream().map(Certificate::id).toList();

        var over = replace(design, withTls(https(), id("www-cert"), ids, "ELBSecurityPolicy-TLS13-1-2-2021-06"));
        var atQuota = replace(design, withTls(https(), id("www-cert"), ids.subList(0, 25),
                "ELBSecurityPolicy-TLS13-1-2-2021-06"));

        assertThat(findings(over, "ELB-TLS-004")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("web-alb has 26 additional certificates; the default quota is 25 per"
                    + " load balancer (excluding default certificates).");
            assertThat(f.elementIds()).containsExactly(id("web-alb"));
        });
        assertThat(findings(atQuota, "ELB-TLS-004")).isEmpty();
    }

    @Test
    void certificateFromAnotherRegionIsRefused() {
        var design = add(WEB, new Region(id("eu-west-1"), "eu-west-1", null, null, "eu-west-1"),
                certificate("eu-cert", "eu-west-1", "www.example.com", CertificateSource.ACM));
        design = replace(design, withTls(https(), id("eu-cert"), List.of(), "ELBSecurityPolicy-TLS13-1-2-2021-06"));

        assertThat(findings(design, "ELB-TLS-005")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Certificate eu-cert is in eu-west-1; ACM certificates are regional and"
                    + " must be in the load balancer's Region (us-east-1).");
            assertThat(f.elementIds()).containsExactly(id("eu-cert"), id("https"));
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void certificateInTheLoadBalancersRegionIsFine() {
        assertThat(findings(WEB, "ELB-TLS-005")).isEmpty();
    }

    @Test
    void unsetPolicyOnHttpsListenerIsNotedAndTheFixNamesTheRecommendedOne() {
        var design = replace(WEB, withTls(https(), id("www-cert"), List.of(), null));

        var finding = findings(design, "ELB-TLS-008").get(0);

        assertThat(finding.message()).startsWith("No security policy chosen:");
        assertThat(finding.elementIds()).containsExactly(id("https"), id("web-alb"));
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        var after = fixed(design, finding);
        assertThat(get(after, "https", Listener.class).sslPolicy()).isEqualTo("ELBSecurityPolicy-TLS13-1-2-2021-06");
        assertThat(findings(after, "ELB-TLS-008")).isEmpty();
    }

    @Test
    void namedPolicyIsNotNoted() {
        assertThat(findings(WEB, "ELB-TLS-008")).isEmpty();
    }

    @Test
    void customPolicyNameOnAlbIsRefusedAndReplacedByThePredefinedRecommendation() {
        var design = replace(WEB, withTls(https(), id("www-cert"), List.of(), "my-strict-policy"));

        var finding = findings(design, "ELB-TLS-010").get(0);

        assertThat(finding.message()).isEqualTo(
                "ALB/NLB listeners support only predefined security policies (my-strict-policy is not predefined).");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(findings(fixed(design, finding), "ELB-TLS-010")).isEmpty();
    }

    @Test
    void predefinedPoliciesIncludingFipsAndNewerOnesAreAccepted() {
        var fips = replace(WEB, withTls(https(), id("www-cert"), List.of(), "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"));
        var pq = replace(WEB, withTls(https(), id("www-cert"), List.of(), "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"));

        assertThat(findings(fips, "ELB-TLS-010")).isEmpty();
        assertThat(findings(pq, "ELB-TLS-010")).isEmpty();
    }

    @Test
    void classicListenerOnTheDefaultPolicyNegotiatesWeakProtocolsAndTheFixPicksTls12() {
        var design = add(WEB, classic(), classicListener("clb-https", Protocol.HTTPS, 443, id("www-cert"), null));

        var finding = findings(design, "ELB-TLS-011").get(0);

        assertThat(finding.message()).isEqualTo("CLB listener clb-https negotiates weak protocols/ciphers (policy"
                + " ELBSecurityPolicy-2016-08, the default when none is set).");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        var after = fixed(design, finding);
        assertThat(get(after, "clb-https", Listener.class).sslPolicy()).isEqualTo("ELBSecurityPolicy-TLS-1-2-2017-01");
        assertThat(findings(after, "ELB-TLS-011")).isEmpty();
    }

    @Test
    void classicListenerOnTls12PolicyOrACustomPolicyIsNotJudgedWeak() {
        var design = add(WEB, classic(),
                classicListener("clb-https", Protocol.HTTPS, 443, id("www-cert"), "ELBSecurityPolicy-TLS-1-2-2017-01"),
                classicListener("clb-ssl", Protocol.SSL, 8443, id("www-cert"), "my-custom-ssl-negotiation"));

        assertThat(findings(design, "ELB-TLS-011")).isEmpty();
    }

    private static DnsRecord alias(String id, String recordName) {
        return new DnsRecord(id(id), id, null, null, "example.com", recordName, null, null, null, null, id("web-alb"),
                true, null);
    }

    @Test
    void hostnameNoListenerCertificateCoversIsReported() {
        var design = add(WEB, alias("shop", "shop.example.com"));

        assertThat(findings(design, "ELB-TLS-013")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Hostname shop.example.com routes to web-alb but no listener"
                    + " certificate covers it; clients will get certificate errors.");
            assertThat(f.elementIds()).containsExactly(id("shop"), id("web-alb"));
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void hostnamesCoveredByDomainWildcardOrAdditionalCertificateAreFine() {
        var design = add(WEB, certificate("wild", "us-east-1", "example.org", CertificateSource.ACM, "*.example.com"),
                alias("www", "www"), alias("shop", "shop.example.com."), alias("apex", "example.org"));
        design = replace(design, withTls(https(), id("www-cert"), List.of(id("wild")),
                "ELBSecurityPolicy-TLS13-1-2-2021-06"));
        var apexOfOtherZone = new DnsRecord(id("apex"), "apex", null, null, "example.org", "example.org", null, null,
                null, null, id("web-alb"), true, null);
        design = replace(design, apexOfOtherZone);

        assertThat(findings(design, "ELB-TLS-013")).isEmpty();
    }

    @Test
    void classicListenerWithIamCertificateIsNoted() {
        var design = add(WEB, certificate("iam-cert", "us-east-1", "legacy.example.com", CertificateSource.IAM),
                classic(), classicListener("clb-https", Protocol.HTTPS, 443, id("iam-cert"),
                        "ELBSecurityPolicy-TLS-1-2-2017-01"));

        assertThat(findings(design, "ELB-TLS-014")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(
                    "Listener clb-https uses an IAM-uploaded certificate; ACM certificates renew automatically.");
            assertThat(f.elementIds()).containsExactly(id("clb-https"), id("iam-cert"), id("clb"));
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void classicListenerWithAcmCertificateIsNotNoted() {
        var design = add(WEB, classic(), classicListener("clb-https", Protocol.HTTPS, 443, id("www-cert"),
                "ELBSecurityPolicy-TLS-1-2-2017-01"));

        assertThat(findings(design, "ELB-TLS-014")).isEmpty();
    }
}
