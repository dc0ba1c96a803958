package com.balancerstudio.ui.palette;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Template;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RuleRunner;
import com.balancerstudio.ui.Workspace;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the palette: every template listed, search filtering, double-click adding into the selected container. */
@ExtendWith(ApplicationExtension.class)
class PalettePaneTest {
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = new Workspace(RuleRunner.core(), Fixtures.webTier(), null);
        var palette = new PalettePane(workspace);
        var status = new Label();
        status.setId("message");
        status.textProperty().bind(workspace.messageProperty());
        stage.setScene(new Scene(new javafx.scene.layout.BorderPane(palette.node(), null, null, status, null), 300, 700));
        stage.show();
    }

    @Test
    void everyTemplateIsListedAndSearchKeepsOnlyTheMatches(FxRobot robot) {
        for (var template : Template.values()) {
            assertThat(robot.lookup("#palette-" + template.name()).tryQuery()).as(template.label()).isPresent();
        }
        robot.clickOn("#palette-search").write("nat");

        assertThat(robot.lookup("#palette-NAT_GATEWAY").query().isVisible()).isTrue();
        assertThat(robot.lookup("#palette-APPLICATION_LOAD_BALANCER").query().isVisible()).isFalse();
        assertThat(robot.lookup("#palette-group-COMPUTE").query().isVisible()).as("a group left empty").isFalse();
    }

    @Test
    void doubleClickAddsIntoTheSelectedContainerAsOneEdit(FxRobot robot) {
        robot.interact(() -> workspace.select(Set.of(ElementId.of("public-a"))));
        robot.doubleClickOn("#palette-NAT_GATEWAY");
        WaitForAsyncUtils.waitForFxEvents();

        var added = workspace.design().get(workspace.selection().iterator().next());
        assertThat(added).isInstanceOf(NatGateway.class);
        assertThat(added.parent()).isEqualTo(ElementId.of("public-a"));
        assertThat(workspace.undoLabelProperty().get()).isEqualTo("Add NAT gateway to public-a");
        var siblings = workspace.design().children(ElementId.of("public-a"));
        assertThat(siblings).filteredOn(e -> e != added).noneMatch(e -> e.bounds().intersects(added.bounds()));
    }

    @Test
    void doubleClickWithoutAFittingContainerSaysWhereItBelongs(FxRobot robot) {
        robot.interact(() -> workspace.select(Set.of()));
        var before = workspace.design();
        robot.clickOn("#palette-search").write("EC2");
        robot.doubleClickOn("#palette-INSTANCE");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.design()).isEqualTo(before);
        assertThat(workspace.messageProperty().get()).contains("must be placed inside a Subnet");
    }
}
