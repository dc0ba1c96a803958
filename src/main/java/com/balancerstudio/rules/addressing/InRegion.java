package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups elements of one kind by the Region they are drawn in, for the per-Region quota rules. */
final class InRegion {
    private InRegion() {
    }

    /** The elements of the kind per enclosing Region, in design order; elements outside any Region are left out. */
    static <T extends Element> Map<Region, List<T>> group(Design design, Class<T> type) {
        var groups = new LinkedHashMap<Region, List<T>>();
        for (var element : design.elementsOf(type)) {
            var region = design.topology().regionOf(element);
            if (region != null) {
                groups.computeIfAbsent(region, k -> new ArrayList<>()).add(element);
            }
        }
        return groups;
    }
}
