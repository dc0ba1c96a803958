package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.change;
import static com.balancerstudio.rules.network.Changes.get;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ZoneType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.DesignBuilder;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AvailabilityZoneInRegionTest {
    private final Design clean = Fixtures.webTier();

    private Design withZoneB(String zoneName) {
        return change(clean, Changes.zoneNamed(get(clean, "us-east-1b", AvailabilityZone.class), zoneName));
    }

    @Test
    void aZoneOfAnotherRegionIsReportedOnTheZone() {
        var found = findings(withZoneB("us-east-2b"), "NET-REG-001");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Availability Zone 'us-east-2b' does not belong to Region 'us-east-1'.");
            assertThat(f.fix()).isEqualTo(
                    "Pick an AZ of this Region (e.g. us-east-1a/b/c) or move the element to the AZ's Region.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("us-east-1b"), id("us-east-1"));
            assertThat(f.quickFix()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "us-east-1ab", "us-east-10a", "us-east-1B", "us-east-11", "useast-1b"})
    void aNameThatIsNotTheRegionCodePlusOneLetterIsReported(String zoneName) {
        assertThat(findings(withZoneB(zoneName), "NET-REG-001")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1a", "us-east-1f", "us-east-1z"})
    void anyLetterOfTheRegionIsAccepted(String zoneName) {
        assertThat(findings(withZoneB(zoneName), "NET-REG-001")).isEmpty();
    }

    @Test
    void eachZoneIsJudgedByItsOwnRegion() {
        var b = new DesignBuilder("Two regions");
        var east = b.region("us-east-1");
        var west = b.region("eu-west-1");
        b.zone(b.vpc(east, "east-vpc", "10.0.0.0/16"), "us-east-1a");
        b.zone(b.vpc(west, "west-vpc", "10.1.0.0/16"), "eu-west-1a");

        assertThat(findings(b.build(), "NET-REG-001")).isEmpty();
    }

    private Design withZoneB(String zoneName, ZoneType type) {
        var zone = get(clean, "us-east-1b", AvailabilityZone.class);
        return change(clean, new AvailabilityZone(zone.id(), zone.name(), zone.parent(), zone.bounds(), zoneName, type));
    }

    @ParameterizedTest
    @CsvSource({"us-east-1-bos-1a, local-zone", "us-east-1-atl-2a, local-zone", "us-east-1-wl1-bos-wlz-1, "
            + "wavelength-zone", "us-east-1b, outpost"})
    void localWavelengthAndOutpostZonesOfTheRegionAreAccepted(String zoneName, String type) {
        assertThat(findings(withZoneB(zoneName, typeOf(type)), "NET-REG-001")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"us-west-2-lax-1a, local-zone", "us-east-1-bos-1a, availability-zone", "us-east-1b, local-zone",
            "us-west-2-wl1-las-wlz-1, wavelength-zone", "us-east-1-bos-1, local-zone"})
    void aZoneNamedForAnotherRegionOrAnotherTypeIsReported(String zoneName, String type) {
        assertThat(findings(withZoneB(zoneName, typeOf(type)), "NET-REG-001")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'" + zoneName + "'"));
    }

    private static ZoneType typeOf(String value) {
        return java.util.Arrays.stream(ZoneType.values()).filter(t -> t.value().equals(value)).findFirst().orElseThrow();
    }
}
