package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.add;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class OneInternetGatewayPerVpcTest {
    private final Design clean = Fixtures.webTier();

    @Test
    void aSecondAttachedGatewayIsReportedOnTheVpc() {
        var design = add(clean, Changes.gateway("igw-2", "us-east-1", id("vpc")));

        var found = findings(design, "NET-IGW-001");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("VPC vpc has 2 internet gateways attached; a VPC can have only one"
                    + " internet gateway attached at a time.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("vpc"), id("igw"), id("igw-2"));
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void aSpareDetachedGatewayIsAllowed() {
        assertThat(findings(add(clean, Changes.gateway("igw-2", "us-east-1", null)), "NET-IGW-001")).isEmpty();
    }
}
