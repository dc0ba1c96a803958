package com.balancerstudio.ui;

import static com.balancerstudio.testing.GatewayEndpointDesigns.endpoint;
import static com.balancerstudio.testing.GatewayEndpointDesigns.plus;
import static com.balancerstudio.testing.GatewayEndpointDesigns.withGatewayLoadBalancer;
import static com.balancerstudio.ui.InspectorAndViewTest.choose;
import static com.balancerstudio.ui.InspectorAndViewTest.clickButton;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.RouteTable;
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

/** A route table's routes may go to a GWLB endpoint of its VPC, chosen in the inspector's routes section. */
@ExtendWith(ApplicationExtension.class)
class GatewayEndpointInspectorTest {
    @TempDir
    Path temp;
    private WindowFixture<StandInCanvas> fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.withStandIn(stage, plus(withGatewayLoadBalancer(), endpoint("gwlbe-a", "public-a")),
                temp.resolve("recovery"));
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void aRouteToAGatewayLoadBalancerEndpointIsAdded(FxRobot robot) {
        robot.interact(() -> fixture.workspace.select(Set.of(ElementId.of("private-rt-a"))));
        DesignerWindowTest.typeInto(robot, "#new-route-destination", "10.50.0.0/16");
        choose(robot, "#new-route-target", "gwlbe-a (GWLB endpoint, us-east-1a)");
        clickButton(robot, "#add-route");

        var routes = ((RouteTable) fixture.workspace.design().get(ElementId.of("private-rt-a"))).routes();
        assertThat(routes).hasSize(2);
        assertThat(routes.get(1).target()).isEqualTo(ElementId.of("gwlbe-a"));
    }
}
