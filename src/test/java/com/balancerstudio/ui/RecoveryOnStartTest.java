package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.ui.files.RecoveryStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A previous run crashed with unsaved changes: the window offers them at start, and keeps new ones while editing. */
@ExtendWith(ApplicationExtension.class)
class RecoveryOnStartTest {
    @TempDir
    Path temp;
    private WindowFixture<StandInCanvas> fixture;
    private RecoveryStore store;
    private Design crashed;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        var design = Fixtures.webTier();
        var group = Fixtures.get(design, "web-tg", TargetGroup.class);
        crashed = design.withReplaced(group.withName("crashed-tg")).withName("Crashed work");
        store = new RecoveryStore(temp.resolve("recovery"));
        store.keep(crashed, null);
        fixture = WindowFixture.withStandIn(stage, Design.empty("Untitled design"), store.folder());
        fixture.window.start(null);
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void recoverOpensTheCrashedWorkAsUnsavedChangesThatUndoCanTakeBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Unsaved work was found").tryQuery()).isPresent();
        robot.clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.workspace.design()).isEqualTo(crashed);
        assertThat(fixture.workspace.dirtyProperty().get()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Crashed work • — Balancer Studio");
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Recover unsaved changes");
    }

    @Test
    void discardDeletesTheRecoveryCopy(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.exists()).isFalse();
        assertThat(fixture.workspace.design().size()).isZero();
    }

    @Test
    void unsavedEditsAreKeptWithinSecondsAndTheCopyGoesAwayOnSave(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Discard");
        robot.interact(() -> fixture.workspace.open(Fixtures.webTier(), null));
        robot.interact(() -> fixture.workspace.select(java.util.Set.of(ElementId.of("web-tg"))));
        DesignerWindowTest.typeInto(robot, "#prop-port", "8081");

        WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, store::exists);
        assertThat(store.load().orElseThrow().design()).isEqualTo(fixture.workspace.design());

        fixture.nextFile = temp.resolve("saved.balancer.json");
        MenuDriver.choose(robot, "File", "Save");
        assertThat(store.exists()).isFalse();
    }
}
