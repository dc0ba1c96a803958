package com.balancerstudio.ui.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Client;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.sim.Simulation;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A design without scenarios still plays: steady traffic from its clients, or straight to its load balancers. */
class DefaultScenarioTest {
    @Test
    void aDesignWithoutClientsSendsToEachLoadBalancerWithAListener() {
        var design = Fixtures.webTier().withScenarios(List.of());
        assertThat(design.elementsOf(Client.class)).isEmpty();
        var scenario = DefaultScenario.of(design);
        assertThat(scenario.traffic()).isNotEmpty().allSatisfy(t -> assertThat(t.to()).isNotNull());
        var simulation = Simulation.create(design, scenario);
        simulation.advanceTo(10);
        assertThat(simulation.metrics().seconds()).isEqualTo(10);
        assertThat(DefaultScenario.choicesFor(design)).extracting(s -> s.name()).containsExactly(DefaultScenario.NAME);
    }

    @Test
    void aDesignWithAClientSendsFromIt() throws Exception {
        var sample = com.balancerstudio.io.DesignFile.read(java.nio.file.Path.of("sample-designs",
                "two-az-alb-web-tier.balancer.json")).withScenarios(List.of());
        var scenario = DefaultScenario.of(sample);
        assertThat(scenario.traffic()).extracting(t -> t.from()).containsExactly(ElementId.of("users"));
        var simulation = Simulation.create(sample, scenario);
        simulation.advanceTo(5);
        assertThat(simulation.metrics().total(com.balancerstudio.sim.metrics.MetricName.RequestCount,
                com.balancerstudio.sim.metrics.Dimension.loadBalancer("web-alb"))).isGreaterThan(100);
    }

    @Test
    void aDesignsOwnScenariosComeInsteadOfTheDefault() {
        var design = Fixtures.webTier();
        var own = DefaultScenario.of(design.withScenarios(List.of()));
        var renamed = new com.balancerstudio.model.scenario.Scenario("Mine", "", 60, null, own.traffic(), List.of(),
                List.of(), null, null, List.of());
        assertThat(DefaultScenario.choicesFor(design.withScenarios(List.of(renamed)))).containsExactly(renamed);
    }

    @Test
    void aDesignWithNothingToReceiveTrafficHasNoScenario() {
        assertThat(DefaultScenario.of(Design.empty("blank"))).isNull();
        assertThat(DefaultScenario.choicesFor(Design.empty("blank"))).isEmpty();
    }
}
