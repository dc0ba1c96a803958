package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Theme;
import com.balancerstudio.ui.canvas.DesignerCanvas;
import com.balancerstudio.ui.sim.SimulationController;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The flagship sample's own scenario plays in the window: zone a is lost at 150 s and the canvas shows it. */
@ExtendWith(ApplicationExtension.class)
class SampleScenarioWindowTest {
    @TempDir
    Path temp;
    private WindowFixture<DesignerCanvas> fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new WindowFixture<>(stage, DesignFile.read(Path.of("sample-designs",
                "two-az-alb-web-tier.balancer.json")), temp.resolve("recovery"),
                workspace -> new DesignerCanvas(workspace, new DiagramPainter(Theme.LIGHT)), 1200, 760);
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void theSamplesScenarioLosesZoneAAndResetClearsTheCanvas(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var controller = fixture.window.simulation().controller();
        assertThat(controller.scenarioProperty().get().name()).isEqualTo(
                fixture.workspace.design().scenarios().get(0).name());
        robot.clickOn(fixture.canvas).type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.stateProperty().get()).isEqualTo(SimulationController.State.PAUSED);
        assertThat(fixture.canvas.traffic().lostZones()).isEmpty();
        robot.interact(() -> {
            for (int i = 0; i < 151; i++) {
                controller.step();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.canvas.traffic().lostZones()).containsExactly(ElementId.of("us-east-1a"));
        assertThat(fixture.canvas.traffic().targets().get(ElementId.of("web-a1")).running()).isFalse();

        robot.press(KeyCode.SHORTCUT).type(KeyCode.CLOSE_BRACKET).type(KeyCode.CLOSE_BRACKET).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.speedProperty().get()).as("two steps faster than 1x").isEqualTo(5.0);

        robot.clickOn("#sim-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.stateProperty().get()).isEqualTo(SimulationController.State.IDLE);
        assertThat(fixture.canvas.traffic().isEmpty()).isTrue();
        assertThat(fixture.workspace.undoLabelProperty().get()).isEmpty();
    }
}
