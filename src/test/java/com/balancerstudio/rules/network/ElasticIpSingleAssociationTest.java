package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.add;
import static com.balancerstudio.rules.network.Changes.change;
import static com.balancerstudio.rules.network.Changes.elasticIp;
import static com.balancerstudio.rules.network.Changes.get;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElasticIpSingleAssociationTest {
    private final Design clean = Fixtures.webTier();

    @Test
    void twoNatGatewaysSharingAnAddressAreReported() {
        var design = change(clean, Changes.withAllocation(get(clean, "nat-b", NatGateway.class), id("eip-a")));

        var found = findings(design, "NET-EIP-002");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Elastic IP eip-a is associated with 2 resources; an EIP can be"
                    + " associated with only one instance or network interface at a time.");
            assertThat(f.fix()).isEqualTo("Allocate a separate EIP for each resource.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("eip-a"), id("nat-a"), id("nat-b"));
        });
    }

    @Test
    void oneLoadBalancerMappingTheAddressInTwoSubnetsUsesItTwice() {
        var nlb = LoadBalancer.of(id("nlb"), "nlb", id("vpc"), null, LoadBalancerType.NETWORK, false, List.of(
                new SubnetMapping(id("public-a"), id("shared-ip"), null),
                new SubnetMapping(id("public-b"), id("shared-ip"), null)));
        var design = add(clean, elasticIp("shared-ip", "us-east-1"), nlb);

        assertThat(findings(design, "NET-EIP-002")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("Elastic IP shared-ip is associated with 2 resources;");
            assertThat(f.elementIds()).containsExactly(id("shared-ip"), id("nlb"));
        });
    }

    @Test
    void oneAssociationPerAddressIsFine() {
        var web = get(clean, "web-a", Instance.class);
        var design = change(add(clean, elasticIp("web-ip", "us-east-1")), new Instance(web.id(), web.name(),
                web.parent(), web.bounds(), web.instanceType(), null, web.securityGroupIds(), id("web-ip"), web.instanceState()));

        assertThat(findings(design, "NET-EIP-002")).isEmpty();
    }
}
