package com.balancerstudio.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private final History history = new History(Fixtures.webTier());

    @Test
    void undoAndRedoNameTheAction() {
        var ids = List.of(ElementId.of("web-a"), ElementId.of("web-b"));
        history.apply(Edits.move(history.design(), ids, 10, 0));
        assertThat(history.undoLabel()).contains("Move 2 elements");
        history.undo();
        assertThat(history.redoLabel()).contains("Move 2 elements");
        assertThat(history.undoLabel()).isEmpty();
    }

    @Test
    void editsThatChangeNothingAreNotRecorded() {
        var same = Edits.rename(history.design(), ElementId.of("vpc"), "vpc");
        assertThat(history.apply(same)).isFalse();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void dirtyMarkFollowsTheSavedState() {
        history.apply(Edits.rename(history.design(), ElementId.of("vpc"), "main"));
        assertThat(history.isDirty()).isTrue();
        history.markSaved();
        assertThat(history.isDirty()).isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
        history.redo();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void newEditClearsRedo() {
        history.apply(Edits.rename(history.design(), ElementId.of("vpc"), "a"));
        history.undo();
        history.apply(Edits.rename(history.design(), ElementId.of("vpc"), "b"));
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void listenersHearChangesButCannotEditFromInside() {
        var heard = new java.util.ArrayList<String>();
        history.addListener(design -> {
            heard.add(design.get(ElementId.of("vpc")).name());
            assertThatThrownBy(() -> history.apply(Edits.rename(design, ElementId.of("vpc"), "sneaky")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("from inside a change listener");
        });
        history.apply(Edits.rename(history.design(), ElementId.of("vpc"), "main"));
        history.undo();
        assertThat(heard).containsExactly("main", "vpc");
    }

    @Test
    void refusedEditLeavesTheDesignAsItWas() {
        var before = history.design();
        var stale = Edits.rename(before, ElementId.of("vpc"), "x");
        history.apply(Edits.rename(before, ElementId.of("vpc"), "y"));
        assertThatThrownBy(() -> history.apply(stale)).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("has changed since");
        assertThat(history.design().get(ElementId.of("vpc")).name()).isEqualTo("y");
    }

    @Test
    void placingAnElementWhereItCannotLiveIsRefused() {
        var design = history.design();
        assertThatThrownBy(() -> history.apply(Edits.reparent(design, ElementId.of("web-a"), ElementId.of("vpc"),
                design.get(ElementId.of("web-a")).bounds())))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("EC2 instance 'web-a' cannot be inside VPC 'vpc': a EC2 instance must be placed inside a Subnet");
        assertThat(history.design()).isEqualTo(design);
    }

    @Test
    void deletingRemovesContentsAndLinksAndUndoRestoresBoth() {
        var original = history.design();
        history.apply(Edits.delete(original, List.of(ElementId.of("web-tg"))));
        var https = history.design().get(ElementId.of("https"), Listener.class);
        assertThat(https.defaultAction().targetGroups()).isEmpty();
        assertThat(history.undoLabel()).contains("Delete target group 'web-tg'");
        history.undo();
        assertThat(history.design()).isEqualTo(original);

        history.apply(Edits.delete(original, List.of(ElementId.of("us-east-1a"))));
        var after = history.design();
        assertThat(after.contains(ElementId.of("public-a"))).isFalse();
        assertThat(after.contains(ElementId.of("web-a"))).isFalse();
        assertThat(after.get(ElementId.of("web-tg"), TargetGroup.class).targets()).hasSize(1);
        history.undo();
        assertThat(history.design()).isEqualTo(original);
    }
}
