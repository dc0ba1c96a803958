package com.balancerstudio.ui;

import static com.balancerstudio.ui.InspectorAndViewTest.clickButton;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.StickinessType;
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

/** Optional groups of settings (stickiness, target failover...) are added and removed in the inspector, each as one edit. */
@ExtendWith(ApplicationExtension.class)
class OptionalSettingsInspectorTest {
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

    private TargetGroup webTg() {
        return fixture.workspace.design().get(ElementId.of("web-tg"), TargetGroup.class);
    }

    @Test
    void stickinessIsAddedWithAwsDefaultsEditedAndRemoved(FxRobot robot) {
        robot.interact(() -> fixture.workspace.select(Set.of(ElementId.of("web-tg"))));
        assertThat(webTg().stickiness()).isNull();

        clickButton(robot, "#add-stickiness");

        assertThat(webTg().stickiness()).isNotNull();
        assertThat(webTg().stickiness().type()).isEqualTo(StickinessType.values()[0]);
        assertThat(fixture.workspace.undoLabelProperty().get()).contains("web-tg");
        assertThat(robot.lookup("#prop-stickiness-type").tryQuery()).as("its settings are shown to edit").isPresent();

        clickButton(robot, "#remove-stickiness");
        assertThat(webTg().stickiness()).isNull();
        robot.interact(fixture.workspace::undo);
        assertThat(webTg().stickiness()).isNotNull();
    }

    @Test
    void aGroupOfSettingsThatAlwaysHasAValueCannotBeRemoved(FxRobot robot) {
        robot.interact(() -> fixture.workspace.select(Set.of(ElementId.of("web-tg"))));
        assertThat(robot.lookup("#prop-healthCheck-path").tryQuery()).isPresent();
        assertThat(robot.lookup("#remove-healthCheck").tryQuery()).as("a target group always has a health check")
                .isEmpty();
    }
}
