package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.add;
import static com.balancerstudio.rules.network.Changes.elasticIp;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Region;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ElasticIpQuotaPerRegionTest {
    private final Design clean = Fixtures.webTier();

    /** The web tier's two Elastic IPs plus {@code extra} more in us-east-1. */
    private Design withExtraIps(int extra) {
        var design = clean;
        for (int i = 1; i <= extra; i++) {
            design = add(design, elasticIp("extra-" + i, "us-east-1"));
        }
        return design;
    }

    @Test
    void oneAddressOverTheQuotaIsReportedOnTheRegion() {
        var design = withExtraIps(AwsLimits.ELASTIC_IPS_PER_REGION - 1);

        var found = findings(design, "NET-EIP-001");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Region us-east-1 uses 6 Elastic IPs; the default quota is 5 per Region"
                    + " (AWS returns AddressLimitExceeded on the allocation past it).");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("us-east-1"), id("eip-a"), id("eip-b"), id("extra-1"),
                    id("extra-2"), id("extra-3"), id("extra-4"));
        });
    }

    @Test
    void exactlyTheQuotaIsAllowed() {
        assertThat(findings(withExtraIps(AwsLimits.ELASTIC_IPS_PER_REGION - 2), "NET-EIP-001")).isEmpty();
    }

    @Test
    void eachRegionHasItsOwnQuota() {
        var design = add(withExtraIps(2), new Region(id("eu-west-1"), "Ireland", null, null, "eu-west-1"),
                elasticIp("eu-1", "eu-west-1"), elasticIp("eu-2", "eu-west-1"));

        assertThat(findings(design, "NET-EIP-001")).isEmpty();
    }
}
