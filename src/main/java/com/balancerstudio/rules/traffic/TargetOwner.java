package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whatever holds the targets a load balancer sends traffic to: a target group, or a Classic Load Balancer with its
 * directly registered instances; with the Auto Scaling groups that register instances into it.
 */
record TargetOwner(Element element, String label, TargetType targetType, List<Target> targets,
                   List<AutoScalingGroup> autoScalingGroups) {

    /** One registered target: how a person names it, its element (null for an IP address), its zone (null if unknown). */
    record Target(String label, Element element, String zone) {
    }

    /** Every target group and Classic Load Balancer of the design, in design order. */
    static List<TargetOwner> all(Design design) {
        var owners = new ArrayList<TargetOwner>();
        for (var element : design.elements()) {
            if (element instanceof TargetGroup group) {
                owners.add(of(design, group));
            } else if (element instanceof LoadBalancer lb && lb.type() == LoadBalancerType.CLASSIC) {
                owners.add(ofClassic(design, lb));
            }
        }
        return owners;
    }

    /** The owners a load balancer sends traffic to: its target groups, or itself for a Classic Load Balancer. */
    static List<TargetOwner> servedBy(Design design, LoadBalancer lb) {
        if (lb.type() == LoadBalancerType.CLASSIC) {
            return List.of(ofClassic(design, lb));
        }
        return design.topology().targetGroupsOf(lb).stream().map(group -> of(design, group)).toList();
    }

    static TargetOwner of(Design design, TargetGroup group) {
        var topology = design.topology();
        var targets = new ArrayList<Target>();
        for (var registration : group.targets()) {
            var element = registration.targetId() == null ? null : design.get(registration.targetId());
            String label;
            if (registration.targetId() == null) {
                label = registration.ipAddress();
            } else {
                label = element == null ? registration.targetId().value() : element.name();
            }
            targets.add(new Target(label, element, knownZone(topology.zoneOfTarget(registration))));
        }
        return new TargetOwner(group, "target group " + group.name(), group.targetType(), targets,
                topology.autoScalingGroupsOf(group));
    }

    static TargetOwner ofClassic(Design design, LoadBalancer lb) {
        var topology = design.topology();
        var targets = new ArrayList<Target>();
        for (var id : lb.instanceIds()) {
            var instance = design.get(id, Instance.class);
            if (instance != null) {
                targets.add(new Target(instance.name(), instance, topology.zoneNameOf(instance)));
            }
        }
        var groups = topology.referrersOf(lb.id()).stream()
                .filter(AutoScalingGroup.class::isInstance).map(AutoScalingGroup.class::cast)
                .filter(asg -> asg.loadBalancerIds().contains(lb.id())).distinct().toList();
        return new TargetOwner(lb, "load balancer " + lb.name(), TargetType.INSTANCE, targets, groups);
    }

    /** The zones traffic can reach: those of the registered targets and of the attached Auto Scaling groups' subnets. */
    Set<String> zones(Design design) {
        var zones = new LinkedHashSet<String>();
        targets.stream().map(Target::zone).filter(Objects::nonNull).forEach(zones::add);
        for (var asg : autoScalingGroups) {
            for (var subnetId : asg.subnetIds()) {
                var subnet = design.get(subnetId, Subnet.class);
                var zone = subnet == null ? null : design.topology().zoneNameOf(subnet);
                if (zone != null) {
                    zones.add(zone);
                }
            }
        }
        return zones;
    }

    /** How many targets there can be at most: the registered ones plus what the Auto Scaling groups may launch. */
    int maximumTargets() {
        return targets.size() + autoScalingGroups.stream().mapToInt(AutoScalingGroup::maxSize).sum();
    }

    /** Lambda functions and Application Load Balancers as targets are redundant by themselves. */
    boolean holdsServers() {
        return targetType == TargetType.INSTANCE || targetType == TargetType.IP;
    }

    // An IP target outside the VPC is reachable from every zone; it does not pin traffic to one.
    private static String knownZone(String zone) {
        return AwsLimits.ALL_ZONES.equals(zone) ? null : zone;
    }
}
