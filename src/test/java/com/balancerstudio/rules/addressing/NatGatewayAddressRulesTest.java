package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.change;
import static com.balancerstudio.rules.addressing.Tweaks.get;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.ConnectivityType;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** NET-NAT-005 (at most 8 addresses), NET-NAT-011 (the per-gateway quota) and NET-NAT-003 with secondary addresses. */
class NatGatewayAddressRulesTest {
    private final Design clean = Fixtures.webTier();

    /** The fixture with nat-a holding its primary Elastic IP and {@code secondary} more. */
    private Design withSecondaries(int secondary) {
        var design = add(clean, IntStream.range(0, secondary).mapToObj(i -> Tweaks.elasticIp("eip-s" + i)).toList());
        var nat = get(design, "nat-a", NatGateway.class);
        return change(design, new NatGateway(nat.id(), nat.name(), nat.parent(), nat.bounds(), nat.connectivityType(),
                nat.allocationId(), secondaryIds(secondary)));
    }

    private static List<ElementId> secondaryIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> id("eip-s" + i)).toList();
    }

    @Test
    void nineAddressesOnOneNatGatewayPassTheHardLimit() {
        var found = findings(withSecondaries(8), "NET-NAT-005");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(
                    "NAT gateway nat-a has 9 Elastic IPs; a NAT gateway supports at most 8 IPv4 addresses.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("nat-a"));
        });
    }

    @Test
    void eightAddressesAreWithinTheHardLimitAndLeaveItToTheQuotaRule() {
        var design = withSecondaries(7);

        assertThat(findings(design, "NET-NAT-005")).isEmpty();
        assertThat(findings(withSecondaries(8), "NET-NAT-011")).isEmpty();
        assertThat(findings(design, "NET-NAT-011")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("NAT gateway nat-a has 8 Elastic IPs;"));
    }

    @Test
    void threeAddressesPassTheDefaultQuotaAndTheFindingNamesThemAll() {
        var found = findings(withSecondaries(2), "NET-NAT-011");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("NAT gateway nat-a has 3 Elastic IPs; the default quota is 2 per public "
                    + "NAT gateway (raise it via Service Quotas, up to 8).");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("nat-a"), id("eip-a"), id("eip-s0"), id("eip-s1"));
        });
    }

    @Test
    void twoAddressesOrARaisedQuotaAreQuiet() {
        var design = withSecondaries(3);
        var raised = Edits.setQuota(design, Quota.ELASTIC_IPS_PER_NAT_GATEWAY, 4).apply(design);
        var tooLow = Edits.setQuota(design, Quota.ELASTIC_IPS_PER_NAT_GATEWAY, 3).apply(design);

        assertThat(findings(withSecondaries(1), "NET-NAT-011")).isEmpty();
        assertThat(findings(raised, "NET-NAT-011")).isEmpty();
        assertThat(findings(tooLow, "NET-NAT-011")).singleElement().satisfies(f -> assertThat(f.message())
                .contains("has 4 Elastic IPs; the account's quota is 3 per public NAT gateway"));
    }

    @Test
    void aPrivateNatGatewayWithSecondaryElasticIpsIsReportedAndReleasesThemAll() {
        var withoutIps = add(clean, Tweaks.elasticIp("eip-s0"), Tweaks.elasticIp("eip-s1"),
                Tweaks.privateNat("nat-internal", "private-a", null));
        var nat = get(withoutIps, "nat-internal", NatGateway.class);
        var design = change(withoutIps, new NatGateway(nat.id(), nat.name(), nat.parent(), nat.bounds(),
                ConnectivityType.PRIVATE, null, secondaryIds(2)));

        var found = findings(design, "NET-NAT-003");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.elementIds()).containsExactly(id("nat-internal"), id("eip-s0"), id("eip-s1"));
            assertThat(f.quickFix().label()).isEqualTo("Remove the Elastic IPs from private NAT gateway 'nat-internal'");
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(withoutIps);
        assertThat(findings(design, "NET-NAT-011")).isEmpty();
    }

    @Test
    void removingASecondaryElasticIpFromTheDesignDropsItFromTheGateway() {
        var design = withSecondaries(2);

        var without = Edits.delete(design, List.of(id("eip-s0"))).apply(design);

        assertThat(get(without, "nat-a", NatGateway.class).secondaryAllocationIds()).containsExactly(id("eip-s1"));
    }

    private Design withBorderGroup(String group) {
        var ip = get(clean, "eip-a", ElasticIp.class);
        return change(clean, new ElasticIp(ip.id(), ip.name(), ip.parent(), ip.bounds(), group));
    }

    @Test
    void anElasticIpOfALocalZoneGroupCannotServeANatGatewayInARegionalZone() {
        var design = withBorderGroup("us-east-1-bos-1");

        var found = findings(design, "NET-NAT-009");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("EIP eip-a (border group us-east-1-bos-1) cannot be associated with "
                    + "NAT gateway nat-a in us-east-1a.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("nat-a"), id("eip-a"));
            assertThat(f.quickFix().label()).isEqualTo("Allocate Elastic IP 'eip-a' in network border group us-east-1");
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(clean);
    }

    @Test
    void theRegionsOwnGroupWrittenOutOrLeftToTheDefaultIsQuiet() {
        assertThat(findings(clean, "NET-NAT-009")).isEmpty();
        assertThat(findings(withBorderGroup("us-east-1"), "NET-NAT-009")).isEmpty();
    }

    @Test
    void anAddressSharedWithAnotherUserIsReportedWithoutAQuickFix() {
        var design = withBorderGroup("us-east-1-bos-1");
        var natB = get(design, "nat-b", NatGateway.class);
        var shared = change(design, new NatGateway(natB.id(), natB.name(), natB.parent(), natB.bounds(),
                natB.connectivityType(), natB.allocationId(), List.of(id("eip-a"))));

        assertThat(findings(shared, "NET-NAT-009")).hasSize(2).allSatisfy(f -> assertThat(f.quickFix()).isNull());
    }
}
