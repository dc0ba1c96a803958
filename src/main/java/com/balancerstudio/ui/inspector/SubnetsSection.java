package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;

/**
 * The subnets a load balancer is enabled in (one node per zone), one card each with its zone and whether it is public
 * (and, for a Network Load Balancer, the Elastic IP or private address of its node); a picker of the VPC's other
 * subnets adds one, Remove takes one away, each as one edit.
 */
final class SubnetsSection {
    private SubnetsSection() {
    }

    static Node of(Workspace workspace, LoadBalancer balancer) {
        var design = workspace.design();
        var topology = design.topology();
        var vpc = topology.vpcOf(balancer);
        var mapped = balancer.subnetIds();
        var candidates = design.elementsOf(Subnet.class).stream()
                .filter(s -> !mapped.contains(s.id()) && vpc != null && vpc.equals(topology.vpcOf(s)))
                .map(s -> new Choice(s.name() + " (" + topology.zoneNameOf(s) + ", "
                        + (topology.isPublic(s) ? "public" : "private") + ")", s.id()))
                .toList();
        var picker = new ComboBox<>(FXCollections.observableArrayList(candidates));
        picker.setId("subnet-picker");
        picker.setPromptText("Subnet of " + (vpc == null ? "the VPC" : vpc.name()));
        var add = new Button("Enable");
        add.setId("add-subnet");
        add.disableProperty().bind(picker.valueProperty().isNull());
        add.setOnAction(e -> change(workspace, balancer, mappings -> {
            mappings.add(SubnetMapping.of((ElementId) picker.getValue().value()));
            return mappings;
        }, "Enable " + balancer.name() + " in " + picker.getValue().label()));
        return new ItemCards<>("Subnets (one per zone)", "subnet-mappings", balancer.subnetMappings(),
                (mapping, index) -> SubnetMappingCard.of(workspace, balancer, mapping, index))
                .removable("Remove subnet", m -> change(workspace, balancer, mappings -> {
                    mappings.remove(m);
                    return mappings;
                }, "Remove " + Summaries.of(design, m.subnetId()) + " from " + balancer.name()))
                .withAdd(picker, add)
                .node();
    }

    /** "us-east-1a, public, 10.0.0.0/24". */
    static String describe(Design design, SubnetMapping mapping) {
        var subnet = design.get(mapping.subnetId(), Subnet.class);
        if (subnet == null) {
            return "missing from the design";
        }
        var zone = design.topology().zoneNameOf(subnet);
        return (zone == null ? "no zone" : zone) + ", " + (design.topology().isPublic(subnet) ? "public" : "private")
                + ", " + subnet.cidrBlock();
    }

    /** Changes the balancer's mappings, read from the current design, as one edit. */
    static void change(Workspace workspace, LoadBalancer balancer, UnaryOperator<List<SubnetMapping>> change,
                       String label) {
        ElementId id = balancer.id();
        ElementChange.apply(workspace, id, LoadBalancer.class,
                now -> now.withSubnetMappings(change.apply(new ArrayList<>(now.subnetMappings()))), label);
    }
}
