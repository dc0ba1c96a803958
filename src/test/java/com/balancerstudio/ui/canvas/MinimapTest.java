package com.balancerstudio.ui.canvas;

import static com.balancerstudio.testing.DesignBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Point;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Theme;
import com.balancerstudio.testing.RuleRunner;
import com.balancerstudio.ui.Workspace;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overview in the canvas corner: shown when the design does not fit, pans the canvas when clicked or dragged. */
@ExtendWith(ApplicationExtension.class)
class MinimapTest {
    private Workspace workspace;
    private DesignerCanvas canvas;

    @Start
    void start(Stage stage) {
        workspace = new Workspace(RuleRunner.core(), CanvasDesigns.twoSubnets(), null);
        canvas = new DesignerCanvas(workspace, new DiagramPainter(Theme.LIGHT));
        stage.setScene(new Scene(new BorderPane(canvas), 1000, 800));
        stage.show();
    }

    private Minimap minimap() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        return canvas.minimap();
    }

    private void zoomIn(FxRobot robot) {
        robot.interact(() -> canvas.zoomTo(2.5));
        assertThat(minimap().isVisible()).as("minimap on a zoomed-in design").isTrue();
    }

    /** The design point at the centre of the canvas's view. */
    private Point viewCentre() {
        WaitForAsyncUtils.waitForFxEvents();
        return canvas.designPoint(canvas.drawing().getWidth() / 2, canvas.drawing().getHeight() / 2);
    }

    private Point2D onMinimap(double x, double y) {
        return minimap().localToScreen(x, y);
    }

    @Test
    void hiddenWhileTheWholeDesignIsInView() {
        assertThat(minimap().isVisible()).isFalse();
    }

    @Test
    void clickingTheBottomRightCornerCentresTheViewOnTheDesignsBottomRight(FxRobot robot) {
        zoomIn(robot);
        double offsetX = canvas.viewport().offsetX();
        double offsetY = canvas.viewport().offsetY();

        robot.clickOn(onMinimap(Minimap.WIDTH - 3, Minimap.HEIGHT - 3));

        var content = DiagramPainter.contentBounds(workspace.design());
        var centre = viewCentre();
        assertThat(centre.x()).isCloseTo(content.maxX(), within(1.0));
        assertThat(centre.y()).isCloseTo(content.maxY(), within(1.0));
        assertThat(canvas.viewport().offsetX()).isLessThan(offsetX);
        assertThat(canvas.viewport().offsetY()).isLessThan(offsetY);
        assertThat(minimap().isVisible()).isTrue();
    }

    @Test
    void draggingInTheMinimapFollowsThePointer(FxRobot robot) {
        zoomIn(robot);
        robot.drag(onMinimap(3, 3), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var content = DiagramPainter.contentBounds(workspace.design());
        assertThat(viewCentre().x()).isCloseTo(content.x(), within(1.0));
        assertThat(viewCentre().y()).isCloseTo(content.y(), within(1.0));

        robot.moveTo(onMinimap(Minimap.WIDTH / 2, Minimap.HEIGHT / 2)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewCentre().x()).isCloseTo(content.x() + content.width() / 2, within(2.0));
        assertThat(viewCentre().y()).isCloseTo(content.y() + content.height() / 2, within(2.0));
    }

    @Test
    void zoomToFitHidesIt(FxRobot robot) {
        zoomIn(robot);
        robot.interact(canvas::zoomToFit);
        assertThat(minimap().isVisible()).isFalse();
    }

    @Test
    void redrawsTheDesignForEditsOnlyAndMovesTheOutlineForPans(FxRobot robot) {
        zoomIn(robot);
        int paints = minimap().paintCount();
        int frames = minimap().framePaintCount();

        robot.interact(() -> workspace.select(Set.of(id("web-a"))));
        assertThat(minimap().paintCount()).as("selection is not shown in the minimap").isEqualTo(paints);

        robot.interact(() -> workspace.apply(Edits.rename(workspace.design(), id("web-a"), "web-renamed")));
        assertThat(minimap().paintCount()).isEqualTo(paints + 1);

        robot.interact(() -> canvas.viewport().panBy(-40, 0));
        assertThat(minimap().paintCount()).as("a pan does not redraw the design").isEqualTo(paints + 1);
        assertThat(minimap().framePaintCount()).as("but moves the outline").isGreaterThan(frames);
    }
}
