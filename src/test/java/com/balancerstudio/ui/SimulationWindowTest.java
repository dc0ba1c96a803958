package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.model.scenario.TrafficProfile;
import com.balancerstudio.model.scenario.TrafficSource;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Theme;
import com.balancerstudio.sim.TargetHealth;
import com.balancerstudio.ui.canvas.DesignerCanvas;
import com.balancerstudio.ui.sim.SimulationController;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The simulation in the real window: play the sample's scenario step by step, see particles and metrics, stop an
 * instance from its right-click menu and watch it go unhealthy, all without changing the design or its history; an
 * edit then resets the run.
 */
@ExtendWith(ApplicationExtension.class)
class SimulationWindowTest {
    private static final String SCENARIO = "Thirty requests a second";
    @TempDir
    Path temp;
    private WindowFixture<DesignerCanvas> fixture;

    @Start
    void start(Stage stage) throws Exception {
        var sample = DesignFile.read(Path.of("sample-designs", "two-az-alb-web-tier.balancer.json"));
        var traffic = new TrafficSource(ElementId.of("users"), null, 20, new TrafficProfile.Constant(30), null,
                List.of(), null);
        Design design = sample.withScenarios(List.of(Scenario.of(SCENARIO, 300, List.of(traffic))));
        fixture = new WindowFixture<>(stage, design, temp.resolve("recovery"),
                workspace -> new DesignerCanvas(workspace, new DiagramPainter(Theme.LIGHT)), 1200, 760);
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void playStepStopAnInstanceFromItsMenuAndTheDesignAndHistoryStayAsTheyWere(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var workspace = fixture.workspace;
        var canvas = fixture.canvas;
        var controller = fixture.window.simulation().controller();
        var original = workspace.design();
        assertThat(robot.lookup("#sim-scenario").queryAs(ComboBox.class).getValue())
                .extracting(s -> ((Scenario) s).name()).isEqualTo(SCENARIO);

        robot.clickOn("#sim-play");
        robot.clickOn("#sim-pause");
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#sim-step");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.stateProperty().get()).isEqualTo(SimulationController.State.PAUSED);
        assertThat(canvas.traffic().particleCount()).as("request particles on the connectors").isPositive();
        assertThat(canvas.traffic().targets().get(ElementId.of("web-a1")).health()).isEqualTo(TargetHealth.HEALTHY);
        assertThat(points(robot, "#chart-requests", "RequestCount")).as("requests per second charted")
                .anySatisfy(v -> assertThat(v).isEqualTo(30.0));

        rightClick(robot, "web-a1");
        fire(robot, "sim-stop");
        assertThat(canvas.traffic().targets().get(ElementId.of("web-a1")).running()).isFalse();
        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                controller.step();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        var stopped = canvas.traffic().targets().get(ElementId.of("web-a1"));
        assertThat(stopped.health()).isEqualTo(TargetHealth.UNHEALTHY);
        assertThat(stopped.label()).isEqualTo("stopped");
        assertThat(points(robot, "#chart-hosts", "UnHealthyHostCount")).anySatisfy(v -> assertThat(v).isEqualTo(1.0));
        assertThat(points(robot, "#chart-requests", "HTTPCode_ELB_5XX_Count")).as("refused requests")
                .anySatisfy(v -> assertThat(v).isPositive());

        assertThat(workspace.design()).isSameAs(original);
        assertThat(workspace.undoLabelProperty().get()).isEmpty();
        assertThat(workspace.dirtyProperty().get()).isFalse();

        robot.interact(() -> workspace.apply(com.balancerstudio.edit.Edits.rename(workspace.design(),
                ElementId.of("web-a2"), "web-a2-renamed")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.stateProperty().get()).isEqualTo(SimulationController.State.IDLE);
        assertThat(canvas.traffic().isEmpty()).isTrue();
        assertThat(workspace.messageProperty().get()).contains("simulation was reset");
    }

    private static List<Double> points(FxRobot robot, String chart, String series) {
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> found = robot.lookup(chart).queryAs(LineChart.class);
        return found.getData().stream().filter(s -> s.getName().equals(series)).flatMap(s -> s.getData().stream())
                .map(XYChart.Data::getYValue).map(Number::doubleValue).toList();
    }

    private void rightClick(FxRobot robot, String id) {
        var bounds = fixture.workspace.design().absoluteBounds(ElementId.of(id));
        robot.moveTo(fixture.canvas.screenPointOf(bounds.x() + bounds.width() / 2, bounds.y() + bounds.height() / 2))
                .clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs the element menu's item (popup clicks do not reach menus under the headless robot). */
    private static void fire(FxRobot robot, String itemId) {
        var menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu c && "element-menu".equals(c.getId()))
                .map(ContextMenu.class::cast).findFirst().orElseThrow();
        MenuItem item = menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            item.fire();
            menu.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
