package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warns when a Network, Gateway or Classic Load Balancer without cross-zone load balancing has its targets spread
 * unevenly over its zones: each node then serves only its own zone's targets, and a zone without any fails.
 * Only registered targets are counted. Target groups (and Classic Load Balancers) fed by an Auto Scaling group are
 * left alone: their instances are launched at run time, spread by the group over its own subnets.
 */
public final class UnevenTargetsWithoutCrossZone extends CatalogRule {
    /** How AWS marks an IP target outside the VPC that every enabled zone may reach. */
    private static final String ALL_ZONES = "all";

    public UnevenTargetsWithoutCrossZone(Catalog catalog) {
        super(catalog, "ELB-XZ-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var zones = topology.enabledZones(lb);
            if (zones.isEmpty()) {
                continue;
            }
            if (lb.type() == LoadBalancerType.CLASSIC) {
                if (!crossZone(lb) && !fedByAutoScaling(design, lb)) {
                    var zonesOfTargets = lb.instanceIds().stream().map(id -> design.get(id, Instance.class))
                            .filter(java.util.Objects::nonNull).map(topology::zoneNameOf).toList();
                    var counts = count(zones, zonesOfTargets);
                    if (uneven(counts)) {
                        findings.add(finding(values(lb, distribution(counts)), lb));
                    }
                }
            } else if (lb.type() == LoadBalancerType.NETWORK || lb.type() == LoadBalancerType.GATEWAY) {
                for (var group : topology.targetGroupsOf(lb)) {
                    // An alb-type target is itself spread over its zones; ELB-XZ-004 compares the two settings.
                    if (group.targetType() == TargetType.ALB || crossZone(lb, group)
                            || !topology.autoScalingGroupsOf(group).isEmpty()) {
                        continue;
                    }
                    var zonesOfTargets = group.targets().stream().map(t -> zoneOf(design, lb, t)).toList();
                    var counts = count(zones, zonesOfTargets);
                    if (uneven(counts)) {
                        findings.add(finding(values(lb, "target group " + group.name() + ": " + distribution(counts)),
                                lb, group));
                    }
                }
            }
        }
        return findings;
    }

    private static Values values(LoadBalancer lb, String distribution) {
        return Values.of("lb.name", lb.name()).and("distribution", distribution);
    }

    /** The Classic Load Balancer's own setting; created through the API or Terraform it is off unless set. */
    private static boolean crossZone(LoadBalancer lb) {
        return Boolean.TRUE.equals(lb.enableCrossZoneLoadBalancing());
    }

    /** The target group's setting, or the balancer's when the group inherits it (off by default for NLB and GWLB). */
    private static boolean crossZone(LoadBalancer lb, TargetGroup group) {
        var setting = group.loadBalancingCrossZoneEnabled();
        return setting == CrossZoneSetting.INHERIT ? crossZone(lb) : setting == CrossZoneSetting.ON;
    }

    private static boolean fedByAutoScaling(Design design, LoadBalancer lb) {
        return design.topology().referrersOf(lb.id()).stream().anyMatch(AutoScalingGroup.class::isInstance);
    }

    /** Instances sit in their subnet's zone; an IP target names its zone, or lies in a subnet of the balancer's VPC. */
    private static String zoneOf(Design design, LoadBalancer lb, TargetRegistration target) {
        var topology = design.topology();
        var zone = topology.zoneOfTarget(target);
        if (zone != null || target.ipAddress() == null) {
            return zone;
        }
        Cidr address;
        try {
            address = Cidr.parse(target.ipAddress() + "/32");
        } catch (IllegalArgumentException e) {
            return null;
        }
        var vpc = topology.vpcOf(lb);
        return design.elementsOf(Subnet.class).stream()
                .filter(s -> vpc.equals(topology.vpcOf(s)) && s.cidrBlock().contains(address))
                .map(topology::zoneNameOf).findFirst().orElse(null);
    }

    /** Targets per enabled zone, in the balancer's zone order; targets in zones it does not use are not counted. */
    private static Map<String, Integer> count(Set<String> zones, List<String> zonesOfTargets) {
        var counts = new LinkedHashMap<String, Integer>();
        zones.forEach(zone -> counts.put(zone, 0));
        for (var zone : zonesOfTargets) {
            if (ALL_ZONES.equals(zone)) {
                counts.replaceAll((z, n) -> n + 1);
            } else if (zone != null && counts.containsKey(zone)) {
                counts.merge(zone, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean uneven(Map<String, Integer> counts) {
        return counts.containsValue(0) || counts.values().stream().distinct().count() > 1;
    }

    private static String distribution(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " in " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
