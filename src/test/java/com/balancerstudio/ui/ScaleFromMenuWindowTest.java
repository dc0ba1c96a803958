package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Theme;
import com.balancerstudio.ui.canvas.DesignerCanvas;
import java.nio.file.Path;
import javafx.scene.control.ContextMenu;
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
 * While simulating the Auto Scaling sample, its group's right-click menu scales it out: the desired capacity rises
 * by one and the group's note on the canvas says so, while the design keeps its own desired capacity.
 */
@ExtendWith(ApplicationExtension.class)
class ScaleFromMenuWindowTest {
    @TempDir
    Path temp;
    private WindowFixture<DesignerCanvas> fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new WindowFixture<>(stage, DesignFile.read(Path.of("sample-designs",
                "auto-scaled-sticky-sessions.balancer.json")), temp.resolve("recovery"),
                workspace -> new DesignerCanvas(workspace, new DiagramPainter(Theme.LIGHT)), 1200, 760);
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void scaleOutFromTheGroupsMenu(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var controller = fixture.window.simulation().controller();
        var original = fixture.workspace.design();
        robot.clickOn("#sim-step");
        WaitForAsyncUtils.waitForFxEvents();
        int before = desired(controller);
        assertThat(fixture.canvas.traffic().notes().get(ElementId.of("web-asg"))).startsWith("desired " + before);

        robot.interact(() -> fixture.canvas.reveal(ElementId.of("web-asg")));
        WaitForAsyncUtils.waitForFxEvents();
        var bounds = original.absoluteBounds(ElementId.of("web-asg"));
        robot.moveTo(fixture.canvas.screenPointOf(bounds.x() + bounds.width() / 2, bounds.y() + bounds.height() / 2))
                .clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        var menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu c && "element-menu".equals(c.getId()))
                .map(ContextMenu.class::cast).findFirst().orElseThrow();
        assertThat(fixture.workspace.selection()).containsExactly(ElementId.of("web-asg"));
        var item = menu.getItems().stream().filter(i -> "sim-scale-out".equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError(menu.getItems().stream().map(i -> i.getText()).toList()));
        robot.interact(() -> {
            item.fire();
            menu.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desired(controller)).isEqualTo(before + 1);
        assertThat(fixture.canvas.traffic().notes().get(ElementId.of("web-asg"))).startsWith("desired " + (before + 1));
        assertThat(fixture.workspace.design()).isSameAs(original);
        assertThat(fixture.workspace.undoLabelProperty().get()).isEmpty();
    }

    private static int desired(com.balancerstudio.ui.sim.SimulationController controller) {
        return controller.snapshot().scalingGroups().stream().filter(g -> g.autoScalingGroupId().equals("web-asg"))
                .findFirst().orElseThrow().desired();
    }
}
