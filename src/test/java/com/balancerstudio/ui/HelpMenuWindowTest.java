package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.ui.sim.SimulationController;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
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

/** Help: F1 lists the shortcuts, including the keys no menu shows, and those keys work; About says what a user asks. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuWindowTest {
    @TempDir
    Path temp;
    private WindowFixture<StandInCanvas> fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = WindowFixture.withStandIn(stage, App.flagshipSample(), temp.resolve("recovery"));
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.window.simulation().controller().reset());
        fixture.forgetPreferences();
    }

    @Test
    void f1ListsTheShortcutsOfTheMenusTheCanvasAndTheSimulation(FxRobot robot) {
        robot.clickOn(fixture.canvas).type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        var menus = texts(robot.lookup("#shortcuts-menus").query());
        assertThat(menus).contains("File", "Ctrl+S", "Save", "Save As", "Edit", "Ctrl+Z", "Undo", "View", "F5",
                "Presentation mode", "Help", "F1", "Keyboard Shortcuts");
        var others = texts(robot.lookup("#shortcuts-others").query());
        assertThat(others).contains("Canvas", "Ctrl+Y", "Redo", "Simulation", "F8", "Play or pause", "F9",
                "Shift+F8", "Reset", "Ctrl+]", "Faster", "Ctrl+[", "Slower");
        robot.clickOn("Close");
    }

    @Test
    void theSimulationKeysListedDoWhatTheListSays(FxRobot robot) {
        var controller = fixture.window.simulation().controller();
        robot.clickOn(fixture.canvas).type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.stateProperty().get()).isEqualTo(SimulationController.State.PLAYING);
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.stateProperty().get()).isEqualTo(SimulationController.State.PAUSED);
        robot.press(KeyCode.SHORTCUT).type(KeyCode.OPEN_BRACKET).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.speedProperty().get()).as("one step slower than 1x").isEqualTo(0.5);
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.stateProperty().get()).isEqualTo(SimulationController.State.IDLE);
    }

    @Test
    void ctrlYRedoesWhatWasUndone(FxRobot robot) {
        var workspace = fixture.workspace;
        var original = workspace.design();
        robot.interact(() -> workspace.apply(Edits.delete(original, Set.of(ElementId.of("web-b2")))));
        var edited = workspace.design();
        robot.interact(workspace::undo);
        assertThat(workspace.design()).isEqualTo(original);

        robot.clickOn(fixture.canvas).press(KeyCode.SHORTCUT).type(KeyCode.Y).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.design()).isEqualTo(edited);
    }

    @Test
    void aboutGivesTheVersionTheLibrariesWithTheirLicencesAndWhereTheUsersDataIs(FxRobot robot) {
        MenuDriver.choose(robot, "Help", "About Balancer Studio");

        assertThat(robot.lookup(node -> node instanceof Labeled label && label.getText() != null
                && label.getText().matches("Balancer Studio \\d+\\.\\d+\\.\\d+.*")).tryQuery()).isPresent();
        var libraries = texts(robot.lookup("#about-libraries").query());
        assertThat(libraries).contains("OpenJFX (JavaFX)", "GPL 2.0 with the Classpath Exception", "AtlantaFX", "MIT",
                "ControlsFX", "BSD 3-Clause", "Jackson", "Apache 2.0", "picocli").doesNotContain("unknown");
        var data = robot.lookup("#about-user-data").query();
        var paths = data.lookupAll(".text-field").stream().map(node -> ((TextField) node).getText()).toList();
        assertThat(paths).contains(temp.resolve("recovery").toString());
        assertThat(paths).anySatisfy(path -> assertThat(path).contains("balancerstudio"));
        robot.clickOn("Close");
    }

    private static java.util.List<String> texts(Node root) {
        return root.lookupAll(".label").stream().filter(Labeled.class::isInstance)
                .map(node -> ((Labeled) node).getText()).toList();
    }
}
