package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.testing.SampleFiles;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A rule is switched off for the design from its problem, with a reason; the design's card switches it on again. */
@ExtendWith(ApplicationExtension.class)
class RuleSwitchWindowTest {
    @TempDir
    Path temp;
    private WindowFixture<StandInCanvas> fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = WindowFixture.withStandIn(stage,
                DesignFile.read(SampleFiles.EXERCISES.resolve("elastic-ip-sprawl.balancer.json")), temp.resolve("r"));
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void switchingARuleOffAsksWhyAndTheDesignCardSwitchesItBackOn(FxRobot robot) {
        TableView<Finding> problems = robot.lookup("#problems").queryTableView();
        assertThat(problems.getItems()).extracting(Finding::ruleId).contains("NET-EIP-001");
        TableRow<?> row = robot.lookup(".table-row-cell").match(node -> node instanceof TableRow<?> r
                && r.getItem() instanceof Finding f && f.ruleId().equals("NET-EIP-001")).query();
        var item = row.getContextMenu().getItems().stream()
                .filter(i -> "switch-off-rule".equals(i.getId())).findFirst().orElseThrow();

        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Switch off NET-EIP-001 for this design?").tryQuery()).isPresent();
        assertThat(robot.lookup("Switch off").queryButton().isDisabled()).as("no reason yet").isTrue();
        robot.clickOn("#rule-switch-reason").write("the account has 20 addresses");
        robot.clickOn("Switch off");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(problems.getItems()).extracting(Finding::ruleId).doesNotContain("NET-EIP-001");
        assertThat(fixture.workspace.design().validation().reasonOff("NET-EIP-001"))
                .isEqualTo("the account has 20 addresses");

        robot.interact(() -> fixture.workspace.select(java.util.Set.of()));
        assertThat(robot.lookup("NET-EIP-001: the account has 20 addresses").tryQuery()).isPresent();
        robot.clickOn("Switch on");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems.getItems()).extracting(Finding::ruleId).contains("NET-EIP-001");
    }

    @Test
    void aQuotaRaisedOnTheDesignCardSilencesTheQuotaRule(FxRobot robot) {
        robot.interact(() -> fixture.workspace.select(java.util.Set.of()));
        TableView<Finding> problems = robot.lookup("#problems").queryTableView();
        assertThat(problems.getItems()).extracting(Finding::ruleId).contains("NET-EIP-001");

        var field = robot.lookup("#quota-" + Quota.ELASTIC_IPS_PER_REGION.key()).queryAs(TextField.class);
        assertThat(field.getPromptText()).isEqualTo("AWS default: 5");
        robot.clickOn(field).write("30").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.workspace.design().validation().quotas()).containsEntry(Quota.ELASTIC_IPS_PER_REGION, 30);
        assertThat(problems.getItems()).extracting(Finding::ruleId).doesNotContain("NET-EIP-001");
    }
}
