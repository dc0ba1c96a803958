package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.testing.RuleRunner;
import com.balancerstudio.ui.files.RecentFiles;
import com.balancerstudio.ui.files.RecoveryStore;
import com.balancerstudio.ui.sim.SimulationController;
import com.balancerstudio.ui.welcome.Spotlight;
import com.balancerstudio.ui.welcome.WelcomeMemory;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
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

/**
 * The first start on the flagship sample greets with three things to try, once; Help › Getting Started brings the
 * welcome back; its buttons show the palette and the problems and play the simulation; a recovery offer or a file to
 * open comes first.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeWindowTest {
    @TempDir
    Path temp;
    private WindowFixture<StandInCanvas> fixture;
    private WelcomeMemory memory;
    private Stage secondStage;

    @Start
    void start(Stage stage) throws Exception {
        fixture = WindowFixture.withStandIn(stage, App.flagshipSample(), temp.resolve("recovery"));
        memory = new WelcomeMemory(fixture.preferences.node("welcome"));
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        robot.interact(() -> {
            fixture.window.simulation().controller().reset();
            if (secondStage != null) {
                secondStage.close();
            }
        });
        fixture.forgetPreferences();
    }

    @Test
    void theFirstStartGreetsWithThreeThingsToTryAndTheNextStartDoesNot(FxRobot robot) throws Exception {
        assertThat(welcome(fixture.window)).as("no welcome before the start").isNull();
        robot.interact(() -> fixture.window.start(null, memory));
        WaitForAsyncUtils.waitForFxEvents();

        var card = welcome(fixture.window);
        assertThat(card).isNotNull();
        assertThat(card.isVisible()).isTrue();
        assertThat(texts(card)).contains("Welcome to Balancer Studio", "Drag from the palette",
                "Look at the problems", "Press Play");
        assertThat(String.join(" ", texts(card))).contains("palette on the left", "Problems tab below the diagram",
                "▶ Play, at the left of the simulation bar");
        assertThat(memory.shown()).isTrue();

        robot.clickOn("#welcome-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(welcome(fixture.window)).as("closed").isNull();

        var again = secondWindow(robot);
        robot.interact(() -> again.start(null, new WelcomeMemory(fixture.preferences.node("welcome"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(welcome(again)).as("the second start, with the same preferences").isNull();
    }

    @Test
    void helpGettingStartedShowsTheWelcomeAgain(FxRobot robot) {
        memory.markShown();
        robot.interact(() -> fixture.window.start(null, memory));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(welcome(fixture.window)).isNull();

        MenuDriver.choose(robot, "Help", "Getting Started");
        assertThat(welcome(fixture.window)).isNotNull();
        assertThat(texts(welcome(fixture.window))).contains("Drag from the palette");
    }

    @Test
    void showMeLightsThePaletteAndItsNatGateway(FxRobot robot) {
        robot.interact(fixture.window::showWelcome);
        var palette = robot.lookup("#palette").query();
        assertThat(Spotlight.isLit(palette)).isFalse();
        var network = robot.lookup("#palette-group-NETWORK").queryAs(TitledPane.class);
        robot.interact(() -> network.setExpanded(false));

        robot.clickOn("#welcome-show-palette");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Spotlight.isLit(palette)).isTrue();
        assertThat(network.isExpanded()).as("the folded group holding the NAT gateway opens").isTrue();
        assertThat(Spotlight.isLit(robot.lookup("#palette-NAT_GATEWAY").query())).isTrue();
        assertThat(fixture.workspace.undoLabelProperty().get()).as("showing changes nothing").isEmpty();
    }

    @Test
    void showMeBringsTheProblemsForwardAndSelectsTheElementOfTheFirst(FxRobot robot) {
        robot.interact(fixture.window::showWelcome);
        var tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(fixture.workspace.selection()).isEmpty();

        // The taller metrics tab leaves the welcome short enough to scroll: its button is pressed from the keyboard.
        var showProblems = robot.lookup("#welcome-show-problems").queryAs(Button.class);
        robot.interact(showProblems::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-problems");
        assertThat(Spotlight.isLit(tabs)).isTrue();
        @SuppressWarnings("unchecked")
        var table = (TableView<Finding>) robot.lookup("#problems").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        ElementId first = table.getItems().get(0).primaryElement();
        assertThat(fixture.workspace.selection()).isEqualTo(Set.of(first));
        assertThat(fixture.canvas.revealed).containsExactly(first);
    }

    @Test
    void playStartsTheSamplesScenario(FxRobot robot) {
        robot.interact(fixture.window::showWelcome);
        var controller = fixture.window.simulation().controller();
        assertThat(controller.stateProperty().get()).isEqualTo(SimulationController.State.IDLE);

        robot.clickOn("#welcome-play");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.stateProperty().get()).isEqualTo(SimulationController.State.PLAYING);
        assertThat(robot.lookup("#welcome-play").queryAs(Button.class).isDisabled()).as("already playing").isTrue();
        assertThat(robot.lookup("#sim-pause").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void playIsOffForADesignWithoutAScenario(FxRobot robot) {
        robot.interact(() -> {
            fixture.workspace.open(Design.empty("Untitled design"), null);
            fixture.window.showWelcome();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome-play").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aRecoveryOfferAtStartIsAnsweredWithoutTheWelcomeWhichWaitsForALaterStart(FxRobot robot) throws Exception {
        var store = new RecoveryStore(temp.resolve("recovery"));
        store.keep(App.flagshipSample().withName("Crashed work"), null);
        robot.interact(() -> fixture.window.start(null, memory));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("Unsaved work was found").tryQuery()).isPresent();
        assertThat(welcome(fixture.window)).isNull();
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(welcome(fixture.window)).isNull();
        assertThat(memory.shown()).as("kept for the next start").isFalse();
    }

    @Test
    void aStartOnANamedFileDoesNotGreet(FxRobot robot) throws Exception {
        var file = temp.resolve("mine.balancer.json");
        com.balancerstudio.io.DesignFile.write(App.flagshipSample().withName("Mine"), file);
        robot.interact(() -> fixture.window.start(file, memory));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.workspace.design().name()).isEqualTo("Mine");
        assertThat(welcome(fixture.window)).isNull();
        assertThat(memory.shown()).isFalse();
    }

    private DesignerWindow secondWindow(FxRobot robot) throws Exception {
        var design = App.flagshipSample();
        var holder = new DesignerWindow[1];
        robot.interact(() -> {
            secondStage = new Stage();
            var workspace = new Workspace(RuleRunner.core(), design, null);
            var canvas = new StandInCanvas(workspace);
            holder[0] = new DesignerWindow(secondStage, workspace, canvas, canvas,
                    new RecentFiles(fixture.preferences, 5), new RecoveryStore(temp.resolve("recovery-2")));
            holder[0].install(1200, 760);
            secondStage.show();
        });
        return holder[0];
    }

    private static Node welcome(DesignerWindow window) {
        return window.root().lookup("#welcome");
    }

    private static java.util.List<String> texts(Node card) {
        return card.lookupAll(".label").stream().filter(Labeled.class::isInstance)
                .map(node -> ((Labeled) node).getText()).toList();
    }
}
