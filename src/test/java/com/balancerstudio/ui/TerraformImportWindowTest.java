package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.export.terraform.TerraformFolder;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.testing.Fixtures;
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

/** File › Import Terraform… opens the configuration of a folder as a new, unsaved design. */
@ExtendWith(ApplicationExtension.class)
class TerraformImportWindowTest {
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
    void opensTheImportedDesignUnsaved(FxRobot robot) throws Exception {
        var infra = temp.resolve("infra");
        TerraformFolder.write(DesignFile.read(Path.of("sample-designs/nlb-elastic-ip-allow-listing.balancer.json")), infra);
        fixture.nextFile = infra;

        MenuDriver.choose(robot, "File", "Import Terraform…");
        WaitForAsyncUtils.waitForFxEvents();

        var design = fixture.workspace.design();
        assertThat(design.name()).isEqualTo("infra");
        assertThat(design.elementsOf(LoadBalancer.class)).isNotEmpty();
        assertThat(fixture.workspace.fileProperty().get()).isNull();
        assertThat(fixture.workspace.messageProperty().get()).startsWith("Imported " + design.size()
                + " elements from infra");
    }

    @Test
    void saysWhatWasLeftOut(FxRobot robot) {
        fixture.nextFile = Path.of("src/test/resources/terraform-import/hand-written");

        MenuDriver.choose(robot, "File", "Import Terraform…");

        assertThat(robot.lookup("Imported, with 4 things left out").tryQuery()).isPresent();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace.design().name()).isEqualTo("hand-written");
    }

    @Test
    void aConfigurationThatCannotBeReadLeavesTheOpenDesignAlone(FxRobot robot) throws Exception {
        var broken = Files.createDirectory(temp.resolve("broken"));
        Files.writeString(broken.resolve("main.tf"), "resource \"aws_vpc\" {\n");
        fixture.nextFile = broken;
        var before = fixture.workspace.design();

        MenuDriver.choose(robot, "File", "Import Terraform…");

        assertThat(robot.lookup("This configuration cannot be imported").tryQuery()).isPresent();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace.design()).isSameAs(before);
    }
}
