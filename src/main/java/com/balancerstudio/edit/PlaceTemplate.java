package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The edit of a palette drop: adds a new element made from a template in a container and grows the containers around
 * it. A public subnet becomes public as in AWS, by associating it with a route table of its VPC that routes to an
 * internet gateway, when the VPC has one.
 */
public final class PlaceTemplate {
    private PlaceTemplate() {
    }

    /** The result of a drop: the one edit and the id of the new element. */
    public record Placed(Edit edit, ElementId id) {
    }

    public static Placed place(Design design, Template template, ElementId container, Rect relativeBounds) {
        var parent = design.get(container);
        if (container != null && parent == null) {
            throw new EditRefusedException("no element '" + container + "'");
        }
        var why = Placement.refusal(template.kind(), parent);
        if (why.isPresent()) {
            throw new EditRefusedException(why.get());
        }
        var element = template.create(design, container, relativeBounds);
        var edits = new ArrayList<Edit>();
        edits.add(new AddElement(element, design.size()));
        if (template == Template.PUBLIC_SUBNET && element instanceof Subnet subnet) {
            var added = edits.get(0).apply(design);
            var table = publicRouteTable(added, subnet);
            if (table != null) {
                var subnets = new ArrayList<>(table.subnetIds());
                subnets.add(subnet.id());
                edits.add(new ReplaceElement(table, new RouteTable(table.id(), table.name(), table.parent(),
                        table.bounds(), table.main(), table.routes(), subnets), "Associate"));
            }
        }
        var placed = new CompoundEdit("Add", edits);
        edits.add(GrowToFit.around(placed.apply(design), List.of(element.id())));
        var label = "Add " + template.label().toLowerCase(Locale.ROOT) + " '" + element.name() + "'";
        return new Placed(new CompoundEdit(label, edits), element.id());
    }

    private static RouteTable publicRouteTable(Design design, Subnet subnet) {
        var vpc = design.topology().vpcOf(subnet);
        if (vpc == null) {
            return null;
        }
        for (var table : design.elementsOf(RouteTable.class)) {
            if (vpc.id().equals(table.parent()) && table.routes().stream()
                    .anyMatch(r -> design.get(r.target()) instanceof InternetGateway)) {
                return table;
            }
        }
        return null;
    }
}
