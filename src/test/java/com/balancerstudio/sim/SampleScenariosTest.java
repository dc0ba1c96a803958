package com.balancerstudio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.testing.SampleFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample design carries at least one scenario showing its lesson, and the scenario's expectations hold. */
class SampleScenariosTest {
    static List<Path> samples() {
        return SampleFiles.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleHasAScenarioWhoseExpectationsHold(Path file) throws Exception {
        var design = DesignFile.read(file);
        assertThat(design.scenarios()).as("%s has a scenario", file).isNotEmpty();
        for (var scenario : design.scenarios()) {
            assertThat(scenario.expectations()).as(scenario.name()).isNotEmpty();
            var simulation = Simulation.create(design, scenario, scenario.seed(), Simulation.Options.METRICS_ONLY);
            simulation.runToEnd();
            var before = DesignFile.toJson(design);
            assertThat(simulation.checkExpectations()).as("%s: %s", file, scenario.name())
                    .allSatisfy(result -> assertThat(result.passed()).as(result.describe()).isTrue());
            assertThat(DesignFile.toJson(design)).as("the simulation leaves the design alone").isEqualTo(before);
        }
    }
}
