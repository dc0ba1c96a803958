package com.balancerstudio.ui;

import static com.balancerstudio.ui.InspectorAndViewTest.choose;
import static com.balancerstudio.ui.InspectorAndViewTest.clickButton;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.ui.inspector.ValidatedField;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
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

/**
 * Drives the inspector's sections for what elements hold: a rule's conditions, weighted forward actions, a route
 * table's routes and the Elastic IPs of a Network Load Balancer's subnets; each change one edit undone by ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorSectionsTest {
    @TempDir
    Path temp;
    private WindowFixture<StandInCanvas> fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.withStandIn(stage, webTierWithApiRule(), temp.resolve("recovery"));
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    /** The web tier with a second target group and an HTTPS rule sending api.example.com to it. */
    private static Design webTierWithApiRule() {
        var design = Fixtures.webTier();
        var web = Fixtures.get(design, "web-tg", TargetGroup.class);
        var api = new TargetGroup(ElementId.of("api-tg"), "api-tg", web.parent(), null, Protocol.HTTP, 8080,
                web.targetType(), web.protocolVersion(), web.loadBalancingAlgorithmType(), web.healthCheck(),
                web.stickiness(), web.deregistrationDelay(), web.slowStart(), web.loadBalancingCrossZoneEnabled(),
                web.targets(), null, null, null, null, null);
        var rule = new ListenerRule(ElementId.of("api-rule"), "api rule", ElementId.of("https"), null, 10,
                List.of(RuleCondition.of(ConditionField.HOST_HEADER, "api.example.com")), Action.Forward.to(api.id()));
        return design.withAdded(api, design.size()).withAdded(rule, design.size() + 1);
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> fixture.workspace.select(Set.of(ElementId.of(id))));
    }

    /** Ctrl+Z on the canvas, as a text field keeps ctrl+Z for its own text while it has the focus. */
    private void undo(FxRobot robot) {
        robot.interact(fixture.canvas::requestFocus);
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T element(String id, Class<T> type) {
        return type.cast(fixture.workspace.design().get(ElementId.of(id)));
    }

    @Test
    void aPathPatternConditionIsAddedToARuleAndUndone(FxRobot robot) {
        select(robot, "api-rule");
        choose(robot, "#new-condition-field", "path-pattern");
        DesignerWindowTest.typeInto(robot, "#new-condition-values", "/v2/*, /v2");
        clickButton(robot, "#add-condition");

        assertThat(element("api-rule", ListenerRule.class).conditions()).containsExactly(
                RuleCondition.of(ConditionField.HOST_HEADER, "api.example.com"),
                RuleCondition.of(ConditionField.PATH_PATTERN, "/v2/*", "/v2"));
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Add path-pattern condition to api rule");
        assertThat(robot.lookup("#condition-values-1").queryAs(ValidatedField.class).getText()).isEqualTo("/v2/*, /v2");

        undo(robot);
        assertThat(element("api-rule", ListenerRule.class).conditions()).hasSize(1);
    }

    @Test
    void aSourceIpValueMustBeACidrAndASecondHostConditionIsRefused(FxRobot robot) {
        select(robot, "api-rule");
        var before = fixture.workspace.design();
        choose(robot, "#condition-field-0", "source-ip");
        assertThat(fixture.workspace.design()).as("api.example.com is no CIDR").isEqualTo(before);
        assertThat(status(robot)).contains("api.example.com").contains("not a CIDR block");
        javafx.scene.control.ComboBox<com.balancerstudio.ui.inspector.Choice> field =
                robot.lookup("#condition-field-0").queryComboBox();
        assertThat(field.getValue().label()).as("the picker shows what the design holds").isEqualTo("host-header");

        choose(robot, "#new-condition-field", "host-header");
        DesignerWindowTest.typeInto(robot, "#new-condition-values", "www.example.com");
        clickButton(robot, "#add-condition");
        assertThat(fixture.workspace.design()).isEqualTo(before);
        assertThat(status(robot)).contains("at most one host-header condition");
    }

    @Test
    void aRedirectBecomesAWeightedForwardWithEachStepOneEdit(FxRobot robot) {
        select(robot, "http");
        choose(robot, "#action-kind", "forward");
        choose(robot, "#forward-group-picker", "api-tg");
        clickButton(robot, "#add-forward-group");
        DesignerWindowTest.typeInto(robot, "#forward-weight-0", "80");
        DesignerWindowTest.typeInto(robot, "#forward-weight-1", "20");

        var forward = (Action.Forward) element("http", Listener.class).defaultAction();
        assertThat(forward.targetGroups()).extracting(g -> g.targetGroupId().value(), g -> g.weight())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("web-tg", 80),
                        org.assertj.core.groups.Tuple.tuple("api-tg", 20));
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Set weight of api-tg in default action of HTTP :80");

        DesignerWindowTest.typeInto(robot, "#forward-weight-1", "1000");
        assertThat(robot.lookup("#forward-weight-1").queryAs(ValidatedField.class).isInvalid()).isTrue();
        assertThat(status(robot)).isEqualTo("Not applied: AWS allows 0-999, not 1000");
        assertThat(((Action.Forward) element("http", Listener.class).defaultAction()).targetGroups().get(1).weight())
                .isEqualTo(20);

        undo(robot);
        forward = (Action.Forward) element("http", Listener.class).defaultAction();
        assertThat(forward.targetGroups().get(0).weight()).isEqualTo(80);
        assertThat(forward.targetGroups().get(1).weight()).as("only the last weight is undone").isNull();
    }

    @Test
    void aRuleAnswersWithAFixedResponseOrARedirectCheckedAsTyped(FxRobot robot) {
        select(robot, "api-rule");
        choose(robot, "#action-kind", "fixed response");
        DesignerWindowTest.typeInto(robot, "#fixed-status", "302");
        assertThat(status(robot)).contains("'302' is not a status code AWS answers with");
        DesignerWindowTest.typeInto(robot, "#fixed-status", "503");
        choose(robot, "#fixed-content-type", "application/json");
        assertThat(element("api-rule", ListenerRule.class).action())
                .isEqualTo(new Action.FixedResponse("application/json", "Not found", "503", null));
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Set response content type of action of api rule");

        choose(robot, "#action-kind", "redirect");
        DesignerWindowTest.typeInto(robot, "#redirect-path", "/v2/#{path}");
        choose(robot, "#redirect-status", "302 found (temporary)");
        assertThat(element("api-rule", ListenerRule.class).action())
                .isEqualTo(new Action.Redirect(Protocol.HTTPS, "443", null, "/v2/#{path}", null, "HTTP_302", null));
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Set redirect status code of action of api rule");
    }

    @Test
    void aRuleActionGetsAnOrderInAwsRangeAsOneUndoableEdit(FxRobot robot) {
        select(robot, "api-rule");
        DesignerWindowTest.typeInto(robot, "#action-order", "0");
        assertThat(status(robot)).isEqualTo("Not applied: AWS allows 1-50000, not 0");
        DesignerWindowTest.typeInto(robot, "#action-order", "2");
        assertThat(element("api-rule", ListenerRule.class).action().order()).isEqualTo(2);
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Set order of action of api rule");

        undo(robot);
        assertThat(element("api-rule", ListenerRule.class).action().order()).isNull();
    }

    @Test
    void aRouteToANatGatewayIsAddedAndABadCidrIsRefusedWithItsReason(FxRobot robot) {
        select(robot, "private-rt-a");
        DesignerWindowTest.typeInto(robot, "#new-route-destination", "172.16.0.0/12");
        choose(robot, "#new-route-target", "nat-b (NAT gateway, us-east-1b)");
        clickButton(robot, "#add-route");
        var routes = element("private-rt-a", RouteTable.class).routes();
        assertThat(routes).hasSize(2);
        assertThat(routes.get(1).destinationCidrBlock().toString()).isEqualTo("172.16.0.0/12");
        assertThat(routes.get(1).target()).isEqualTo(ElementId.of("nat-b"));
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("Add route to 172.16.0.0/12 in private-rt-a");

        var before = fixture.workspace.design();
        DesignerWindowTest.typeInto(robot, "#route-destination-1", "172.16.0.0/33");
        var field = robot.lookup("#route-destination-1").queryAs(ValidatedField.class);
        assertThat(field.isInvalid()).isTrue();
        assertThat(status(robot)).isEqualTo("Not applied: '172.16.0.0/33' is not a CIDR block: 33 is above 32");
        assertThat(fixture.workspace.design()).isEqualTo(before);

        undo(robot);
        assertThat(element("private-rt-a", RouteTable.class).routes()).hasSize(1);
    }

    @Test
    void anElasticIpIsPickedForANetworkLoadBalancerSubnetAndAPrivateAddressChecked(FxRobot robot) throws Exception {
        var sample = DesignFile.read(Path.of("sample-designs/nlb-elastic-ip-allow-listing.balancer.json"));
        robot.interact(() -> fixture.workspace.open(sample, null));
        select(robot, "partner-nlb");
        choose(robot, "#mapping-eip-0", "none (AWS assigns one)");
        assertThat(element("partner-nlb", LoadBalancer.class).subnetMappings().get(0).allocationId()).isNull();
        choose(robot, "#mapping-eip-0", "partner address b");
        assertThat(element("partner-nlb", LoadBalancer.class).subnetMappings().get(0).allocationId())
                .isEqualTo(ElementId.of("eip-nlb-b"));
        assertThat(fixture.workspace.findingsProperty().get()).as("one Elastic IP on two nodes")
                .isNotEmpty();
        undo(robot);
        assertThat(element("partner-nlb", LoadBalancer.class).subnetMappings().get(0).allocationId()).isNull();

        robot.interact(() -> robot.lookup("#prop-internal").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        DesignerWindowTest.typeInto(robot, "#mapping-address-0", "10.20.0.2");
        assertThat(status(robot)).contains("10.20.0.2 is reserved by AWS");
        DesignerWindowTest.typeInto(robot, "#mapping-address-0", "10.20.1.10");
        assertThat(status(robot)).contains("outside the subnet's 10.20.0.0/24");
        DesignerWindowTest.typeInto(robot, "#mapping-address-0", "10.20.0.10");
        assertThat(element("partner-nlb", LoadBalancer.class).subnetMappings().get(0).privateIpv4Address())
                .isEqualTo("10.20.0.10");
    }

    @Test
    void theSectionsFitTheInspectorsWidthWithoutScrollingSideways(FxRobot robot) {
        for (var id : List.of("web-alb", "https", "api-rule", "private-rt-a", "web-tg")) {
            select(robot, id);
            WaitForAsyncUtils.waitForFxEvents();
            var inspector = robot.lookup("#inspector").queryAs(javafx.scene.control.ScrollPane.class);
            var content = (javafx.scene.layout.Region) inspector.getContent();
            assertThat(content.getWidth()).as(id + " fits").isLessThanOrEqualTo(inspector.getViewportBounds().getWidth());
            var listener = robot.lookup(".inspector-card .label").queryAll().stream()
                    .map(Label.class::cast).filter(l -> l.getText().endsWith("…") || l.getText().endsWith("...")).toList();
            assertThat(listener).as(id + ": no text cut short").isEmpty();
        }
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }
}
