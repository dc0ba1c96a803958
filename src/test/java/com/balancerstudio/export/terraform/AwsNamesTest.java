package com.balancerstudio.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwsNamesTest {
    @Test
    void aValidNameIsKept() {
        assertThat(AwsNames.loadBalancing("web-alb-1")).isEqualTo("web-alb-1");
    }

    @Test
    void anInvalidNameBecomesTheClosestValidOne() {
        assertThat(AwsNames.loadBalancing("Web ALB (prod)")).isEqualTo("Web-ALB-prod");
        assertThat(AwsNames.loadBalancing("internal-api")).isEqualTo("api");
        assertThat(AwsNames.loadBalancing("-edge-")).isEqualTo("edge");
        assertThat(AwsNames.loadBalancing("a".repeat(40))).hasSize(AwsNames.LOAD_BALANCING_NAME_MAX_LENGTH);
        assertThat(AwsNames.loadBalancing("日本")).isEqualTo("unnamed");
        for (var name : new String[] {"x\" }\n${a}", "a-".repeat(20), "internal-"}) {
            assertThat(AwsNames.isValid(AwsNames.loadBalancing(name))).as(name).isTrue();
        }
    }
}
