package com.balancerstudio.ui.canvas;

import static com.balancerstudio.testing.DesignBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Template;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Theme;
import com.balancerstudio.testing.RuleRunner;
import com.balancerstudio.ui.PaletteDrag;
import com.balancerstudio.ui.Workspace;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drags a palette-style item onto the canvas with real drag and drop. */
@ExtendWith(ApplicationExtension.class)
class PaletteDropTest {
    private Workspace workspace;
    private DesignerCanvas canvas;

    @Start
    void start(Stage stage) {
        workspace = new Workspace(RuleRunner.core(), CanvasDesigns.twoSubnets(), null);
        canvas = new DesignerCanvas(workspace, new DiagramPainter(Theme.LIGHT));
        var item = new Label("EC2 instance");
        item.setId("palette-item");
        item.setOnDragDetected(e -> {
            var board = item.startDragAndDrop(TransferMode.COPY);
            board.setContent(Map.of(PaletteDrag.TEMPLATE, Template.INSTANCE.name()));
            e.consume();
        });
        var root = new BorderPane(canvas);
        root.setLeft(item);
        stage.setScene(new Scene(root, 1100, 800));
        stage.show();
    }

    @Test
    void droppingAnInstanceOnASubnetAddsItThere(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var target = canvas.drawing().localToScreen(canvas.toScreen(760, 250));
        robot.drag("#palette-item", MouseButton.PRIMARY).moveBy(20, 0).moveTo(target).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var added = workspace.design().elementsOf(Instance.class).stream()
                .filter(i -> !i.id().equals(id("web-a")) && !i.id().equals(id("web-b"))).toList();
        assertThat(added).hasSize(1);
        assertThat(added.get(0).parent()).isEqualTo(id("subnet-b"));
    }

    @Test
    void droppingAnInstanceOutsideEverySubnetIsRefusedWithTheReason(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var before = workspace.design();
        var target = canvas.drawing().localToScreen(canvas.toScreen(600, 620));
        robot.drag("#palette-item", MouseButton.PRIMARY).moveBy(20, 0).moveTo(target).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.design()).isEqualTo(before);
        assertThat(workspace.messageProperty().get()).isEqualTo("An EC2 instance must be placed inside a Subnet");
    }
}
