package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Theme;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.ui.canvas.DesignerCanvas;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window as a person uses it, with the real canvas and palette: drag a NAT gateway from the palette into a
 * public subnet, see the rules object that it has no Elastic IP, undo, redo, save, and reopen the same design.
 */
@ExtendWith(ApplicationExtension.class)
class NewcomerPathTest {
    @TempDir
    Path temp;
    private WindowFixture<DesignerCanvas> fixture;

    @Start
    void start(Stage stage) {
        fixture = new WindowFixture<>(stage, Fixtures.webTier(), temp.resolve("recovery"),
                workspace -> new DesignerCanvas(workspace, new DiagramPainter(Theme.LIGHT)), 1200, 760);
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void dragFromThePaletteSeeTheFindingUndoRedoSaveAndReopen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var workspace = fixture.workspace;
        var canvas = fixture.canvas;
        var original = workspace.design();
        var subnet = original.absoluteBounds(ElementId.of("public-b"));
        var target = canvas.screenPointOf(subnet.x() + subnet.width() - 50, subnet.y() + subnet.height() / 2 + 10);

        robot.drag("#palette-NAT_GATEWAY", MouseButton.PRIMARY).moveBy(30, 0).moveTo(target)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        var added = workspace.design().elementsOf(NatGateway.class).stream()
                .filter(nat -> original.get(nat.id()) == null).toList();
        assertThat(added).as(workspace.messageProperty().get()).hasSize(1);
        assertThat(added.get(0).parent()).isEqualTo(ElementId.of("public-b"));
        assertThat(problems(workspace)).extracting(Finding::ruleId).containsExactly("NET-NAT-002");
        assertThat(workspace.undoLabelProperty().get()).isNotEmpty();

        robot.clickOn(canvas).push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.design()).isEqualTo(original);
        assertThat(problems(workspace)).isEmpty();

        var redoLabel = workspace.redoLabelProperty().get();
        assertThat(redoLabel).startsWith("Add");
        MenuDriver.choose(robot, "Edit", "Redo " + redoLabel);
        var edited = workspace.design();
        assertThat(edited.elementsOf(NatGateway.class)).hasSize(3);

        fixture.nextFile = temp.resolve("mine" + DesignFile.EXTENSION);
        MenuDriver.choose(robot, "File", "Save");
        assertThat(DesignFile.read(fixture.nextFile)).isEqualTo(edited);
        assertThat(workspace.dirtyProperty().get()).isFalse();

        robot.interact(() -> workspace.open(Fixtures.webTier(), null));
        MenuDriver.choose(robot, "File", "Open…");
        assertThat(workspace.design()).isEqualTo(edited);
        assertThat(problems(workspace)).extracting(Finding::ruleId).containsExactly("NET-NAT-002");

        fixture.nextFile = temp.resolve("mine.svg");
        MenuDriver.choose(robot, "File", "Export SVG…");
        robot.clickOn("Export…");
        WaitForAsyncUtils.waitForFxEvents();
        var svg = java.nio.file.Files.readString(fixture.nextFile);
        assertThat(svg).startsWith("<?xml").contains("<svg", "web-alb", added.get(0).name());
    }

    /** The findings that are not notes: the reference tier keeps its notes (it is public, and TLS ends at the ALB). */
    private static java.util.List<Finding> problems(com.balancerstudio.ui.Workspace workspace) {
        return workspace.findingsProperty().get().stream()
                .filter(f -> f.severity() != com.balancerstudio.rules.Severity.INFO).toList();
    }
}
