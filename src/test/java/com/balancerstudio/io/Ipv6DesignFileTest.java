package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.ZoneType;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** IPv6 blocks and zone types in the design file: saved, loaded back, and bad values refused with their place. */
class Ipv6DesignFileTest {
    private final String good = DesignFile.toJson(Fixtures.webTier());

    private static DesignFileException failure(String json) {
        try {
            DesignFile.parse(json, "bad.balancer.json");
        } catch (DesignFileException e) {
            return e;
        }
        throw new AssertionError("the file loaded");
    }

    @Test
    void filesWithoutTheNewPropertiesLoadAsOrdinaryZonesWithoutIpv6() throws Exception {
        assertThat(good).doesNotContain("ipv6").doesNotContain("zone_type");

        var design = DesignFile.parse(good, "old.balancer.json");

        assertThat(design.elementsOf(Vpc.class)).allMatch(v -> !v.hasIpv6());
        assertThat(design.elementsOf(Subnet.class)).allMatch(s -> !s.hasIpv6());
        assertThat(design.elementsOf(AvailabilityZone.class))
                .allMatch(z -> z.zoneType() == ZoneType.AVAILABILITY_ZONE);
    }

    @Test
    void ipv6BlocksAndZoneTypesAreSavedInCanonicalFormAndComeBack() throws Exception {
        var json = good.replace("\"enable_dns_hostnames\": true",
                        "\"enable_dns_hostnames\": true, \"ipv6_cidr_block\": \"2600:1F14:0ABC:DE00:0:0:0:0/56\"")
                .replace("\"cidr_block\": \"10.0.0.0/24\"",
                        "\"cidr_block\": \"10.0.0.0/24\", \"ipv6_cidr_block\": \"2600:1f14:abc:de01::/64\"")
                .replace("\"cidr_block\": \"10.0.1.0/24\"", "\"cidr_block\": \"10.0.1.0/24\", \"ipv6_netnum\": 2")
                .replace("\"zone_name\": \"us-east-1b\"", "\"zone_name\": \"us-east-1b\", \"zone_type\": \"outpost\"");

        var design = DesignFile.parse(json, "ipv6.balancer.json");
        var saved = DesignFile.toJson(design);

        assertThat(saved).contains("\"ipv6_cidr_block\": \"2600:1f14:abc:de00::/56\"")
                .contains("\"ipv6_netnum\": 2").contains("\"zone_type\": \"outpost\"");
        assertThat(saved.split("\"zone_type\"", -1)).hasSize(2);
        assertThat(DesignFile.parse(saved, "again.balancer.json")).isEqualTo(design);
    }

    @Test
    void aBadIpv6BlockNamesItsPlaceAndTheBlockItLiesIn() {
        var e = failure(good.replace("\"enable_dns_hostnames\": true",
                "\"enable_dns_hostnames\": true, \"ipv6_cidr_block\": \"2600:1f14:abc:de01::/56\""));

        assertThat(e.jsonPath()).endsWith(".ipv6_cidr_block");
        assertThat(e.getMessage()).contains("the /56 block it lies in is 2600:1f14:abc:de00::/56");
    }

    @Test
    void generatedAndWrittenOutBlocksExcludeEachOther() {
        var e = failure(good.replace("\"enable_dns_hostnames\": true", "\"enable_dns_hostnames\": true, "
                + "\"assign_generated_ipv6_cidr_block\": true, \"ipv6_cidr_block\": \"2600:1f14:abc:de00::/56\""));

        assertThat(e.getMessage()).contains("assign_generated_ipv6_cidr_block and ipv6_cidr_block exclude each other");
        assertThatThrownBy(() -> DesignFile.parse(good.replace("\"zone_name\": \"us-east-1b\"",
                "\"zone_name\": \"us-east-1b\", \"zone_type\": \"moon-base\""), "bad.balancer.json"))
                .hasMessageContaining("'moon-base' is not one of availability-zone, local-zone, wavelength-zone, outpost");
    }
}
