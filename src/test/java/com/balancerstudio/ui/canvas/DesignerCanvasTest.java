package com.balancerstudio.ui.canvas;

import static com.balancerstudio.testing.DesignBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Template;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Theme;
import com.balancerstudio.testing.RuleRunner;
import com.balancerstudio.ui.Workspace;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real canvas in a window with the pointer and the keyboard, as a person would. */
@ExtendWith(ApplicationExtension.class)
class DesignerCanvasTest {
    private Workspace workspace;
    private DesignerCanvas canvas;
    private Design original;

    @Start
    void start(Stage stage) {
        original = CanvasDesigns.twoSubnets();
        workspace = new Workspace(RuleRunner.core(), original, null);
        canvas = new DesignerCanvas(workspace, new DiagramPainter(Theme.LIGHT));
        stage.setScene(new Scene(new BorderPane(canvas), 1000, 800));
        stage.show();
    }

    /** The screen point of a design point. */
    private Point2D at(double x, double y) {
        WaitForAsyncUtils.waitForFxEvents();
        return canvas.drawing().localToScreen(canvas.toScreen(x, y));
    }

    /** The screen point at the centre of an element. */
    private Point2D centreOf(String element) {
        var b = workspace.design().absoluteBounds(id(element));
        return at(b.x() + b.width() / 2, b.y() + b.height() / 2);
    }

    private void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickSelectsAndShiftClickAdds(FxRobot robot) {
        robot.clickOn(centreOf("web-a"));
        assertThat(workspace.selection()).containsExactly(id("web-a"));

        robot.press(KeyCode.SHIFT).clickOn(centreOf("web-b")).release(KeyCode.SHIFT);
        assertThat(workspace.selection()).containsExactlyInAnyOrder(id("web-a"), id("web-b"));

        robot.clickOn(centreOf("subnet-a"));
        assertThat(workspace.selection()).containsExactly(id("subnet-a"));
    }

    @Test
    void marqueeOnEmptySpaceSelectsWhatItEncloses(FxRobot robot) {
        drag(robot, at(5, 5), at(320, 640));
        assertThat(workspace.selection()).containsExactlyInAnyOrder(id("web-a"), id("alb"), id("tg"));
    }

    @Test
    void draggingMovesOnTheGridAndUndoRestoresExactlyTheDesignBefore(FxRobot robot) {
        drag(robot, centreOf("web-a"), at(152 + 101, 222 + 29));
        var moved = workspace.design().get(id("web-a"));
        assertThat(moved.parent()).isEqualTo(id("subnet-a"));
        assertThat(moved.bounds()).isEqualTo(new Rect(140, 80, 64, 64));
        assertThat(workspace.undoLabelProperty().get()).isEqualTo("Move 'web-a'");

        robot.interact(workspace::undo);
        assertThat(workspace.design()).isEqualTo(original);
    }

    @Test
    void draggingIntoAnotherSubnetReparentsIt(FxRobot robot) {
        drag(robot, centreOf("web-a"), at(720, 250));
        var moved = workspace.design().get(id("web-a"));
        assertThat(moved.parent()).isEqualTo(id("subnet-b"));
        assertThat(workspace.design().absoluteBounds(id("web-a")).x()).isEqualTo(690);
    }

    @Test
    void aDropWhereTheKindMayNotLiveChangesNothingAndSaysWhy(FxRobot robot) {
        drag(robot, centreOf("web-a"), at(600, 620));
        assertThat(workspace.design()).isEqualTo(original);
        assertThat(workspace.undoLabelProperty().get()).isEmpty();
        assertThat(workspace.messageProperty().get()).isEqualTo("An EC2 instance must be placed inside a Subnet");
    }

    @Test
    void deleteRemovesTheElementAndItsLinksThenUndoBringsThemBack(FxRobot robot) {
        robot.clickOn(centreOf("web-a")).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.design().contains(id("web-a"))).isFalse();
        assertThat(workspace.design().get(id("tg"), TargetGroup.class).targets()).isEmpty();

