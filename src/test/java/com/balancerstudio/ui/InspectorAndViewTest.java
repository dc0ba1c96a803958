package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.ui.inspector.ValidatedField;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

/** Drives the inspector's CIDR checking, listener and target tables, the design's own fields, theme and presentation. */
@ExtendWith(ApplicationExtension.class)
class InspectorAndViewTest {
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

    private void select(FxRobot robot, String id) {
        robot.interact(() -> fixture.workspace.select(Set.of(ElementId.of(id))));
    }

    /** The cards of one of the inspector's lists (listeners, subnets, targets...). */
    static List<javafx.scene.Node> cards(FxRobot robot, String list) {
        return robot.lookup(list).queryAs(javafx.scene.layout.Pane.class).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("inspector-card")).toList();
    }

    /** Fires a button of the inspector, which may be scrolled out of view. */
    static void clickButton(FxRobot robot, String query) {
        var button = robot.lookup(query).queryButton();
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Picks the option with the label in one of the inspector's drop-downs. */
    static void choose(FxRobot robot, String query, String label) {
        javafx.scene.control.ComboBox<com.balancerstudio.ui.inspector.Choice> box = robot.lookup(query).queryComboBox();
        var option = box.getItems().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + label + "' in " + query + ": " + box.getItems()));
        robot.interact(() -> box.setValue(option));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCidrIsCheckedAsTypedAndAppliedOnlyWhenValid(FxRobot robot) {
        select(robot, "public-a");
        var before = fixture.workspace.design();
        DesignerWindowTest.typeInto(robot, "#prop-cidrBlock", "10.0.0.0/33");
        var field = robot.lookup("#prop-cidrBlock").queryAs(ValidatedField.class);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getTooltip().getText()).contains("10.0.0.0/33");
        assertThat(fixture.workspace.design()).isEqualTo(before);

        DesignerWindowTest.typeInto(robot, "#prop-cidrBlock", "10.0.2.0/24");
        var subnet = fixture.workspace.design().get(ElementId.of("public-a"), Subnet.class);
        assertThat(subnet.cidrBlock().toString()).isEqualTo("10.0.2.0/24");
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Set CIDR block of public-a");
    }

    @Test
    void aSubnetsIpv6BlockIsCheckedAsTypedAndAZonesTypeIsChosen(FxRobot robot) {
        select(robot, "public-a");
        var before = fixture.workspace.design();
        DesignerWindowTest.typeInto(robot, "#prop-ipv6CidrBlock", "2600:1f14:abc:de00::1/64");
        assertThat(robot.lookup("#prop-ipv6CidrBlock").queryAs(ValidatedField.class).isInvalid()).isTrue();
        assertThat(fixture.workspace.design()).isEqualTo(before);

        select(robot, "us-east-1a");
        choose(robot, "#prop-zoneType", "local-zone");
        var zone = fixture.workspace.design().get(ElementId.of("us-east-1a"),
                com.balancerstudio.model.AvailabilityZone.class);
        assertThat(zone.zoneType()).isEqualTo(com.balancerstudio.model.ZoneType.LOCAL_ZONE);
    }

    @Test
    void listenersOfALoadBalancerCanBeAddedAndRemovedAsOneEditEach(FxRobot robot) {
        select(robot, "web-alb");
        robot.clickOn("#add-listener");
        WaitForAsyncUtils.waitForFxEvents();
        var listeners = fixture.workspace.design().children(ElementId.of("web-alb"));
        assertThat(listeners).hasSize(3).allMatch(Listener.class::isInstance);
        assertThat(cards(robot, "#listeners")).hasSize(3);
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Add listener to web-alb");

        clickButton(robot, "#listeners-remove-2");
        assertThat(fixture.workspace.design().children(ElementId.of("web-alb"))).hasSize(2);
    }

    @Test
    void subnetsOfALoadBalancerCanBeRemovedAndAddedWithTheFindingFollowing(FxRobot robot) {
        select(robot, "web-alb");
        clickButton(robot, "#subnet-mappings-remove-1");
        assertThat(fixture.workspace.findingsProperty().get()).extracting(f -> f.ruleId()).contains("ELB-ALB-001");
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Remove public-b from web-alb");

        robot.interact(() -> {
            javafx.scene.control.ComboBox<com.balancerstudio.ui.inspector.Choice> picker =
                    robot.lookup("#subnet-picker").queryComboBox();
            picker.getItems().stream().filter(c -> c.label().startsWith("public-b (us-east-1b, public)")).findFirst()
                    .ifPresent(picker.getSelectionModel()::select);
        });
        robot.clickOn("#add-subnet");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace.findingsProperty().get()).extracting(f -> f.ruleId()).doesNotContain("ELB-ALB-001")
                .allMatch(id -> id.equals("ELB-SEC-006") || id.equals("ELB-TG-023"), "only the notes of a correct tier");
    }

    @Test
    void targetsCanBeDeregisteredAndRegisteredAgain(FxRobot robot) {
        select(robot, "web-tg");
        clickButton(robot, "#targets-remove-0");
        var group = fixture.workspace.design().get(ElementId.of("web-tg"), TargetGroup.class);
        assertThat(group.targets()).hasSize(1);
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Deregister web-a from web-tg");

        robot.interact(() -> {
            javafx.scene.control.ComboBox<?> picker = robot.lookup("#target-picker").queryComboBox();
            picker.getSelectionModel().select(0);
        });
        robot.clickOn("#add-target");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace.design().get(ElementId.of("web-tg"), TargetGroup.class).targets()).hasSize(2);
    }

    @Test
    void aListenersDefaultActionKindIsChosenAndStartsFromTheFirstTargetGroup(FxRobot robot) {
        select(robot, "http");
        choose(robot, "#action-kind", "forward");
        var listener = fixture.workspace.design().get(ElementId.of("http"), Listener.class);
        assertThat(listener.defaultAction())
                .isEqualTo(com.balancerstudio.model.Action.Forward.to(ElementId.of("web-tg")));
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Set default action of HTTP :80 to forward");
    }

    @Test
    void withNothingSelectedTheDesignsNameIsEdited(FxRobot robot) {
        robot.interact(() -> fixture.workspace.select(Set.of()));
        DesignerWindowTest.typeInto(robot, "#design-name", "Shop front");
        assertThat(fixture.workspace.design().name()).isEqualTo("Shop front");
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Rename design");
    }

    @Test
    void darkThemeReachesTheCanvasAndPresentationModeHidesThePanelsUntilEscape(FxRobot robot) {
        MenuDriver.choose(robot, "View", "Dark theme");
        assertThat(fixture.canvas.dark).isTrue();

        robot.clickOn("#tool-present");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#palette").tryQuery()).isEmpty();
        assertThat(robot.lookup("#inspector").tryQuery()).isEmpty();
        assertThat(robot.lookup("#canvas").tryQuery()).isPresent();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#palette").tryQuery()).isPresent();
        assertThat(robot.lookup("#problems").tryQuery()).isPresent();
    }
}
