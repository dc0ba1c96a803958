package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One subnet a load balancer is enabled in. A Network Load Balancer's node there can have a fixed address: an
 * Elastic IP when it is internet-facing, a private IPv4 address of the subnet when it is internal; both are edited
 * here (an address set on the wrong kind stays editable so it can be cleared).
 */
final class SubnetMappingCard {
    private SubnetMappingCard() {
    }

    static Node of(Workspace workspace, LoadBalancer balancer, SubnetMapping mapping, int index) {
        var design = workspace.design();
        var card = new VBox(4, ItemCards.summary(Summaries.of(design, mapping.subnetId()),
                SubnetsSection.describe(design, mapping)));
        if (balancer.type() != LoadBalancerType.NETWORK) {
            return card;
        }
        var grid = PropertyForm.grid();
        grid.setPadding(Insets.EMPTY);
        int row = 0;
        if (!balancer.internal() || mapping.allocationId() != null) {
            var choices = new ArrayList<Choice>();
            choices.add(new Choice("none (AWS assigns one)", null));
            design.elementsOf(ElasticIp.class).forEach(eip -> choices.add(new Choice(eip.name(), eip.id())));
            var eip = Choice.box(choices, mapping.allocationId(), picked -> SubnetsSection.change(workspace, balancer,
                    mappings -> {
                        mappings.set(index, new SubnetMapping(mapping.subnetId(), (ElementId) picked,
                                mapping.privateIpv4Address()));
                        return mappings;
                    }, (picked == null ? "Remove the Elastic IP of " : "Set the Elastic IP of ") + balancer.name()
                            + " in " + Summaries.of(design, mapping.subnetId())));
            eip.setId("mapping-eip-" + index);
            grid.addRow(row++, PropertyForm.label("Elastic IP"), eip);
        }
        var subnet = design.get(mapping.subnetId(), Subnet.class);
        if (subnet != null && (balancer.internal() || mapping.privateIpv4Address() != null)) {
            var address = new ValidatedField(mapping.privateIpv4Address(), text(mapping.privateIpv4Address()),
                    "assigned by AWS", Parsers.addressIn(subnet.cidrBlock()), typed -> SubnetsSection.change(workspace,
                    balancer, mappings -> {
                        mappings.set(index, new SubnetMapping(mapping.subnetId(), mapping.allocationId(), (String) typed));
                        return mappings;
                    }, "Set the private IPv4 address of " + balancer.name() + " in " + subnet.name()))
                    .reportingTo(workspace::say);
            address.setId("mapping-address-" + index);
            grid.addRow(row, PropertyForm.label("private IPv4"), address);
        }
        card.getChildren().add(grid);
        return card;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
