package com.balancerstudio.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RecoveryEditTest {
    private final Design saved = Fixtures.webTier();
    private final Design recovered = saved
            .withReplaced(Fixtures.get(saved, "web-tg", TargetGroup.class).withName("renamed"))
            .withName("Recovered");

    @Test
    void turnsTheSavedDesignIntoTheRecoveredOneAndBack() {
        var edit = RecoveryEdit.between(saved, recovered);
        assertThat(edit.apply(saved)).isEqualTo(recovered);
        assertThat(edit.inverse().apply(recovered)).isEqualTo(saved);
        assertThat(edit.label()).isEqualTo("Recover unsaved changes");
    }

    @Test
    void startsFromAnEmptyDesignWhenThereIsNoSavedFile() {
        var empty = Design.empty("Recovered");
        assertThat(RecoveryEdit.between(empty, recovered).apply(empty)).isEqualTo(recovered);
    }
}
