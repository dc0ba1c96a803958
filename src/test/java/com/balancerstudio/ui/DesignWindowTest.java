package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RuleRunner;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: the problems of a design are listed, and clicking one selects its element. */
@ExtendWith(ApplicationExtension.class)
class DesignWindowTest {
    private DesignWindow window;

    @Start
    void start(Stage stage) {
        window = new DesignWindow(stage, RuleRunner.core());
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.show();
        var design = Fixtures.webTier();
        var alb = Fixtures.get(design, "web-alb", LoadBalancer.class);
        var oneZone = alb.withSubnetMappings(List.of(SubnetMapping.of(alb.subnetMappings().get(0).subnetId())));
        window.show(design.withReplaced(oneZone), null);
    }

    @Test
    void problemsAreListedAndClickingOneSelectsItsElement(FxRobot robot) {
        TableView<Finding> problems = robot.lookup("#problems").queryTableView();
        assertThat(problems.getItems()).extracting(Finding::ruleId).contains("ELB-ALB-001");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("errors");

        int row = problems.getItems().stream().map(Finding::ruleId).toList().indexOf("ELB-ALB-001");
        robot.interact(() -> problems.scrollTo(row));
        robot.clickOn("ELB-ALB-001");
        WaitForAsyncUtils.waitForFxEvents();

        TreeView<?> tree = robot.lookup("#elements").queryAs(TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().toString()).contains("web-alb");
        TableView<?> properties = robot.lookup("#properties").queryTableView();
        assertThat(properties.getItems().toString()).contains("load_balancer_type", "application");
    }

    @Test
    void windowTitleNamesTheDesign(FxRobot robot) {
        assertThat(robot.window(0)).isInstanceOf(Stage.class);
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("Web tier — Balancer Studio");
    }
}
