package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a subnet drawn across another Availability Zone of its VPC (NET-SUB-005). The design already places every
 * subnet in exactly one zone; a drawing that spills into a neighbouring zone suggests it spans both, which no subnet
 * can.
 */
public final class SubnetDrawnInOneZone extends CatalogRule {
    public SubnetDrawnInOneZone(Catalog catalog) {
        super(catalog, "NET-SUB-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var subnet : design.elementsOf(Subnet.class)) {
            var zone = design.get(subnet.parent(), AvailabilityZone.class);
            if (zone == null || empty(subnet.bounds())) {
                continue;
            }
            var drawn = design.absoluteBounds(subnet.id());
            for (var sibling : design.children(zone.parent())) {
                if (sibling instanceof AvailabilityZone other && !other.equals(zone) && !empty(other.bounds())
                        && shareArea(drawn, design.absoluteBounds(other.id()))) {
                    findings.add(finding(Values.of("subnet.name", subnet.name()), subnet, other));
                    break;
                }
            }
        }
        return findings;
    }

    private static boolean empty(Rect bounds) {
        return bounds.width() <= 0 || bounds.height() <= 0;
    }

    /** Touching edges are fine; overlapping area is not. */
    private static boolean shareArea(Rect a, Rect b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }
}
