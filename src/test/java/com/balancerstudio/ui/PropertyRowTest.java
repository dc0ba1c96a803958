package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PropertyRowTest {
    @Test
    void valuesReadLikeTheDesignFile() {
        var alb = Fixtures.get(Fixtures.webTier(), "web-alb", LoadBalancer.class);
        var rows = PropertyRow.of(alb);
        assertThat(rows).contains(new PropertyRow("type", "Load balancer"), new PropertyRow("load_balancer_type", "application"),
                new PropertyRow("subnet_mappings", "{subnet_id: public-a}, {subnet_id: public-b}"));
        assertThat(rows.stream().filter(r -> r.name().equals("bounds")).findFirst().orElseThrow().value())
                .matches("\\{x: \\d+, y: \\d+, width: 200, height: 60}");
    }
}
