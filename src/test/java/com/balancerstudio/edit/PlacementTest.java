package com.balancerstudio.edit;

import static com.balancerstudio.testing.DesignBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Template;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementTest {
    private final com.balancerstudio.model.Design web = Fixtures.webTier();

    @Test
    void movingIntoAnotherSubnetKeepsThePlaceOnTheDrawing() {
        var before = web.absoluteBounds(id("web-a"));
        var after = Placement.moveInto(web, List.of(id("web-a")), 5, 5, id("private-b")).apply(web);
        assertThat(after.get(id("web-a")).parent()).isEqualTo(id("private-b"));
        assertThat(after.absoluteBounds(id("web-a"))).isEqualTo(before.translate(5, 5));
    }

    @Test
    void aKindThatMayNotLiveThereIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Placement.moveInto(web, List.of(id("web-a")), 0, 0, id("vpc")))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("An EC2 instance must be placed inside a Subnet");
    }

    @Test
    void containersGrowToHoldWhatIsMovedPastTheirEdgeAndUndoRestoresThem() {
        var subnet = web.get(id("private-a"), Subnet.class);
        var edit = Placement.moveInto(web, List.of(id("web-a")), subnet.bounds().width(), 0, id("private-a"));
        var after = edit.apply(web);
        var grown = after.get(id("private-a")).bounds();
        var moved = after.get(id("web-a"), Instance.class).bounds();
        assertThat(grown.width()).isEqualTo(moved.maxX() + GrowToFit.MARGIN);
        assertThat(edit.inverse().apply(after)).isEqualTo(web);
    }

    @Test
    void growingLeftShiftsTheContentsSoNothingMovesOnTheDrawing() {
        var before = web.absoluteBounds(id("web-b"));
        var after = Placement.moveInto(web, List.of(id("web-a")), -200, 0, id("private-a")).apply(web);
        assertThat(after.get(id("web-a")).bounds().x()).isEqualTo(GrowToFit.MARGIN);
        assertThat(after.absoluteBounds(id("web-b"))).isEqualTo(before);
    }

    @Test
    void resizingFromTheLeftKeepsChildrenInPlace() {
        var subnet = web.get(id("private-a")).bounds();
        var inside = web.absoluteBounds(id("web-a"));
        var after = Resize.to(web, id("private-a"), new Rect(subnet.x() + 10, subnet.y(), subnet.width() - 10,
                subnet.height())).apply(web);
        assertThat(after.get(id("private-a")).bounds().x()).isEqualTo(subnet.x() + 10);
        assertThat(after.absoluteBounds(id("web-a"))).isEqualTo(inside);
    }

    @Test
    void aDroppedPublicSubnetJoinsTheRouteTableToTheInternetGateway() {
        var placed = PlaceTemplate.place(web, Template.PUBLIC_SUBNET, id("us-east-1a"), new Rect(20, 300, 200, 100));
        var after = placed.edit().apply(web);
        var subnet = after.get(placed.id(), Subnet.class);
        assertThat(after.topology().isPublic(subnet)).isTrue();
        assertThat(after.get(id("public-rt"), RouteTable.class).subnetIds()).contains(placed.id());

        var privateOne = PlaceTemplate.place(web, Template.PRIVATE_SUBNET, id("us-east-1a"), new Rect(20, 300, 200, 100));
        assertThat(privateOne.edit().apply(web).topology().isPublic(
                privateOne.edit().apply(web).get(privateOne.id(), Subnet.class))).isFalse();
    }

    @Test
    void aTemplateDroppedWhereItMayNotLiveIsRefused() {
        assertThatThrownBy(() -> PlaceTemplate.place(web, Template.INSTANCE, id("vpc"), new Rect(0, 0, 64, 64)))
                .hasMessage("An EC2 instance must be placed inside a Subnet");
    }
}
