package com.balancerstudio.importing;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.Rect;
import java.nio.file.Path;
import java.util.ArrayList;

/** Designs as an import makes them: every element in its right container, none with a position or size. */
final class Unplaced {
    private Unplaced() {
    }

    static Design sample(Path file) {
        try {
            return of(DesignFile.read(file));
        } catch (DesignFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The design with the bounds the importer gives: empty, and none at all for listeners and rules. */
    static Design of(Design design) {
        var elements = new ArrayList<Element>();
        for (var element : design.elements()) {
            boolean drawn = !(element instanceof Listener || element instanceof ListenerRule);
            elements.add(element.withPlacement(element.parent(), drawn ? new Rect(0, 0, 0, 0) : null));
        }
        return Design.of(design.name(), design.description(), elements, design.scenarios());
    }
}
