package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.id;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.rules.balancers.Designs.withWebAcl;
import static com.balancerstudio.testing.Fixtures.get;
import static com.balancerstudio.testing.Fixtures.with;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.WebAcl;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WafOnlyOnApplicationLoadBalancersTest {
    private static final String RULE = "ELB-WAF-001";
    private final Design withAcl = plus(Fixtures.webTier(), new WebAcl(id("waf"), "waf", id("us-east-1"), null, null));

    @ParameterizedTest
    @CsvSource({"NETWORK, Network Load Balancer", "GATEWAY, Gateway Load Balancer", "CLASSIC, Classic Load Balancer"})
    void webAclOnAnotherKindIsRefusedAndTheQuickFixRemovesIt(LoadBalancerType type, String kind) {
        var design = plus(withAcl, withWebAcl(lb("lb", type, false, "public-a", "public-b"), id("waf")));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("AWS WAF cannot protect a " + kind
                    + "; among load balancers only Application Load Balancers are supported.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("lb", "waf"));
            assertThat(f.quickFix().label()).isEqualTo("Remove web ACL waf from lb");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("lb"), LoadBalancer.class).webAclId()).isNull();
            assertThat(findings(fixed, RULE)).isEmpty();
        });
    }

    @Test
    void webAclOnAnAlbIsFine() {
        assertThat(findings(withAcl, RULE)).isEmpty();
        var alb = get(withAcl, "web-alb", LoadBalancer.class);
        assertThat(findings(with(withAcl, withWebAcl(alb, id("waf"))), RULE)).isEmpty();
    }
}
