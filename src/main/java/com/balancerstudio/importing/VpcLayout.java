package com.balancerstudio.importing;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Size;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out the inside of a VPC in three bands: its load balancers in a centred row under the title, its Availability
 * Zones side by side (each a column of subnets, public ones first), and a row of target groups, Auto Scaling groups,
 * route tables and security groups below the zones.
 */
final class VpcLayout {
    private VpcLayout() {
    }

    /** Places everything inside the VPC and returns the size the VPC needs. */
    static Size place(Design design, Vpc vpc, Placements out) {
        var zones = design.children(vpc.id()).stream().filter(AvailabilityZone.class::isInstance)
                .map(AvailabilityZone.class::cast)
                // Zones read a, b, c from the left whatever order the configuration declared them in.
                .sorted(Comparator.comparing(AvailabilityZone::zoneName, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        var balancers = Children.ofKinds(design, vpc.id(), LoadBalancer.class);
        var resources = new ArrayList<Element>(Children.ofKinds(design, vpc.id(), TargetGroup.class,
                AutoScalingGroup.class, RouteTable.class, SecurityGroup.class));
        resources.addAll(Children.notOfKinds(design, vpc.id(), AvailabilityZone.class, LoadBalancer.class,
                TargetGroup.class, AutoScalingGroup.class, RouteTable.class, SecurityGroup.class));

        double zoneRowWidth = zones.size() * Spacing.ZONE_WIDTH + Math.max(0, zones.size() - 1) * Spacing.CONTAINER_GAP;
        double innerWidth = Math.max(zoneRowWidth, Spacing.MIN_INNER_WIDTH);
        double left = Spacing.MARGIN;
        double right = left + innerWidth;

        double bottom = Spacing.TITLE_BAND;
        if (!balancers.isEmpty()) {
            bottom = FlowRow.place(balancers, left, bottom, right, Spacing.GAP, true, out);
        }
        if (!zones.isEmpty()) {
            double top = balancers.isEmpty() ? bottom : bottom + Spacing.GAP;
            bottom = top + placeZones(design, zones, left, top, out);
        }
        if (!resources.isEmpty()) {
            double gap = zones.isEmpty() ? Spacing.GAP : Spacing.CONTAINER_GAP;
            double top = zones.isEmpty() && balancers.isEmpty() ? bottom : bottom + gap;
            bottom = FlowRow.place(resources, left, top, right, Spacing.GAP, false, out);
        }
        double height = Math.max(bottom + Spacing.MARGIN, Spacing.SUBNET_MIN_HEIGHT);
        return new Size(innerWidth + 2 * Spacing.MARGIN, height);
    }

    /** Places the zones in a row at {@code top}, all as tall as the tallest, and returns that height. */
    private static double placeZones(Design design, List<AvailabilityZone> zones, double left, double top,
                                     Placements out) {
        var stacks = new ArrayList<List<Subnet>>();
        int deepest = 0;
        for (var zone : zones) {
            var subnets = publicFirst(design, zone);
            stacks.add(subnets);
            deepest = Math.max(deepest, subnets.size());
        }
        // Subnets at the same depth of neighbouring zones share a height, so the public and private rows line up.
        var rowHeights = new double[deepest];
        for (var subnets : stacks) {
            for (int i = 0; i < subnets.size(); i++) {
                rowHeights[i] = Math.max(rowHeights[i], placeSubnetContent(design, subnets.get(i), out));
            }
        }
        double zoneHeight = Spacing.SUBNET_MIN_HEIGHT;
        for (var subnets : stacks) {
            double y = Spacing.TITLE_BAND;
            for (int i = 0; i < subnets.size(); i++) {
                out.put(subnets.get(i), new Rect(Spacing.MARGIN, y, Spacing.SUBNET_WIDTH, rowHeights[i]));
                y += rowHeights[i] + Spacing.GAP;
            }
            zoneHeight = Math.max(zoneHeight, y - Spacing.GAP + Spacing.MARGIN);
        }
        double x = left;
        for (var zone : zones) {
            out.put(zone, new Rect(x, top, Spacing.ZONE_WIDTH, zoneHeight));
            x += Spacing.ZONE_WIDTH + Spacing.CONTAINER_GAP;
        }
        return zoneHeight;
    }

    /** The zone's subnets, the public ones first (each group in design order). */
    private static List<Subnet> publicFirst(Design design, AvailabilityZone zone) {
        var subnets = design.children(zone.id()).stream().filter(Subnet.class::isInstance).map(Subnet.class::cast)
                .toList();
        var ordered = new ArrayList<Subnet>();
        subnets.stream().filter(s -> design.topology().isPublic(s)).forEach(ordered::add);
        subnets.stream().filter(s -> !design.topology().isPublic(s)).forEach(ordered::add);
        return ordered;
    }

    /** Places the subnet's gateways and instances in rows and returns the height the subnet needs. */
    private static double placeSubnetContent(Design design, Subnet subnet, Placements out) {
        var content = new ArrayList<Element>(Children.ofKinds(design, subnet.id(), NatGateway.class,
                GatewayLoadBalancerEndpoint.class));
        content.addAll(Children.notOfKinds(design, subnet.id(), NatGateway.class, GatewayLoadBalancerEndpoint.class));
        if (content.isEmpty()) {
            return Spacing.SUBNET_MIN_HEIGHT;
        }
        double bottom = FlowRow.place(content, Spacing.MARGIN, Spacing.TITLE_BAND,
                Spacing.SUBNET_WIDTH - Spacing.MARGIN, Spacing.GAP, false, out);
        return Math.max(Spacing.SUBNET_MIN_HEIGHT, bottom + Spacing.MARGIN);
    }
}
