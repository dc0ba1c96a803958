package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/**
 * The routes of a route table, one card each: the destination CIDR block (checked as typed) and the gateway it goes
 * to, an internet gateway or a NAT gateway of the table's VPC; a row below adds one. Each change is one edit.
 */
final class RoutesSection {
    private RoutesSection() {
    }

    static Node of(Workspace workspace, RouteTable table) {
        var design = workspace.design();
        var targets = targets(design, table);
        var destination = new ValidatedField(null, "", "0.0.0.0/0", Parsers.cidr(), v -> { });
        destination.setId("new-route-destination");
        destination.setPrefColumnCount(10);
        var target = new ComboBox<>(FXCollections.observableArrayList(targets));
        target.setId("new-route-target");
        target.setPromptText("to gateway");
        var add = new Button("Add route");
        add.setId("add-route");
        add.disableProperty().bind(target.valueProperty().isNull());
        add.setOnAction(e -> {
            try {
                var cidr = (Cidr) destination.parsedValue();
                change(workspace, table, routes -> {
                    requireNewDestination(routes, cidr, -1);
                    routes.add(new Route(cidr, (ElementId) target.getValue().value()));
                    return routes;
                }, "Add route to " + cidr + " in " + table.name());
            } catch (IllegalArgumentException refused) {
                workspace.say("Not added: " + refused.getMessage());
            }
        });
        return new ItemCards<>("Routes", "routes", table.routes(), (route, index) -> card(workspace, table, targets,
                route, index))
                .removable("Remove route", route -> change(workspace, table, routes -> {
                    routes.remove(route);
                    return routes;
                }, "Remove route to " + route.destinationCidrBlock() + " from " + table.name()))
                .withAdd(destination, target, add)
                .node();
    }

    private static Node card(Workspace workspace, RouteTable table, List<Choice> targets, Route route, int index) {
        var grid = PropertyForm.grid();
        grid.setPadding(Insets.EMPTY);
        var destination = new ValidatedField(route.destinationCidrBlock(), route.destinationCidrBlock().toString(),
                "e.g. 0.0.0.0/0", Parsers.cidr(), typed -> change(workspace, table, routes -> {
                    requireNewDestination(routes, (Cidr) typed, index);
                    routes.set(index, new Route((Cidr) typed, route.target()));
                    return routes;
                }, "Set route destination in " + table.name())).reportingTo(workspace::say);
        destination.setId("route-destination-" + index);
        var choices = new ArrayList<>(targets);
        if (choices.stream().noneMatch(c -> route.target().equals(c.value()))) {
            choices.add(0, new Choice(Summaries.of(workspace.design(), route.target()), route.target()));
        }
        var target = Choice.box(choices, route.target(), picked -> change(workspace, table, routes -> {
            routes.set(index, new Route(route.destinationCidrBlock(), (ElementId) picked));
            return routes;
        }, "Route " + route.destinationCidrBlock() + " of " + table.name() + " elsewhere"));
        target.setId("route-target-" + index);
        grid.addRow(0, PropertyForm.label("destination"), destination);
        grid.addRow(1, PropertyForm.label("target"), target);
        return grid;
    }

    /**
     * The internet gateways attached to the table's VPC and the NAT gateways and GWLB endpoints inside it (all, if it
     * has no VPC).
     */
    private static List<Choice> targets(Design design, RouteTable table) {
        var topology = design.topology();
        var vpc = topology.vpcOf(table);
        var choices = new ArrayList<Choice>();
        for (var gateway : design.elementsOf(InternetGateway.class)) {
            if (vpc == null || vpc.id().equals(gateway.vpcId())) {
                choices.add(new Choice(gateway.name() + " (internet gateway)", gateway.id()));
            }
        }
        for (var nat : design.elementsOf(NatGateway.class)) {
            if (vpc == null || vpc.equals(topology.vpcOf(nat))) {
                var zone = topology.zoneNameOf(nat);
                choices.add(new Choice(nat.name() + " (NAT gateway" + (zone == null ? "" : ", " + zone) + ")", nat.id()));
            }
        }
        for (var endpoint : design.elementsOf(GatewayLoadBalancerEndpoint.class)) {
            if (vpc == null || vpc.equals(topology.vpcOf(endpoint))) {
                var zone = topology.zoneNameOf(endpoint);
                choices.add(new Choice(endpoint.name() + " (GWLB endpoint" + (zone == null ? "" : ", " + zone) + ")",
                        endpoint.id()));
            }
        }
        return choices;
    }

    /** AWS keeps one route per destination in a table. */
    private static void requireNewDestination(List<Route> routes, Cidr destination, int exceptIndex) {
        for (int i = 0; i < routes.size(); i++) {
            if (i != exceptIndex && routes.get(i).destinationCidrBlock().network() == destination.network()
                    && routes.get(i).destinationCidrBlock().prefixLength() == destination.prefixLength()) {
                throw new IllegalArgumentException("the table already has a route to " + destination);
            }
        }
    }

    private static void change(Workspace workspace, RouteTable table, UnaryOperator<List<Route>> change, String label) {
        ElementChange.apply(workspace, table.id(), RouteTable.class,
                now -> RecordCopier.with(now, "routes", change.apply(new ArrayList<>(now.routes()))), label);
    }
}
