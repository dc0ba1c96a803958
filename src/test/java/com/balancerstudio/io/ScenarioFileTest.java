package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.scenario.Expectation;
import com.balancerstudio.model.scenario.Fault;
import com.balancerstudio.model.scenario.RequestShape;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.model.scenario.ScenarioEvent;
import com.balancerstudio.model.scenario.ServiceTimeDistribution;
import com.balancerstudio.model.scenario.TargetSettings;
import com.balancerstudio.model.scenario.TrafficProfile;
import com.balancerstudio.model.scenario.TrafficSource;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios in the design file (format 2): they round-trip, format 1 files still read, bad ones are located. */
class ScenarioFileTest {
    static Scenario everything() {
        var web = ElementId.of("web-a");
        return new Scenario("zone failure", "Lose a zone, then get it back.", 600, 42L,
                List.of(new TrafficSource(null, ElementId.of("web-alb"), 500, new TrafficProfile.Poisson(200), 443,
                                List.of(new RequestShape("www.example.com", "/", 3), new RequestShape(null, "/api/x", 1)), 5),
                        TrafficSource.to(ElementId.of("web-alb"), 10, new TrafficProfile.Ramp(10, 100, 60, 120)),
                        TrafficSource.to(ElementId.of("web-alb"), 10, new TrafficProfile.Spike(10, 5, 100, 30)),
                        TrafficSource.to(ElementId.of("web-alb"), 10, new TrafficProfile.Daily(5, 50, 600.0)),
                        TrafficSource.to(ElementId.of("web-alb"), 10, new TrafficProfile.Constant(1))),
                List.of(new ScenarioEvent(60, new Fault.StopInstance(web)),
                        new ScenarioEvent(70, new Fault.SlowInstance(web, 3)),
                        new ScenarioEvent(80, new Fault.FailHealthCheck(web)),
                        new ScenarioEvent(90, new Fault.RestoreInstance(web)),
                        new ScenarioEvent(100, new Fault.LoseZone("us-east-1a")),
                        new ScenarioEvent(110, new Fault.RestoreZone("us-east-1a")),
                        new ScenarioEvent(120, new Fault.DeregisterTarget(web, ElementId.of("web-tg"))),
                        new ScenarioEvent(130, new Fault.RegisterTarget(web, ElementId.of("web-tg"))),
                        new ScenarioEvent(140, new Fault.TrafficSpike(4, 20))),
                List.of(new TargetSettings(null, 50, 100, 40.0, ServiceTimeDistribution.CONSTANT),
                        TargetSettings.of(web, 10, null)),
                30, 120,
                List.of(new Expectation("RequestCountPerTarget", "web-a", Expectation.Statistic.SHARE, 0.45, 0.55, 0.0, 60.0),
                        Expectation.of("HTTPCode_ELB_5XX_Count", null, Expectation.Statistic.SUM, null, 0.0)));
    }

    @Test
    void aDesignWithScenariosRoundTripsAndIsWrittenInTheCurrentFormat() throws Exception {
        var design = Fixtures.webTier().withScenarios(List.of(everything()));
        var json = DesignFile.toJson(design);
        assertThat(json).startsWith("{\n  \"formatVersion\": 3,").contains("\"scenarios\": [");
        assertThat(json.indexOf("\"scenarios\"")).isGreaterThan(json.indexOf("\"elements\""));
        var read = DesignFile.parse(json, "s.balancer.json");
        assertThat(read).isEqualTo(design);
        assertThat(DesignFile.toJson(read)).isEqualTo(json);
    }

    @Test
    void aDesignWithoutScenariosHasNoScenariosKey() {
        assertThat(DesignFile.toJson(Fixtures.webTier())).doesNotContain("scenarios");
    }

    @Test
    void aFormatOneFileReadsAsBefore() throws Exception {
        var v1 = DesignFile.toJson(Fixtures.webTier()).replace("\"formatVersion\": 3", "\"formatVersion\": 1");
        assertThat(DesignFile.parse(v1, "old.balancer.json")).isEqualTo(Fixtures.webTier());
    }

    @Test
    void scenariosInAFormatOneFileAreRefused() {
        var json = DesignFile.toJson(Fixtures.webTier().withScenarios(List.of(everything())))
                .replace("\"formatVersion\": 3", "\"formatVersion\": 1");
        assertThatThrownBy(() -> DesignFile.parse(json, "old.balancer.json"))
                .hasMessageContaining("old.balancer.json:").hasMessageContaining("at $.scenarios: scenarios came with formatVersion 2");
    }

    @Test
    void aScenarioNamingAnUnknownInstanceIsLocated() {
        var broken = everything().withName("broken").withEvents(List.of(new ScenarioEvent(5, new Fault.StopInstance(ElementId.of("web-z")))));
        var json = DesignFile.toJson(Fixtures.webTier().withScenarios(List.of(everything(), broken)));
        int line = ElementLines.of(json, "scenarios").get(1);
        assertThat(json.lines().toList().get(line - 1)).isEqualTo("    {");
        assertThatThrownBy(() -> DesignFile.parse(json, "d.balancer.json"))
                .isInstanceOf(DesignFileException.class)
                .hasMessageStartingWith("d.balancer.json:" + line + ": at $.scenarios[1].events[0].fault.target_id: "
                        + "'web-z' is not in the design");
    }

    @Test
    void badScenarioValuesAreLocatedWithLineAndPath() {
        var json = DesignFile.toJson(Fixtures.webTier().withScenarios(List.of(everything())))
                .replace("\"duration\": 600", "\"duration\": -5");
        assertThatThrownBy(() -> DesignFile.parse(json, "d.balancer.json"))
                .hasMessageMatching("(?s)d\\.balancer\\.json:\\d+: at \\$\\.scenarios\\[0\\].*duration must be 1 to .*");
        var unknownFault = DesignFile.toJson(Fixtures.webTier().withScenarios(List.of(everything())))
                .replace("\"stop_instance\"", "\"explode\"");
        assertThatThrownBy(() -> DesignFile.parse(unknownFault, "d.balancer.json"))
                .hasMessageContaining("at $.scenarios[0].events[0].fault").hasMessageContaining("'explode' is not a known type");
        var twice = DesignFile.toJson(Fixtures.webTier().withScenarios(List.of(everything())));
        var duplicated = twice.replace("\"scenarios\": [\n", "\"scenarios\": [\n" + scenarioBlock(twice) + ",\n");
        assertThatThrownBy(() -> DesignFile.parse(duplicated, "d.balancer.json"))
                .hasMessageContaining("at $.scenarios: two scenarios are named 'zone failure'");
    }

    private static String scenarioBlock(String json) {
        int start = json.indexOf("\"scenarios\": [\n") + "\"scenarios\": [\n".length();
        int end = json.lastIndexOf("\n  ]\n}");
        return json.substring(start, end);
    }
}
