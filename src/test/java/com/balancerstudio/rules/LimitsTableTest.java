package com.balancerstudio.rules;

import static com.balancerstudio.testing.Fixtures.get;
import static com.balancerstudio.testing.Fixtures.with;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class LimitsTableTest {
    private final Design clean = Fixtures.webTier();

    @Test
    void theReferenceDesignBreaksNoLimit() {
        for (var id : LimitsTable.ruleIds()) {
            assertThat(findings(clean, id)).as(id).isEmpty();
        }
    }

    @Test
    void vpcCidrLargerThanSlash16IsRefused() {
        var vpc = get(clean, "vpc", Vpc.class);
        var design = with(clean, new Vpc(vpc.id(), vpc.name(), vpc.parent(), vpc.bounds(), Cidr.parse("10.0.0.0/8"),
                java.util.List.of(), true));
        var found = findings(design, "NET-VPC-001");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("VPC vpc CIDR 10.0.0.0/8 is invalid: allowed block size is /16 (65,536 addresses) to /28 (16 addresses).");
            assertThat(f.elementIds()).containsExactly(vpc.id());
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }
}
