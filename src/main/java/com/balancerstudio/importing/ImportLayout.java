package com.balancerstudio.importing;

import com.balancerstudio.model.Client;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every box of a design that has no positions yet (one read from a Terraform configuration) the place a person
 * would draw it at, the way the sample designs are drawn: clients and DNS records in a column on the left, Regions
 * side by side to their right, and inside them rows of gateways, VPCs, load balancers, zone columns of subnets and
 * rows of resources, each container grown to hold what it contains.
 */
public final class ImportLayout {
    private static final double TOP = 20;

    private ImportLayout() {
    }

    /**
     * The same design with new bounds for every element drawn as a box; names, properties, element order and
     * scenarios are kept, and listeners and listener rules (not drawn as boxes) keep theirs. The result depends only
     * on what the design holds, not on the bounds it had.
     */
    public static Design arrange(Design design) {
        var out = new Placements();
        var column = Children.ofKinds(design, null, Client.class, DnsRecord.class);
        var others = Children.notOfKinds(design, null, Region.class, Client.class, DnsRecord.class);
        var left = new ArrayList<Element>(column);
        left.addAll(others);
        double columnWidth = placeColumn(left, out);

        var regions = Children.ofKinds(design, null, Region.class);
        var sizes = new ArrayList<Size>();
        double tallest = 0;
        for (var region : regions) {
            var size = RegionLayout.place(design, (Region) region, out);
            sizes.add(size);
            tallest = Math.max(tallest, size.height());
        }
        double x = Spacing.MARGIN + (left.isEmpty() ? 0 : columnWidth + Spacing.CONTAINER_GAP);
        for (int i = 0; i < regions.size(); i++) {
            out.put(regions.get(i), new Rect(x, TOP, sizes.get(i).width(), tallest));
            x += sizes.get(i).width() + Spacing.CONTAINER_GAP;
        }
        return withPlacements(design, out);
    }

    /** Stacks the top-level boxes at the left edge and returns the width of the column. */
    private static double placeColumn(List<Element> elements, Placements out) {
        double y = Spacing.TITLE_BAND;
        double width = 0;
        for (var element : elements) {
            var size = Spacing.boxOf(element);
            out.put(element, new Rect(Spacing.MARGIN, y, size.width(), size.height()));
            y += size.height() + Spacing.COLUMN_GAP;
            width = Math.max(width, size.width());
        }
        return width;
    }

    private static Design withPlacements(Design design, Placements out) {
        var elements = new ArrayList<Element>(design.size());
        for (var element : design.elements()) {
            var bounds = out.get(element);
            elements.add(bounds == null ? element : element.withPlacement(element.parent(), bounds));
        }
        return Design.of(design.name(), design.description(), elements, design.scenarios());
    }
}
