package com.balancerstudio.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RandomEdits;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.Size;

/** Invariants of the edit history and the design file under random sequences of gestures. */
class HistoryPropertiesTest {

    @Provide
    Arbitrary<List<RandomEdits.Recipe>> gestures() {
        return RandomEdits.recipes().list().ofMaxSize(25);
    }

    @Property(tries = 200)
    void undoingEverythingGivesBackTheOriginal(@ForAll("gestures") List<RandomEdits.Recipe> gestures) {
        var original = Fixtures.webTier();
        var history = new History(original);
        int applied = 0;
        for (var gesture : gestures) {
            if (history.apply(gesture.toEdit(history.design()))) {
                applied++;
            }
        }
        var edited = history.design();
        for (int i = 0; i < applied; i++) {
            history.undo();
        }
        assertThat(history.canUndo()).isFalse();
        assertThat(history.design()).isEqualTo(original);
        assertThat(history.isDirty()).isFalse();
        for (int i = 0; i < applied; i++) {
            history.redo();
        }
        assertThat(history.design()).isEqualTo(edited);
    }

    @Property(tries = 100)
    void saveThenLoadGivesBackAnEqualDesign(@ForAll("gestures") @Size(max = 25) List<RandomEdits.Recipe> gestures)
            throws Exception {
        var design = Fixtures.webTier();
        for (var gesture : gestures) {
            design = gesture.toEdit(design).apply(design);
        }
        assertThat(DesignFile.parse(DesignFile.toJson(design), "generated")).isEqualTo(design);
    }
}
