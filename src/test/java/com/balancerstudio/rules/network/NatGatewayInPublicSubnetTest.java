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

class NatGatewayInPublicSubnetTest {
    private final Design clean = Fixtures.webTier();

    @Test
    void aPublicNatGatewayInAPrivateSubnetIsReported() {
        var nat = get(clean, "nat-a", NatGateway.class);
        var design = change(clean, nat.withPlacement(id("private-a"), nat.bounds()));

        var found = findings(design, "NET-NAT-001");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Public NAT gateway nat-a is in private subnet private-a; it must be in"
                    + " a public subnet whose route table routes internet traffic to the internet gateway.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("nat-a"), id("private-a"));
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void aPrivateNatGatewayBelongsInAPrivateSubnet() {
        assertThat(findings(add(clean, Changes.privateNat("nat-internal", id("private-a"))), "NET-NAT-001")).isEmpty();
    }
}
