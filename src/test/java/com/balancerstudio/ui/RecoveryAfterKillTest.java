package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Design;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.ui.files.RecoveryStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A process with the window's workspace and autosave makes an edit and is killed (SIGKILL) before saving it: the
 * next start offers the unsaved work, and Recover brings back the edit on top of the file it belonged to.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryAfterKillTest {
    @TempDir
    static Path temp;
    private static Path origin;
    private static Path recoveryFolder;
    private static Design opened;
    private WindowFixture<StandInCanvas> fixture;

    @BeforeAll
    static void editThenGetKilled() throws Exception {
        opened = Fixtures.webTier();
        origin = temp.resolve("web-tier.balancer.json");
        recoveryFolder = temp.resolve("recovery");
        DesignFile.write(opened, origin);

        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (var property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), UnsavedEditProcess.class.getName(),
                origin.toString(), recoveryFolder.toString()));
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("the process kept its unsaved edit").isEqualTo("kept");
            process.destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the process ends when killed").isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.withStandIn(stage, Design.empty("Untitled design"), recoveryFolder);
        fixture.window.start(null);
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void theNextStartOffersTheUnsavedEditAndRecoverBringsItBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Unsaved work was found").tryQuery()).isPresent();
        robot.clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();

        var edited = UnsavedEditProcess.edit(opened).apply(opened);
        assertThat(fixture.workspace.design()).isEqualTo(edited).isNotEqualTo(opened);
        assertThat(fixture.workspace.fileProperty().get()).isEqualTo(origin.toAbsolutePath());
        assertThat(fixture.workspace.dirtyProperty().get()).isTrue();
        assertThat(DesignFile.read(origin)).as("the file itself was never touched").isEqualTo(opened);
        assertThat(new RecoveryStore(recoveryFolder).exists()).as("the copy stays until the design is saved").isTrue();
    }
}