        robot.interact(workspace::undo);
        assertThat(workspace.design()).isEqualTo(original);
    }

    @Test
    void doubleClickRenamesInPlaceAndEscapeCancels(FxRobot robot) {
        robot.doubleClickOn(centreOf("web-b"));
        TextField field = robot.lookup("#rename-field").queryAs(TextField.class);
        assertThat(field.isVisible()).isTrue();
        assertThat(field.getText()).isEqualTo("web-b");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.isVisible()).isFalse();
        assertThat(workspace.design()).isEqualTo(original);

        robot.clickOn(centreOf("web-a")).type(KeyCode.F2);
        robot.interact(() -> field.setText("frontend"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.design().get(id("web-a")).name()).isEqualTo("frontend");
        assertThat(workspace.undoLabelProperty().get()).isEqualTo("Rename 'web-a' to 'frontend'");
    }

    @Test
    void connectingTheLoadBalancerToTheTargetGroupCreatesTheForward(FxRobot robot) {
        robot.clickOn(centreOf("alb"));
        var alb = workspace.design().absoluteBounds(id("alb"));
        var handle = ResizeHandles.connector(alb, canvas.viewport().zoom());
        drag(robot, at(handle.x() + handle.width() / 2, handle.y() + handle.height() / 2), centreOf("tg"));

        var design = workspace.design();
        var listeners = design.topology().listenersOf(design.get(id("alb"), LoadBalancer.class));
        assertThat(listeners).extracting(Listener::protocol, Listener::port).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Protocol.HTTP, 80));
        assertThat(design.topology().targetGroupsOf(design.get(id("alb"), LoadBalancer.class)))
                .extracting(TargetGroup::name).containsExactly("tg");
    }

    @Test
    void aRefusedConnectionSaysWhyAndChangesNothing(FxRobot robot) {
        robot.clickOn(centreOf("alb"));
        var alb = workspace.design().absoluteBounds(id("alb"));
        var handle = ResizeHandles.connector(alb, canvas.viewport().zoom());
        drag(robot, at(handle.x() + handle.width() / 2, handle.y() + handle.height() / 2), centreOf("web-b"));
        assertThat(workspace.design()).isEqualTo(original);
        assertThat(workspace.messageProperty().get()).contains("through a target group");
    }

    @Test
    void zoomActionsChangeTheZoomWithinItsBounds(FxRobot robot) {
        double fitted = canvas.zoomProperty().get();
        robot.interact(canvas::zoomIn);
        assertThat(canvas.zoomProperty().get()).isEqualTo(fitted * 1.25, org.assertj.core.data.Offset.offset(1e-9));
        robot.interact(canvas::zoomOut);
        robot.interact(canvas::zoomOut);
        assertThat(canvas.zoomProperty().get()).isLessThan(fitted);
        robot.interact(() -> canvas.zoomTo(10));
        assertThat(canvas.zoomProperty().get()).isEqualTo(4);
        robot.interact(canvas::zoomToFit);
        assertThat(canvas.zoomProperty().get()).isEqualTo(fitted);
    }

    @Test
    void aPaletteDropOnASubnetCreatesAnInstanceThere(FxRobot robot) {
        var point = canvas.toScreen(760, 250);
        robot.interact(() -> assertThat(canvas.dropTemplate(Template.INSTANCE, point.getX(), point.getY())).isTrue());
        var added = workspace.design().elementsOf(Instance.class).stream()
                .filter(i -> !Set.of("web-a", "web-b").contains(i.id().value())).toList();
        assertThat(added).hasSize(1);
        assertThat(added.get(0).parent()).isEqualTo(id("subnet-b"));
        assertThat(workspace.selection()).containsExactly(added.get(0).id());

        var vpcPoint = canvas.toScreen(600, 620);
        robot.interact(() -> assertThat(canvas.dropTemplate(Template.INSTANCE, vpcPoint.getX(), vpcPoint.getY())).isFalse());
        assertThat(workspace.messageProperty().get()).isEqualTo("An EC2 instance must be placed inside a Subnet");
    }

    @Test
    void escapeCancelsAMoveUnderWay(FxRobot robot) {
        robot.drag(centreOf("web-a"), MouseButton.PRIMARY).moveTo(at(720, 250));
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.design()).isEqualTo(original);
        assertThat(workspace.undoLabelProperty().get()).isEmpty();
    }

    @Test
    void theCanvasIsRepaintedOnlyWhenSomethingChanged(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int settled = canvas.paintCount();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.paintCount()).isEqualTo(settled);
        robot.interact(() -> workspace.select(Set.of(id("web-b"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.paintCount()).isEqualTo(settled + 1);
    }

    @Test
    void arrowKeysNudgeAndCopyPasteMakesAFreshCopy(FxRobot robot) {
        robot.clickOn(centreOf("web-b")).type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.design().get(id("web-b")).bounds()).isEqualTo(new Rect(41, 60, 64, 64));

        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.design().children(id("subnet-b"))).hasSize(2);
        assertThat(workspace.selection()).doesNotContain(id("web-b")).hasSize(1);
    }
}
