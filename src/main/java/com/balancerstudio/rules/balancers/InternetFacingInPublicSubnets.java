package com.balancerstudio.rules.balancers;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Checks that an internet-facing load balancer has its nodes only in public subnets. */
public final class InternetFacingInPublicSubnets extends CatalogRule {
    public InternetFacingInPublicSubnets(Catalog catalog) {
        super(catalog, "ELB-GEN-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (!lb.internetFacing()) {
                continue;
            }
            for (var subnet : topology.subnetsOf(lb)) {
                if (!topology.isPublic(subnet)) {
                    var zone = topology.zoneNameOf(subnet);
                    var values = Values.of("lb.name", lb.name()).and("subnet.name", subnet.name()).and("az", zone);
                    findings.add(finding(values, usePublicSubnet(design, lb, subnet), lb, subnet));
                }
            }
        }
        return findings;
    }

    /** Swapping is obvious only when the zone has exactly one public subnet that the balancer does not use yet. */
    private static Edit usePublicSubnet(Design design, LoadBalancer lb, Subnet privateSubnet) {
        var topology = design.topology();
        var zone = topology.zoneOf(privateSubnet);
        if (zone == null || !Objects.equals(topology.vpcOf(zone), topology.vpcOf(lb))) {
            return null;
        }
        var candidates = design.children(zone.id()).stream()
                .filter(Subnet.class::isInstance).map(Subnet.class::cast)
                .filter(subnet -> topology.isPublic(subnet) && !lb.subnetIds().contains(subnet.id())).toList();
        if (candidates.size() != 1) {
            return null;
        }
        var replacement = candidates.get(0);
        // An NLB's Elastic IP moves with the node; a fixed private address belonged to the old subnet's range.
        var mappings = lb.subnetMappings().stream()
                .map(m -> m.subnetId().equals(privateSubnet.id())
                        ? new SubnetMapping(replacement.id(), m.allocationId(), null) : m).toList();
        return Edits.change(design, lb.withSubnetMappings(mappings), "Use public subnet " + replacement.name() + " ("
                + zone.zoneName() + ") instead of " + privateSubnet.name());
    }
}
