package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Drives the designer window: inspector edits as undoable edits, menus named after them, problems and quick fixes. */
@ExtendWith(ApplicationExtension.class)
class DesignerWindowTest {
    private static final ElementId TARGET_GROUP = ElementId.of("web-tg");
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

    private List<String> ruleIds() {
        return fixture.workspace.findingsProperty().get().stream().map(Finding::ruleId).toList();
    }

    private void setTimeoutInInspector(FxRobot robot, String value) {
        robot.interact(() -> fixture.workspace.select(Set.of(TARGET_GROUP)));
        typeInto(robot, "#prop-healthCheck-timeout", value);
    }

    /** Focuses the field (the inspector may have scrolled it out of view), replaces its text and presses Enter. */
    static void typeInto(FxRobot robot, String query, String text) {
        var field = robot.lookup(query).queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNumberEditedInTheInspectorIsOneUndoableEditNamedInTheEditMenu(FxRobot robot) {
        assertThat(ruleIds()).doesNotContain("ELB-HC-003");

        setTimeoutInInspector(robot, "40");

        assertThat(ruleIds()).contains("ELB-HC-003");
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Set health check timeout of web-tg");
        assertThat(stage.getTitle()).isEqualTo("Web tier • — Balancer Studio");

        MenuDriver.choose(robot, "Edit", "Undo Set health check timeout of web-tg");
        assertThat(ruleIds()).doesNotContain("ELB-HC-003");
        assertThat(fixture.workspace.undoLabelProperty().get()).isEmpty();

        MenuDriver.choose(robot, "Edit", "Redo Set health check timeout of web-tg");
        assertThat(ruleIds()).contains("ELB-HC-003");
    }

    @Test
    void aValueOutsideTheAwsRangeIsMarkedAndNotApplied(FxRobot robot) {
        var before = fixture.workspace.design();
        setTimeoutInInspector(robot, "500");

        var field = robot.lookup("#prop-healthCheck-timeout").queryAs(com.balancerstudio.ui.inspector.ValidatedField.class);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getTooltip().getText()).isEqualTo("AWS allows 2-120, not 500");
        assertThat(fixture.workspace.design()).isEqualTo(before);
    }

    @Test
    void clickingAProblemSelectsAndRevealsItsElementAndFixAppliesItsQuickFix(FxRobot robot) {
        setTimeoutInInspector(robot, "40");
        robot.interact(() -> fixture.workspace.select(Set.of()));

        robot.clickOn("ELB-HC-003");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace.selection()).containsExactly(TARGET_GROUP);
        assertThat(fixture.canvas.revealed).contains(TARGET_GROUP);

        robot.clickOn(".quick-fix");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ruleIds()).doesNotContain("ELB-HC-003");
        robot.interact(() -> fixture.workspace.undo());
        assertThat(ruleIds()).contains("ELB-HC-003");
    }

    @Test
    void problemsAreListedWithCountsAndClickingOneShowsItsElementInTheInspector(FxRobot robot) {
        var design = fixture.workspace.design();
        var alb = Fixtures.get(design, "web-alb", LoadBalancer.class);
        var oneZone = alb.withSubnetMappings(List.of(SubnetMapping.of(alb.subnetMappings().get(0).subnetId())));
        robot.interact(() -> fixture.workspace.open(design.withReplaced(oneZone), null));
        TableView<Finding> problems = robot.lookup("#problems").queryTableView();
        assertThat(problems.getItems()).extracting(Finding::ruleId).contains("ELB-ALB-001");
        assertThat(robot.lookup("#problem-counts").queryAs(Label.class).getText()).matches("Problems: [1-9]\\d* errors.*");
        assertThat(robot.lookup("#status-findings").queryAs(Label.class).getText()).contains("errors");

        int row = problems.getItems().stream().map(Finding::ruleId).toList().indexOf("ELB-ALB-001");
        robot.interact(() -> problems.scrollTo(row));
        robot.clickOn("ELB-ALB-001");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.workspace.selection()).containsExactly(ElementId.of("web-alb"));
        assertThat(robot.lookup("#inspector-title").queryAs(Label.class).getText()).isEqualTo("Load balancer: web-alb");
        assertThat(InspectorAndViewTest.cards(robot, "#listeners")).hasSize(2);
    }

    @Test
    void severityTogglesAndTextFilterTheProblems(FxRobot robot) {
        setTimeoutInInspector(robot, "40");
        TableView<Finding> problems = robot.lookup("#problems").queryTableView();
        assertThat(problems.getItems()).isNotEmpty();

        robot.clickOn("#problem-search").write("no-such-problem");
        assertThat(problems.getItems()).isEmpty();
        robot.doubleClickOn("#problem-search").eraseText(20).write("web-tg");
        assertThat(problems.getItems()).extracting(Finding::ruleId).contains("ELB-HC-003");

        robot.clickOn("#show-error");
        assertThat(problems.getItems()).allMatch(f -> f.severity() != com.balancerstudio.rules.Severity.ERROR);
    }

    @Test
    void theStatusBarShowsSelectionAndZoom(FxRobot robot) {
        robot.interact(() -> fixture.workspace.select(Set.of(TARGET_GROUP)));
        assertThat(robot.lookup("#status-selection").queryAs(Label.class).getText()).isEqualTo("1 selected");
        robot.clickOn("#tool-zoom-in");
        assertThat(robot.lookup("#status-zoom").queryAs(Label.class).getText()).isEqualTo("125%");
    }

    @Test
    void zoomShortcutsWorkWhereverTheFocusIs(FxRobot robot) {
        robot.clickOn("#problem-search");
        robot.press(KeyCode.SHORTCUT, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.SHORTCUT);
        assertThat(robot.lookup("#status-zoom").queryAs(Label.class).getText()).isEqualTo("80%");
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.SHORTCUT);
        assertThat(robot.lookup("#status-zoom").queryAs(Label.class).getText()).isEqualTo("100%");
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.SHORTCUT);
        assertThat(robot.lookup("#status-zoom").queryAs(Label.class).getText()).isEqualTo("125%");
        robot.press(KeyCode.SHORTCUT, KeyCode.SUBTRACT).release(KeyCode.SUBTRACT, KeyCode.SHORTCUT);
        assertThat(robot.lookup("#status-zoom").queryAs(Label.class).getText()).isEqualTo("100%");
        assertThat(robot.lookup("#problem-search").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
    }
}
