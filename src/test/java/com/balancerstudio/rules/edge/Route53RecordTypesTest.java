package com.balancerstudio.rules.edge;

import static com.balancerstudio.rules.edge.EdgeDesigns.filled;
import static com.balancerstudio.rules.edge.EdgeDesigns.id;
import static com.balancerstudio.rules.edge.EdgeDesigns.plus;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.DnsRecordType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ELB-R53-002, 004 and 007: which record types can point at a load balancer, and where. */
class Route53RecordTypesTest {
    private final Design web = Fixtures.webTier();

    private static DnsRecord record(String recordName, DnsRecordType type, Boolean alias) {
        return new DnsRecord(id("www"), "www", null, null, "example.com", recordName, type, null, null, null,
                id("web-alb"), false, alias);
    }

    @Test
    void anAliasToALoadBalancerMustBeAnAddressRecordAndTheQuickFixMakesItAnA() {
        var design = plus(web, record("www.example.com", DnsRecordType.CNAME, null));

        assertThat(findings(design, "ELB-R53-002")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("Alias www.example.com to web-alb must be of type A (IPv4) or AAAA (IPv6).");
            assertThat(f.elementIds()).containsExactly(id("www"), id("web-alb"));
            assertThat(f.quickFix().label()).isEqualTo("Make 'www' an A alias record");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("www"), DnsRecord.class).recordType()).isEqualTo(DnsRecordType.A);
            assertThat(findings(fixed, "ELB-R53-002")).isEmpty();
        });
        assertThat(findings(plus(web, record("www.example.com", DnsRecordType.AAAA, true)), "ELB-R53-002")).isEmpty();
        assertThat(findings(plus(web, record("www.example.com", DnsRecordType.CNAME, false)), "ELB-R53-002"))
                .as("a plain CNAME is not an alias").isEmpty();
    }

    @Test
    void aCnameAtTheZoneApexIsRefusedAndTheQuickFixMakesItAnAlias() {
        var design = plus(web, record("example.com.", DnsRecordType.CNAME, false));

        assertThat(findings(design, "ELB-R53-004")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("A CNAME cannot be created at the zone apex example.com.");
            assertThat(f.elementIds()).containsExactly(id("www"));
            var fixed = f.quickFix().apply(design);
            var record = fixed.get(id("www"), DnsRecord.class);
            assertThat(record.isAlias()).isTrue();
            assertThat(record.recordType()).isEqualTo(DnsRecordType.A);
            assertThat(findings(fixed, "ELB-R53-004")).isEmpty();
        });
        assertThat(findings(plus(web, record("example.com", DnsRecordType.A, null)), "ELB-R53-004"))
                .as("an alias A record at the apex is the way to do it").isEmpty();
        assertThat(findings(plus(web, record("www.example.com", DnsRecordType.CNAME, false)), "ELB-R53-004")).isEmpty();
    }

    @Test
    void aCnameToALoadBalancerIsNotedAsCostlierThanAnAlias() {
        var design = plus(web, record("www.example.com", DnsRecordType.CNAME, false));

        assertThat(findings(design, "ELB-R53-007")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("CNAME www.example.com -> the DNS name of web-alb works but alias "
                    + "records are free for ELB targets and support the apex and health evaluation.");
            assertThat(f.elementIds()).containsExactly(id("www"), id("web-alb"));
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("www"), DnsRecord.class).isAlias()).isTrue();
            assertThat(findings(fixed, "ELB-R53-007")).isEmpty();
        });
        assertThat(findings(plus(web, record("www.example.com", DnsRecordType.A, true)), "ELB-R53-007")).isEmpty();
        assertThat(findings(plus(web, record("example.com", DnsRecordType.CNAME, false)), "ELB-R53-007"))
                .as("at the apex ELB-R53-004 says it is refused").isEmpty();
    }

    @Test
    void aRecordThatIsNotAnAliasMustBeACname() {
        assertThatThrownBy(() -> record("www.example.com", DnsRecordType.A, false))
                .hasMessageContaining("set record_type to CNAME or make the record an alias");
    }
}
