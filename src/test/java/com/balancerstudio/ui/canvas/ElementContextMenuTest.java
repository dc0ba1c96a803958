package com.balancerstudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.Action;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Theme;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RuleRunner;
import com.balancerstudio.ui.Workspace;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Right-clicking an element offers the quick fixes of its findings; choosing one applies it as one edit. */
@ExtendWith(ApplicationExtension.class)
class ElementContextMenuTest {
    private Workspace workspace;
    private DesignerCanvas canvas;

    @Start
    void start(Stage stage) {
        com.balancerstudio.model.Design design;
        try {
            design = com.balancerstudio.io.DesignFile.read(java.nio.file.Path.of("sample-designs",
                    "two-az-alb-web-tier.balancer.json"));
        } catch (com.balancerstudio.io.DesignFileException e) {
            throw new IllegalStateException(e);
        }
        var http = Fixtures.get(design, "http", Listener.class);
        var serving = http.withDefaultAction(Action.Forward.to(ElementId.of("web-tg")));
        workspace = new Workspace(RuleRunner.core(), design.withReplaced(serving), null);
        canvas = new DesignerCanvas(workspace, new DiagramPainter(Theme.LIGHT));
        stage.setScene(new Scene(canvas, 1100, 750));
        stage.show();
    }

    /** The findings that are not notes: a correct design keeps its notes (here: the ALB is internet-facing). */
    private List<Finding> problems() {
        return workspace.findingsProperty().get().stream()
                .filter(f -> f.severity() != com.balancerstudio.rules.Severity.INFO).toList();
    }

    @Test
    void aListenersQuickFixIsOfferedOnItsLoadBalancerAndAppliesAsOneEdit(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var before = workspace.design();
        assertThat(problems()).extracting(Finding::ruleId).containsExactly("ELB-LSN-007");
        rightClick(robot, "web-alb");
        assertThat(workspace.selection()).containsExactly(ElementId.of("web-alb"));
        assertThat(robot.lookup(node -> node instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Fix ELB-LSN-007: Redirect")).tryQuery()).isPresent();
        choose(robot, 0);
        assertThat(problems()).isEmpty();
        assertThat(workspace.design().get(ElementId.of("http"), Listener.class).defaultAction())
                .isInstanceOf(Action.Redirect.class);
        robot.interact(workspace::undo);
        assertThat(workspace.design()).isEqualTo(before);
    }

    @Test
    void anElementWithoutFindingsOffersTheUsualCommands(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        rightClick(robot, "web-tg");
        assertThat(robot.lookup(node -> node instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Fix ")).tryQuery()).isEmpty();
        assertThat(robot.lookup("Duplicate").tryQuery()).isPresent();
        choose(robot, 1);
        assertThat(workspace.design().elementsOf(com.balancerstudio.model.TargetGroup.class)).hasSize(2);
    }

    /** Runs the menu entry at the index (popup clicks do not reach menus under the headless robot). */
    private void choose(FxRobot robot, int index) {
        var items = canvas.elementMenu().getItems();
        robot.interact(() -> {
            items.get(index).fire();
            canvas.elementMenu().hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void rightClick(FxRobot robot, String id) {
        var bounds = workspace.design().absoluteBounds(ElementId.of(id));
        robot.moveTo(canvas.screenPointOf(bounds.x() + bounds.width() / 2, bounds.y() + bounds.height() / 2))
                .clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
