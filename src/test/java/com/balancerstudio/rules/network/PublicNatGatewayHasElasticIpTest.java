package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.add;
import static com.balancerstudio.rules.network.Changes.change;
import static com.balancerstudio.rules.network.Changes.get;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PublicNatGatewayHasElasticIpTest {
    private final Design clean = Fixtures.webTier();
    private final Design withoutIp = change(clean, Changes.withAllocation(get(clean, "nat-a", NatGateway.class), null));

    @Test
    void aPublicNatGatewayWithoutElasticIpIsReportedAndGivenTheIdleOne() {
        var found = findings(withoutIp, "NET-NAT-002");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Public NAT gateway nat-a has no Elastic IP; an EIP must be associated"
                    + " when the NAT gateway is created.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("nat-a"));
            assertThat(f.quickFix().label()).isEqualTo("Associate Elastic IP 'eip-a' with NAT gateway 'nat-a'");
        });
        assertThat(found.get(0).quickFix().apply(withoutIp)).isEqualTo(clean);
    }

    @Test
    void withSeveralIdleElasticIpsNoneIsChosen() {
        var design = add(withoutIp, Changes.elasticIp("spare", "us-east-1"));

        assertThat(findings(design, "NET-NAT-002")).singleElement().satisfies(f -> assertThat(f.quickFix()).isNull());
    }

    @Test
    void anAllocationNamingNoElasticIpIsNoElasticIp() {
        var design = change(clean, Changes.withAllocation(get(clean, "nat-a", NatGateway.class), id("vpc")));

        assertThat(findings(design, "NET-NAT-002")).hasSize(1);
    }

    @Test
    void aPrivateNatGatewayNeedsNoElasticIp() {
        assertThat(findings(add(clean, Changes.privateNat("nat-internal", id("private-a"))), "NET-NAT-002")).isEmpty();
    }
}
