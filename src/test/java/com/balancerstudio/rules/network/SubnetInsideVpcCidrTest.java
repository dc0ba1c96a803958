package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.change;
import static com.balancerstudio.rules.network.Changes.get;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubnetInsideVpcCidrTest {
    private final Design clean = Fixtures.webTier();

    private Design privateB(String cidr) {
        return change(clean, Changes.withCidr(get(clean, "private-b", Subnet.class), cidr));
    }

    private Design withSecondaryBlock(Design design, String block) {
        var vpc = get(design, "vpc", Vpc.class);
        return change(design, new Vpc(vpc.id(), vpc.name(), vpc.parent(), vpc.bounds(), vpc.cidrBlock(),
                List.of(Cidr.parse(block)), vpc.enableDnsHostnames()));
    }

    @Test
    void aSubnetOutsideTheVpcBlockIsReported() {
        var found = findings(privateB("10.1.11.0/24"), "NET-SUB-002");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(
                    "Subnet private-b (10.1.11.0/24) is outside the CIDR blocks of VPC vpc (10.0.0.0/16).");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("private-b"), id("vpc"));
        });
    }

    @Test
    void allTheVpcBlocksAreListed() {
        var found = findings(withSecondaryBlock(privateB("192.168.0.0/24"), "10.1.0.0/16"), "NET-SUB-002");

        assertThat(found).extracting(f -> f.message()).containsExactly(
                "Subnet private-b (192.168.0.0/24) is outside the CIDR blocks of VPC vpc (10.0.0.0/16, 10.1.0.0/16).");
    }

    @Test
    void aSubnetInASecondaryBlockIsInside() {
        assertThat(findings(withSecondaryBlock(privateB("10.1.11.0/24"), "10.1.0.0/16"), "NET-SUB-002")).isEmpty();
    }

    @Test
    void aSubnetSpanningTwoAdjacentBlocksIsNotInsideEither() {
        var design = withSecondaryBlock(privateB("10.0.0.0/15"), "10.1.0.0/16");

        assertThat(findings(design, "NET-SUB-002")).extracting(f -> f.primaryElement())
                .containsExactly(id("private-b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.255.240/28", "10.0.0.0/16"})
    void theEdgesOfTheBlockAreInside(String cidr) {
        assertThat(findings(privateB(cidr), "NET-SUB-002")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.255.255.240/28", "10.0.0.0/15"})
    void justPastTheEdgesIsOutside(String cidr) {
        assertThat(findings(privateB(cidr), "NET-SUB-002")).hasSize(1);
    }
}
