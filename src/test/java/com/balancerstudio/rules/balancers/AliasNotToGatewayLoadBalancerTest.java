package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.id;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class AliasNotToGatewayLoadBalancerTest {
    private static final String RULE = "ELB-R53-001";
    private final Design withGwlb = plus(Fixtures.webTier(),
            lb("gwlb", LoadBalancerType.GATEWAY, false, "private-a", "private-b"));

    private static DnsRecord aliasTo(String target) {
        return new DnsRecord(id("www"), "www", null, null, "example.com", "www.example.com", null, null, null, null,
                id(target), true, null);
    }

    @Test
    void aliasToAGatewayLoadBalancerIsRefused() {
        assertThat(findings(plus(withGwlb, aliasTo("gwlb")), RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Route 53 alias records can target Application, Network and Classic Load"
                    + " Balancers, not Gateway Load Balancers.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("www", "gwlb"));
        });
    }

    @Test
    void aliasToAnAlbIsFine() {
        assertThat(findings(withGwlb, RULE)).isEmpty();
        assertThat(findings(plus(withGwlb, aliasTo("web-alb")), RULE)).isEmpty();
    }
}
