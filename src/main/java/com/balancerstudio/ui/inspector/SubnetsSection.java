package com.balancerstudio.ui.inspector;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;

/**
 * The subnets a load balancer is enabled in (one node per zone), with their zone, whether they are public and their
 * Elastic IP; a picker of the VPC's other subnets adds one, Remove takes one away, each as one edit.
 */
final class SubnetsSection {
    private SubnetsSection() {
    }

    static Node of(Workspace workspace, LoadBalancer balancer) {
        var design = workspace.design();
        var topology = design.topology();
        var columns = new LinkedHashMap<String, Function<SubnetMapping, String>>();
        columns.put("Subnet", m -> Summaries.of(design, m.subnetId()));
        columns.put("Zone", m -> zoneOf(design, m));
        columns.put("Kind", m -> {
            var subnet = design.get(m.subnetId(), Subnet.class);
            return subnet == null ? "" : topology.isPublic(subnet) ? "public" : "private";
        });
        columns.put("Elastic IP", m -> m.allocationId() == null ? "" : Summaries.of(design, m.allocationId()));
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
        add.setOnAction(e -> {
            var mappings = new ArrayList<>(current(workspace, balancer).subnetMappings());
            mappings.add(SubnetMapping.of((com.balancerstudio.model.ElementId) picker.getValue().value()));
            change(workspace, balancer, mappings, "Enable " + balancer.name() + " in " + picker.getValue().label());
        });
        return new ItemsTable<>("Subnets", "subnet-mappings", balancer.subnetMappings(), columns)
                .withActions("Remove subnet", m -> {
                    var mappings = new ArrayList<>(current(workspace, balancer).subnetMappings());
                    mappings.remove(m);
                    change(workspace, balancer, mappings,
                            "Remove " + Summaries.of(design, m.subnetId()) + " from " + balancer.name());
                }, picker, add)
                .node();
    }

    private static String zoneOf(Design design, SubnetMapping mapping) {
        var subnet = design.get(mapping.subnetId(), Subnet.class);
        var zone = subnet == null ? null : design.topology().zoneNameOf(subnet);
        return zone == null ? "" : zone;
    }

    private static LoadBalancer current(Workspace workspace, LoadBalancer balancer) {
        return workspace.design().get(balancer.id(), LoadBalancer.class);
    }

    private static void change(Workspace workspace, LoadBalancer balancer, List<SubnetMapping> mappings, String label) {
        workspace.apply(Edits.change(workspace.design(), current(workspace, balancer).withSubnetMappings(mappings), label));
    }
}
