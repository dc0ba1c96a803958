package com.balancerstudio.ui;

import static com.balancerstudio.ui.InspectorAndViewTest.choose;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ClassicStickinessPolicy;
import com.balancerstudio.model.ClassicStickinessType;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.TargetFailover;
import com.balancerstudio.model.TargetFailoverMode;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.Fixtures;
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

/** Target failover, the targets' keep-alive and a listener's stickiness policy are edited in the inspector. */
@ExtendWith(ApplicationExtension.class)
class BalancingAttributesInspectorTest {
    @TempDir
    Path temp;
    private WindowFixture<StandInCanvas> fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.withStandIn(stage, design(), temp.resolve("recovery"));
    }

    @AfterEach
    void forget() throws Exception {
        fixture.forgetPreferences();
    }

    private static Design design() {
        var design = Fixtures.webTier();
        var group = Fixtures.get(design, "web-tg", TargetGroup.class)
                .withTargetFailover(new TargetFailover(TargetFailoverMode.REBALANCE, TargetFailoverMode.NO_REBALANCE));
        var http = Fixtures.get(design, "http", Listener.class)
                .withStickinessPolicy(new ClassicStickinessPolicy(ClassicStickinessType.LB_COOKIE, 600, null));
        return design.withReplaced(group).withReplaced(http);
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> fixture.workspace.select(Set.of(ElementId.of(id))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T element(String id, Class<T> type) {
        return type.cast(fixture.workspace.design().get(ElementId.of(id)));
    }

    @Test
    void targetFailoverAndTheTargetsKeepAliveAreEditedOnTheTargetGroup(FxRobot robot) {
        select(robot, "web-tg");
        choose(robot, "#prop-targetFailover-onUnhealthy", "rebalance");
        assertThat(element("web-tg", TargetGroup.class).targetFailover())
                .isEqualTo(new TargetFailover(TargetFailoverMode.REBALANCE, TargetFailoverMode.REBALANCE));

        DesignerWindowTest.typeInto(robot, "#prop-targetKeepAliveSeconds", "75");
        assertThat(element("web-tg", TargetGroup.class).targetKeepAliveSeconds()).isEqualTo(75);
    }

    @Test
    void theStickinessPolicyOfAListenerIsEditedInItsOwnSection(FxRobot robot) {
        select(robot, "http");
        choose(robot, "#prop-stickinessPolicy-type", "app_cookie");
        DesignerWindowTest.typeInto(robot, "#prop-stickinessPolicy-cookieName", "SESSIONID");

        assertThat(element("http", Listener.class).stickinessPolicy())
                .isEqualTo(new ClassicStickinessPolicy(ClassicStickinessType.APP_COOKIE, 600, "SESSIONID"));
    }
}
