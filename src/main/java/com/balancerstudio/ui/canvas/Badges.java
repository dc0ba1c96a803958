package com.balancerstudio.ui.canvas;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The badge of each element: the worst severity among the findings that are mainly about it. */
final class Badges {
    private Badges() {
    }

    static Map<ElementId, Severity> of(List<Finding> findings) {
        var worst = new HashMap<ElementId, Severity>();
        for (var finding : findings) {
            var id = finding.primaryElement();
            if (id != null) {
                worst.merge(id, finding.severity(), (a, b) -> a.atLeast(b) ? a : b);
            }
        }
        return worst;
    }
}
