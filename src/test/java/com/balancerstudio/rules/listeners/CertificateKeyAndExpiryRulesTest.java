package com.balancerstudio.rules.listeners;

import static com.balancerstudio.rules.listeners.ListenerDesigns.WEB;
import static com.balancerstudio.rules.listeners.ListenerDesigns.add;
import static com.balancerstudio.rules.listeners.ListenerDesigns.fixed;
import static com.balancerstudio.rules.listeners.ListenerDesigns.get;
import static com.balancerstudio.rules.listeners.ListenerDesigns.id;
import static com.balancerstudio.rules.listeners.ListenerDesigns.loadBalancer;
import static com.balancerstudio.rules.listeners.ListenerDesigns.replace;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.CertificateType;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.KeyAlgorithm;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.RuleSet;
import com.balancerstudio.rules.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ELB-TLS-006/007 (key algorithms an ALB or NLB serves) and ELB-TLS-012/015 (expiry, judged on a fixed day). */
class CertificateKeyAndExpiryRulesTest {
    /** 2026-11-25 in UTC, all day long. */
    private static final RuleSet RULES = CoreRules.create(Catalog.bundled(),
            Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

    private static List<Finding> findings(Design design, String ruleId) {
        return RULES.check(design).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The web tier with its certificate www-cert (on the ALB's HTTPS listener) changed. */
    private static Design withCertificate(Design design, KeyAlgorithm key, String notAfter, CertificateType type) {
        var c = get(design, "www-cert", Certificate.class);
        return replace(design, new Certificate(c.id(), c.name(), c.parent(), c.bounds(), c.domainName(),
                c.subjectAlternativeNames(), c.source(), key, notAfter, type));
    }

    /** The web tier plus an NLB with a TLS listener serving www-cert. */
    private static Design withNlbTlsListener() {
        return add(WEB, loadBalancer("nlb", LoadBalancerType.NETWORK),
                new Listener(id("tls"), "TLS :443", id("nlb"), null, Protocol.TLS, 443, id("www-cert"), List.of(),
                        "ELBSecurityPolicy-TLS13-1-2-2021-06", Action.Forward.to(id("web-tg")), null, null, false,
                        null, null, null));
    }

    @Test
    void anEd25519CertificateOnAnAlbHttpsListenerIsRefusedAndTheFixUsesAcmsDefaultKey() {
        var design = withCertificate(WEB, KeyAlgorithm.ED25519, null, null);

        var finding = findings(design, "ELB-TLS-006").get(0);

        assertThat(finding.message()).isEqualTo("Application Load Balancers do not support ED25519 keys.");
        assertThat(finding.elementIds()).containsExactly(id("www-cert"), id("https"), id("web-alb"));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        var after = fixed(design, finding);
        assertThat(get(after, "www-cert", Certificate.class).keyAlgorithmOrDefault()).isEqualTo(KeyAlgorithm.RSA_2048);
        assertThat(findings(after, "ELB-TLS-006")).isEmpty();
    }

    @Test
    void anAlbServesEveryAcmKeyIncludingRsa4096AndEcdsaP521() {
        assertThat(findings(withCertificate(WEB, KeyAlgorithm.RSA_4096, null, null), "ELB-TLS-006")).isEmpty();
        assertThat(findings(withCertificate(WEB, KeyAlgorithm.EC_SECP521R1, null, null), "ELB-TLS-006")).isEmpty();
        // ED25519 served by a Network Load Balancer only is ELB-TLS-007's concern, not this rule's.
        var nlbOnly = replace(withCertificate(withNlbTlsListener(), KeyAlgorithm.ED25519, null, null),
                withoutCertificate(get(WEB, "https", Listener.class)));
        assertThat(findings(nlbOnly, "ELB-TLS-006")).isEmpty();
        assertThat(findings(nlbOnly, "ELB-TLS-007")).hasSize(1);
    }

    private static Listener withoutCertificate(Listener l) {
        return new Listener(l.id(), l.name(), l.parent(), l.bounds(), l.protocol(), l.port(), null,
                List.of(), l.sslPolicy(), l.defaultAction(), l.instanceProtocol(), l.instancePort(), l.websockets(),
                l.alpnPolicy(), l.tcpIdleTimeoutSeconds(), null);
    }

    @Test
    void anRsa4096CertificateOnAnNlbTlsListenerIsWarnedAboutAndTheFixUsesRsa2048() {
        var design = withCertificate(withNlbTlsListener(), KeyAlgorithm.RSA_4096, null, null);

        var found = findings(design, "ELB-TLS-007");

        assertThat(found).hasSize(1);
        var finding = found.get(0);
        assertThat(finding.message()).isEqualTo("Certificate key type RSA_4096 may not be supported on NLB TLS listeners "
                + "(documented: RSA 2048 (always), RSA 3072 and ECDSA 256/384/521 since Jan 2024).");
        assertThat(finding.elementIds()).containsExactly(id("www-cert"), id("tls"), id("nlb"));
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(findings(fixed(design, finding), "ELB-TLS-007")).isEmpty();
    }

    @Test
    void anNlbServesRsa3072AndEcdsaKeysAndTheDefault() {
        var nlb = withNlbTlsListener();

        assertThat(findings(nlb, "ELB-TLS-007")).isEmpty();
        assertThat(findings(withCertificate(nlb, KeyAlgorithm.RSA_3072, null, null), "ELB-TLS-007")).isEmpty();
        assertThat(findings(withCertificate(nlb, KeyAlgorithm.EC_SECP521R1, null, null), "ELB-TLS-007")).isEmpty();
        // RSA 4096 is fine where only the ALB serves it.
        assertThat(findings(withCertificate(WEB, KeyAlgorithm.RSA_4096, null, null), "ELB-TLS-007")).isEmpty();
    }

    @Test
    void aCertificateExpiringWithinThirtyDaysIsWarnedAbout() {
        var design = withCertificate(WEB, null, "2026-12-25", null);

        var finding = findings(design, "ELB-TLS-012").get(0);

        assertThat(finding.message()).isEqualTo("Certificate www-cert expires on 2026-12-25.");
        assertThat(finding.elementIds()).containsExactly(id("www-cert"));
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.quickFixEdit()).isEmpty();
    }

    @Test
    void anImportedCertificateIsWarnedAboutWhateverItsExpiryBecauseNothingRenewsIt() {
        var design = withCertificate(WEB, null, "2028-06-30", CertificateType.IMPORTED);

        assertThat(findings(design, "ELB-TLS-012")).extracting(Finding::message).containsExactly(
                "Certificate www-cert expires on 2028-06-30; imported certificates are not auto-renewed.");
    }

    @Test
    void aCertificateThirtyOneDaysAheadOrWithoutExpiryOrAlreadyExpiredIsNotThisRulesConcern() {
        assertThat(findings(withCertificate(WEB, null, "2026-12-26", null), "ELB-TLS-012")).isEmpty();
        assertThat(findings(withCertificate(WEB, null, "2027-12-26", CertificateType.PRIVATE), "ELB-TLS-012")).isEmpty();
        assertThat(findings(withCertificate(WEB, null, null, CertificateType.IMPORTED), "ELB-TLS-012")).isEmpty();
        assertThat(findings(withCertificate(WEB, null, "2026-11-24", null), "ELB-TLS-012")).isEmpty();
    }

    @Test
    void anExpiredCertificateOnAnHttpsListenerIsAnError() {
        var design = withCertificate(WEB, null, "2026-11-24", null);

        var finding = findings(design, "ELB-TLS-015").get(0);

        assertThat(finding.message()).isEqualTo("Certificate www-cert on listener HTTPS :443 expired on 2026-11-24; "
                + "clients will reject the TLS handshake.");
        assertThat(finding.elementIds()).containsExactly(id("www-cert"), id("https"), id("web-alb"));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aCertificateExpiringTodayIsStillServedAndAnUnusedExpiredOneIsNoListenersConcern() {
        assertThat(findings(withCertificate(WEB, null, "2026-11-25", null), "ELB-TLS-015")).isEmpty();
        var unused = replace(withCertificate(WEB, null, "2020-01-31", null),
                withoutCertificate(get(WEB, "https", Listener.class)));
        assertThat(findings(unused, "ELB-TLS-015")).isEmpty();
    }

    @Test
    void theSameDesignIsJudgedByTheDayOfTheClock() {
        var design = withCertificate(WEB, null, "2026-11-24", null);
        var dayBefore = CoreRules.create(Catalog.bundled(),
                Clock.fixed(Instant.parse("2026-11-24T23:59:59Z"), ZoneOffset.UTC));

        assertThat(dayBefore.check(design)).noneMatch(f -> f.ruleId().equals("ELB-TLS-015"));
        assertThat(findings(design, "ELB-TLS-015")).hasSize(1);
    }
}
