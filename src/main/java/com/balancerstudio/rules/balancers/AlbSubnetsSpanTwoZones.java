package com.balancerstudio.rules.balancers;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.ZoneType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Checks that an Application Load Balancer is enabled in at least two Availability Zones. An ALB in Local Zones may use
 * one, and one on an Outpost uses exactly one Outpost subnet
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html, SubnetMappings);
 * ELB-GEN-009 checks those.
 */
public final class AlbSubnetsSpanTwoZones extends CatalogRule {
    public AlbSubnetsSpanTwoZones(Catalog catalog) {
        super(catalog, "ELB-ALB-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.APPLICATION || outsideAvailabilityZones(design, lb)) {
                continue;
            }
            int zones = topology.enabledZones(lb).size();
            if (zones < AwsLimits.ALB_MINIMUM_ZONES) {
                var involved = new ArrayList<Element>();
                involved.add(lb);
                involved.addAll(topology.subnetsOf(lb));
                findings.add(finding(Values.of("lb.name", lb.name()).and("n", zones), addSubnets(design, lb),
                        involved.toArray(Element[]::new)));
            }
        }
        return findings;
    }

    private static boolean outsideAvailabilityZones(Design design, LoadBalancer lb) {
        return design.topology().subnetsOf(lb).stream().map(s -> design.topology().zoneOf(s))
                .anyMatch(zone -> zone != null && zone.zoneType() != ZoneType.AVAILABILITY_ZONE);
    }

    /**
     * Maps one subnet of each missing zone of the VPC until the minimum is reached, preferring public subnets for an
     * internet-facing balancer and private ones for an internal balancer (whose nodes need no route to the internet).
     */
    private static Edit addSubnets(Design design, LoadBalancer lb) {
        var topology = design.topology();
        var enabled = topology.enabledZones(lb);
        var vpc = topology.vpcOf(lb);
        var bestPerZone = new LinkedHashMap<String, Subnet>();
        design.elementsOf(Subnet.class).stream()
                .filter(s -> Objects.equals(topology.vpcOf(s), vpc) && !enabled.contains(topology.zoneNameOf(s)))
                .sorted(Comparator.comparing(s -> topology.isPublic(s) != lb.internetFacing()))
                .forEach(s -> bestPerZone.putIfAbsent(topology.zoneNameOf(s), s));
        int needed = AwsLimits.ALB_MINIMUM_ZONES - enabled.size();
        if (bestPerZone.size() < needed) {
            return null;
        }
        var added = bestPerZone.values().stream()
                .sorted(Comparator.comparing(topology::zoneNameOf)).limit(needed).toList();
        var mappings = new ArrayList<>(lb.subnetMappings());
        added.forEach(s -> mappings.add(SubnetMapping.of(s.id())));
        var names = added.stream().map(s -> s.name() + " (" + topology.zoneNameOf(s) + ")").toList();
        var label = added.size() == 1 ? "Add subnet " + names.get(0) : "Add subnets " + String.join(" and ", names);
        return Edits.change(design, lb.withSubnetMappings(mappings), label);
    }
}
