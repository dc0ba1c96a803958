package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.change;
import static com.balancerstudio.rules.network.Changes.defaultRouteTo;
import static com.balancerstudio.rules.network.Changes.get;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PrivateSubnetUsesOwnZoneNatTest {
    private final Design clean = Fixtures.webTier();

    @Test
    void aSubnetRoutedToTheOtherZonesNatIsReportedAndRoutedToItsOwn() {
        var table = get(clean, "private-rt-b", RouteTable.class);
        var design = change(clean, Changes.withRoutes(table, defaultRouteTo("nat-a")));

        var found = findings(design, "NET-NAT-007");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Private subnet private-b (us-east-1b) depends on NAT gateway nat-a"
                    + " in us-east-1a; if us-east-1a fails, us-east-1b loses internet access, and cross-AZ data"
                    + " is charged.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("private-b"), id("nat-a"));
            assertThat(f.quickFix().label()).isEqualTo("Route 0.0.0.0/0 of 'private-rt-b' to NAT gateway 'nat-b'");
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(clean);
    }

    @Test
    void oneTableForBothZonesIsReportedForTheFarZoneWithoutQuickFix() {
        var table = get(clean, "private-rt-a", RouteTable.class);
        var shared = Changes.withSubnets(table, id("private-a"), id("private-b"));
        var design = change(clean, shared).withRemoved(id("private-rt-b"));

        var found = findings(design, "NET-NAT-007");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.elementIds()).containsExactly(id("private-b"), id("nat-a"));
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void eachSubnetOnItsOwnZonesNatIsFine() {
        assertThat(findings(clean, "NET-NAT-007")).isEmpty();
    }
}
