package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the File menu of the designer window: save and reopen, the unsaved-changes prompt, failed saves. */
@ExtendWith(ApplicationExtension.class)
class DesignerFilesTest {
    @TempDir
    Path temp;
    private WindowFixture<StandInCanvas> fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = WindowFixture.withStandIn(stage, Fixtures.webTier(), temp.resolve("recovery"));
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    private void changeSomething(FxRobot robot) {
        robot.interact(() -> fixture.workspace.select(Set.of(ElementId.of("web-tg"))));
        DesignerWindowTest.typeInto(robot, "#prop-port", "8080");
        assertThat(fixture.workspace.dirtyProperty().get()).isTrue();
    }

    @Test
    void savedDesignReopensAsTheSameDesignAndJoinsTheRecentFiles(FxRobot robot) throws Exception {
        changeSomething(robot);
        var file = temp.resolve("web.balancer.json");
        fixture.nextFile = file;

        MenuDriver.choose(robot, "File", "Save");

        assertThat(file).exists();
        assertThat(stage.getTitle()).isEqualTo("Web tier — web.balancer.json — Balancer Studio");
        var saved = fixture.workspace.design();
        assertThat(fixture.window.files().recent().list()).containsExactly(file.toAbsolutePath().normalize());

        robot.interact(() -> fixture.workspace.open(Fixtures.webTier(), null));
        MenuDriver.choose(robot, "File", "Open…");
        assertThat(fixture.workspace.design()).isEqualTo(saved);
        assertThat(fixture.workspace.design().get(ElementId.of("web-tg"), TargetGroup.class).port()).isEqualTo(8080);
        assertThat(fixture.workspace.dirtyProperty().get()).isFalse();
    }

    @Test
    void newAsksAboutUnsavedChangesAndCancelKeepsTheDesign(FxRobot robot) {
        changeSomething(robot);
        var changed = fixture.workspace.design();

        MenuDriver.choose(robot, "File", "New");
        assertThat(robot.lookup("Save the changes to \"Web tier\"?").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace.design()).isEqualTo(changed);

        MenuDriver.choose(robot, "File", "New");
        robot.clickOn("Don't save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace.design().size()).isZero();
        assertThat(stage.getTitle()).isEqualTo("Untitled design — Balancer Studio");
    }

    @Test
    void quitAsksAboutUnsavedChangesAndCancelKeepsTheWindowOpen(FxRobot robot) {
        changeSomething(robot);
        MenuDriver.choose(robot, "File", "Quit");
        assertThat(robot.lookup("Save the changes to \"Web tier\"?").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(fixture.workspace.dirtyProperty().get()).isTrue();
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheDesignOpenAndUnsaved(FxRobot robot) {
        changeSomething(robot);
        fixture.nextFile = temp.resolve("no-such-folder").resolve("web.balancer.json");

        MenuDriver.choose(robot, "File", "Save");

        assertThat(robot.lookup("The design was not saved").tryQuery()).isPresent();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace.dirtyProperty().get()).isTrue();
        assertThat(fixture.workspace.fileProperty().get()).isNull();
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndTheOpenDesignStays(FxRobot robot) throws Exception {
        var broken = temp.resolve("broken.balancer.json");
        Files.writeString(broken, "{ \"formatVersion\": 1, \"name\": ");
        fixture.nextFile = broken;
        var before = fixture.workspace.design();

        MenuDriver.choose(robot, "File", "Open…");

        assertThat(robot.lookup("This design cannot be opened").tryQuery()).isPresent();
        robot.clickOn("OK");
        assertThat(fixture.workspace.design()).isEqualTo(before);
    }

    @Test
    void newFromTemplateListsEverySampleByItsName(FxRobot robot) throws Exception {
        var bar = robot.lookup("#menus").queryAs(javafx.scene.control.MenuBar.class);
        var templates = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-new-from-template".equals(i.getId())).findFirst().orElseThrow();
        assertThat(templates.getItems()).hasSize(com.balancerstudio.ui.files.BundledSamples.FILES.size());
        var flagship = DesignFile.read(Path.of("sample-designs/two-az-alb-web-tier.balancer.json")).name();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> flagship.equals(templates.getItems().get(0).getText()));

        robot.interact(() -> templates.getItems().get(1).fire());
        assertThat(fixture.workspace.design().name()).isEqualTo(
                DesignFile.read(Path.of("sample-designs", com.balancerstudio.ui.files.BundledSamples.FILES.get(1))).name());
        assertThat(fixture.workspace.fileProperty().get()).isNull();
    }

    @Test
    void exportWritesATransparentPngOfTheDesign(FxRobot robot) throws Exception {
        var file = temp.resolve("web.png");
        fixture.nextFile = file;
        MenuDriver.choose(robot, "File", "Export PNG…");
        robot.clickOn("Transparent background");
        robot.clickOn("Export…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).exists();
        var image = javax.imageio.ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isGreaterThan(400);
        assertThat(image.getRGB(0, 0) >>> 24).as("alpha of the corner").isZero();
    }
}
