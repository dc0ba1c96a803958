package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.add;
import static com.balancerstudio.rules.network.Changes.change;
import static com.balancerstudio.rules.network.Changes.elasticIp;
import static com.balancerstudio.rules.network.Changes.get;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElasticIpAssociatedTest {
    private final Design clean = Fixtures.webTier();

    @Test
    void anIdleAddressIsReported() {
        var found = findings(add(clean, elasticIp("spare", "us-east-1")), "NET-EIP-003");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Elastic IP spare is unassociated and incurs an hourly charge.");
            assertThat(f.fix()).isEqualTo("Associate it or release it.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("spare"));
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void anAddressMappedByALoadBalancerIsInUse() {
        var alb = get(clean, "web-alb", LoadBalancer.class);
        var design = change(add(clean, elasticIp("lb-ip", "us-east-1")), alb.withSubnetMappings(List.of(
                new SubnetMapping(id("public-a"), id("lb-ip"), null), SubnetMapping.of(id("public-b")))));

        assertThat(findings(design, "NET-EIP-003")).isEmpty();
    }
}
