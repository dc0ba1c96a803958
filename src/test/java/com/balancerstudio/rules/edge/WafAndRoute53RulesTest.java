package com.balancerstudio.rules.edge;

import static com.balancerstudio.rules.edge.EdgeDesigns.alb;
import static com.balancerstudio.rules.edge.EdgeDesigns.filled;
import static com.balancerstudio.rules.edge.EdgeDesigns.id;
import static com.balancerstudio.rules.edge.EdgeDesigns.internal;
import static com.balancerstudio.rules.edge.EdgeDesigns.plus;
import static com.balancerstudio.rules.edge.EdgeDesigns.withAddressType;
import static com.balancerstudio.rules.edge.EdgeDesigns.withWebAcl;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.DnsRecordType;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.RoutingPolicy;
import com.balancerstudio.model.WafScope;
import com.balancerstudio.model.WebAcl;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ELB-WAF-002 (Region and scope), 004 and 006, ELB-R53-003, 005 and 006: AWS WAF in front of an ALB, and the alias records naming it. */
class WafAndRoute53RulesTest {
    /** The reference web tier without its web ACL in front of the ALB. */
    private final Design web = Fixtures.webTier().withReplaced(withWebAcl(alb(Fixtures.webTier()), null));
    private final Design protectedWeb = plus(web, new WebAcl(id("waf"), "waf", id("us-east-1"), null, null))
            .withReplaced(withWebAcl(alb(web), "waf"));

    private static DnsRecord record(DnsRecordType type, RoutingPolicy policy, boolean evaluateTargetHealth) {
        return new DnsRecord(id("www"), "www", null, null, "example.com", "www.example.com", type, policy, null,
                policy == RoutingPolicy.SIMPLE ? null : "east", id("web-alb"), evaluateTargetHealth, null);
    }

    @Test
    void aWebAclOfAnotherRegionCannotProtectTheAlb() {
        var west = new Region(id("us-west-2"), "us-west-2", null, null, "us-west-2");
        var design = plus(plus(web, west), new WebAcl(id("west-waf"), "west-waf", west.id(), null, null))
                .withReplaced(withWebAcl(alb(web), "west-waf"));

        assertThat(findings(design, "ELB-WAF-002")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo(
                    "Web ACL west-waf (REGIONAL, us-west-2) cannot be associated with ALB web-alb in us-east-1.");
            assertThat(f.elementIds()).containsExactly(id("west-waf"), id("web-alb"));
            var fixed = f.quickFix().apply(design);
            assertThat(alb(fixed).webAclId()).isEqualTo(id("web-waf"));
            assertThat(findings(fixed, "ELB-WAF-002")).isEmpty();
        });
        assertThat(findings(protectedWeb, "ELB-WAF-002")).isEmpty();
        assertThat(findings(Fixtures.webTier(), "ELB-WAF-002")).isEmpty();
    }

    @Test
    void aCloudFrontWebAclCannotProtectTheAlbEvenInItsRegion() {
        var design = plus(web, new WebAcl(id("cdn-waf"), "cdn-waf", id("us-east-1"), null, WafScope.CLOUDFRONT))
                .withReplaced(withWebAcl(alb(web), "cdn-waf"));

        assertThat(findings(design, "ELB-WAF-002")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo(
                    "Web ACL cdn-waf (CLOUDFRONT, us-east-1) cannot be associated with ALB web-alb in us-east-1.");
            assertThat(f.elementIds()).containsExactly(id("cdn-waf"), id("web-alb"));
            // The quick fix picks the Region's one REGIONAL web ACL, not the CloudFront one.
            var fixed = f.quickFix().apply(design);
            assertThat(alb(fixed).webAclId()).isEqualTo(id("web-waf"));
            assertThat(findings(fixed, "ELB-WAF-002")).isEmpty();
        });
    }

    @Test
    void aPublicAlbWithoutWebAclIsReported() {
        assertThat(findings(web, "ELB-WAF-004")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Public ALB web-alb is not protected by AWS WAF.");
            // The Region's only web ACL is the obvious one to use.
            assertThat(f.quickFix().label()).isEqualTo("Protect 'web-alb' with web ACL web-waf");
            var fixed = f.quickFix().apply(web);
            assertThat(alb(fixed).webAclId()).isEqualTo(id("web-waf"));
            assertThat(findings(fixed, "ELB-WAF-004")).isEmpty();
        });
        assertThat(findings(protectedWeb, "ELB-WAF-004")).isEmpty();
        assertThat(findings(protectedWeb.withReplaced(withWebAcl(alb(web), null)), "ELB-WAF-004").get(0).quickFix())
                .as("two web ACLs in the Region: the user chooses").isNull();
        assertThat(findings(web.withReplaced(internal(alb(web))), "ELB-WAF-004")).isEmpty();
    }

    @Test
    void webSocketsBehindWafAreNotedOncePerListener() {
        var https = protectedWeb.get(id("https"), Listener.class);
        var ws = https.withWebsockets(true);

        assertThat(findings(protectedWeb.withReplaced(ws), "ELB-WAF-006")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.elementIds()).containsExactly(id("https"), id("web-alb"));
        });
        assertThat(findings(protectedWeb, "ELB-WAF-006")).isEmpty();
        assertThat(findings(web.withReplaced(ws), "ELB-WAF-006")).as("no WAF to be blind").isEmpty();
    }

    @Test
    void anAaaaAliasToAnIpv4OnlyLoadBalancerIsReported() {
        var design = plus(web, record(DnsRecordType.AAAA, RoutingPolicy.SIMPLE, true));

        assertThat(findings(design, "ELB-R53-003")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo(
                    "AAAA alias www.example.com points to IPv4-only load balancer web-alb; "
                            + "IPv6 clients get no address.");
            assertThat(f.elementIds()).containsExactly(id("www"), id("web-alb"));
        });
        var dualstack = design.withReplaced(withAddressType(alb(design), IpAddressType.DUALSTACK));
        assertThat(findings(dualstack, "ELB-R53-003")).isEmpty();
        assertThat(findings(plus(web, record(DnsRecordType.A, RoutingPolicy.SIMPLE, true)), "ELB-R53-003")).isEmpty();
    }

    @Test
    void aPublicRecordForAnInternalLoadBalancerIsReported() {
        var design = plus(web.withReplaced(internal(alb(web))), record(DnsRecordType.A, RoutingPolicy.SIMPLE, true));

        assertThat(findings(design, "ELB-R53-005")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("www.example.com in public zone example.com resolves to private IPs of "
                    + "internal load balancer web-alb; internet clients cannot connect.");
        });
        assertThat(findings(plus(web, record(DnsRecordType.A, RoutingPolicy.SIMPLE, true)), "ELB-R53-005")).isEmpty();
    }

    @Test
    void aFailoverAliasThatIgnoresTargetHealthIsReportedAndTheQuickFixEvaluatesIt() {
        var design = plus(web, record(DnsRecordType.A, RoutingPolicy.FAILOVER, false));

        assertThat(findings(design, "ELB-R53-006")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Alias www.example.com does not evaluate target health; Route 53 keeps "
                    + "answering with web-alb even if it has no healthy targets.");
            assertThat(f.quickFix().label()).isEqualTo("Evaluate target health for 'www'");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("www"), DnsRecord.class).evaluateTargetHealth()).isTrue();
            assertThat(findings(fixed, "ELB-R53-006")).isEmpty();
        });
        assertThat(findings(plus(web, record(DnsRecordType.A, RoutingPolicy.SIMPLE, false)), "ELB-R53-006")).isEmpty();
    }
}
