package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.change;
import static com.balancerstudio.rules.network.Changes.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import com.balancerstudio.rules.Template;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RuleRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkRulesTest {
    private static final List<String> IDS = List.of("NET-REG-001", "NET-REG-002", "NET-SUB-002",
            "NET-SUB-003", "NET-RT-003", "NET-RT-006", "NET-IGW-001", "NET-NAT-001", "NET-NAT-002", "NET-NAT-004",
            "NET-NAT-007", "NET-EIP-001", "NET-EIP-002", "NET-EIP-003");

    @Test
    void everyRuleOfTheAreaIsInTheCoreSet() {
        assertThat(NetworkRules.all(Catalog.bundled()).stream().map(Rule::id)).containsExactlyElementsOf(IDS);
        assertThat(RuleRunner.core().ids()).containsAll(IDS);
    }

    @Test
    void theReferenceWebTierBreaksNoNetworkRule() {
        var findings = RuleRunner.all(Fixtures.webTier());
        assertThat(findings).filteredOn(f -> IDS.contains(f.ruleId())).isEmpty();
    }

    @Test
    void aBadlyBrokenDesignLeavesNoPlaceholderInAnyNetworkFinding() {
        var clean = Fixtures.webTier();
        var design = change(clean,
                Changes.zoneNamed(get(clean, "us-east-1b", AvailabilityZone.class), "eu-west-1b"),
                Changes.withCidr(get(clean, "private-a", Subnet.class), "10.0.0.0/23"),
                Changes.attachedTo(get(clean, "igw", InternetGateway.class), null),
                Changes.withAllocation(get(clean, "nat-b", NatGateway.class), Changes.id("eip-a")),
                Changes.withRoutes(get(clean, "private-rt-b", RouteTable.class)));
        design = Changes.add(design, Changes.elasticIp("spare", "us-east-1"));
        var findings = RuleRunner.all(design).stream().filter(f -> IDS.contains(f.ruleId())).toList();

        assertThat(findings).extracting(f -> f.ruleId()).contains("NET-REG-001", "NET-REG-002", "NET-SUB-003",
                "NET-RT-003", "NET-RT-006", "NET-NAT-001", "NET-NAT-004", "NET-EIP-002", "NET-EIP-003");
        assertThat(findings).allSatisfy(f -> {
            assertThat(Template.hasPlaceholders(f.message())).as(f.message()).isFalse();
            assertThat(Template.hasPlaceholders(f.fix())).as(f.fix()).isFalse();
        });
    }
}
