package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Design;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.ui.files.RecoveryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
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
 * A recovery copy cut off half way (a full disk, a copy from before saves were atomic) is not offered as if it were
 * work: the start says it cannot be recovered and why, keeps it aside for a person to look at, and never asks again.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedRecoveryCopyTest {
    @TempDir
    Path temp;
    private WindowFixture<StandInCanvas> fixture;
    private Path recoveryFolder;

    @Start
    void start(Stage stage) throws Exception {
        recoveryFolder = temp.resolve("recovery");
        var whole = DesignFile.toJson(Fixtures.webTier());
        Files.createDirectories(recoveryFolder);
        Files.writeString(recoveryFolder.resolve("unsaved" + DesignFile.EXTENSION), whole.substring(0, whole.length() / 2),
                StandardCharsets.UTF_8);
        fixture = WindowFixture.withStandIn(stage, Design.empty("Untitled design"), recoveryFolder);
        fixture.window.start(null);
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void aHalfWrittenCopyIsExplainedSetAsideAndNotOfferedAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Unsaved work was found").tryQuery()).isEmpty();
        assertThat(robot.lookup("The unsaved design cannot be recovered").tryQuery()).isPresent();
        DialogPane pane = robot.lookup(".dialog-pane").query();
        var aside = setAside();
        assertThat(pane.getContentText()).contains("unsaved" + DesignFile.EXTENSION).contains("Unexpected end-of-input")
                .contains("The damaged copy was kept as " + aside + " and will not be offered again.");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(new RecoveryStore(recoveryFolder).exists()).isFalse();
        robot.interact(() -> fixture.window.start(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(fixture.workspace.design().name()).isEqualTo("Untitled design");
    }

    private Path setAside() throws Exception {
        try (Stream<Path> files = Files.list(recoveryFolder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("unreadable-")).findFirst().orElseThrow();
        }
    }
}
