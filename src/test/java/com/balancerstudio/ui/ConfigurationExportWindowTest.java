package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.SampleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export draw.io… and Export Terraform… write what the command line's export writes. */
@ExtendWith(ApplicationExtension.class)
class ConfigurationExportWindowTest {
    @TempDir
    Path temp;
    private WindowFixture<StandInCanvas> fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.withStandIn(stage, Fixtures.webTier(), temp.resolve("recovery"));
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void exportsTheDesignAsADrawIoDiagram(FxRobot robot) throws Exception {
        fixture.nextFile = temp.resolve("web.drawio");

        MenuDriver.choose(robot, "File", "Export draw.io…");

        assertThat(Files.readString(fixture.nextFile)).startsWith("<mxfile").contains("<mxGraphModel", "web-alb");
        assertThat(fixture.workspace.messageProperty().get()).startsWith("Exported web.drawio");
    }

    @Test
    void exportsTheTerraformConfigurationIntoTheChosenFolderAndSaysWhatItWrote(FxRobot robot) {
        fixture.nextFile = temp.resolve("infra");

        MenuDriver.choose(robot, "File", "Export Terraform…");
        assertThat(robot.lookup("Terraform configuration written").tryQuery()).isPresent();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.nextFile.resolve("versions.tf")).exists();
        assertThat(fixture.nextFile.resolve("load_balancing.tf")).content().contains("aws_lb");
    }

    @Test
    void aDesignWithErrorsIsExportedOnlyWhenThePersonSaysSo(FxRobot robot) throws Exception {
        var broken = DesignFile.read(SampleFiles.EXERCISES.resolve("health-check-and-https-listener.balancer.json"));
        robot.interact(() -> fixture.workspace.open(broken, null));
        fixture.nextFile = temp.resolve("infra");

        MenuDriver.choose(robot, "File", "Export Terraform…");
        assertThat(robot.lookup("Export a design with errors?").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.nextFile).doesNotExist();

        MenuDriver.choose(robot, "File", "Export Terraform…");
        robot.clickOn("Export anyway");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.nextFile.resolve("versions.tf")).exists();
    }
}
