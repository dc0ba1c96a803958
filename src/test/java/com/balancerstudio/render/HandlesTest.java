package com.balancerstudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.Point;
import com.balancerstudio.model.Rect;
import org.junit.jupiter.api.Test;

class HandlesTest {
    private final Rect bounds = new Rect(100, 50, 400, 200);

    @Test
    void eightHandlesSitOnTheCornersAndEdgeMiddles() {
        var handles = Handles.of(bounds, 1);
        assertThat(handles).hasSize(8);
        assertThat(centre(handles.get(Handles.Position.NORTH_WEST.ordinal()))).isEqualTo(new Point(100, 50));
        assertThat(centre(handles.get(Handles.Position.SOUTH.ordinal()))).isEqualTo(new Point(300, 250));
        assertThat(centre(handles.get(Handles.Position.EAST.ordinal()))).isEqualTo(new Point(500, 150));
    }

    @Test
    void handlesKeepTheirSizeOnScreenWhateverTheZoom() {
        assertThat(Handles.of(bounds, 1).get(0).width()).isEqualTo(Handles.SIZE);
        assertThat(Handles.of(bounds, 2).get(0).width()).isEqualTo(Handles.SIZE / 2);
        assertThat(Handles.of(bounds, 0.5).get(0).width()).isEqualTo(Handles.SIZE * 2);
    }

    @Test
    void hitTestingFindsTheHandleUnderThePointAndOnlyThere() {
        assertThat(Handles.at(bounds, 1, new Point(501, 151))).isEqualTo(Handles.Position.EAST);
        assertThat(Handles.at(bounds, 1, new Point(99, 249))).isEqualTo(Handles.Position.SOUTH_WEST);
        assertThat(Handles.at(bounds, 1, new Point(300, 150))).isNull();
        assertThat(Handles.at(bounds, 0.25, new Point(300 + 20, 50))).as("wider in design units when zoomed out")
                .isEqualTo(Handles.Position.NORTH);
    }

    @Test
    void eachHandleMovesTheEdgesItSitsOn() {
        assertThat(Handles.Position.NORTH_WEST.moves(Handles.Edge.LEFT)).isTrue();
        assertThat(Handles.Position.NORTH_WEST.moves(Handles.Edge.TOP)).isTrue();
        assertThat(Handles.Position.NORTH_WEST.moves(Handles.Edge.RIGHT)).isFalse();
        assertThat(Handles.Position.SOUTH.moves(Handles.Edge.BOTTOM)).isTrue();
        assertThat(Handles.Position.SOUTH.moves(Handles.Edge.LEFT)).isFalse();
    }

    @Test
    void aZoomOfZeroIsRefused() {
        assertThatThrownBy(() -> Handles.of(bounds, 0)).hasMessageContaining("zoom");
    }

    private static Point centre(Rect r) {
        return new Point(r.x() + r.width() / 2, r.y() + r.height() / 2);
    }
}
