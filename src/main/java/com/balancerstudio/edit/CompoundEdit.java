package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Several edits made by one gesture, applied in order and undone in reverse order, as one step of history. */
public record CompoundEdit(String label, List<Edit> edits) implements Edit {
    public CompoundEdit {
        edits = List.copyOf(edits);
    }

    @Override
    public Design apply(Design design) {
        var result = design;
        for (var edit : edits) {
            result = edit.apply(result);
        }
        return result;
    }

    @Override
    public Edit inverse() {
        var inverses = new ArrayList<Edit>(edits.size());
        for (var edit : edits) {
            inverses.add(edit.inverse());
        }
        Collections.reverse(inverses);
        return new CompoundEdit(label, inverses);
    }
}
