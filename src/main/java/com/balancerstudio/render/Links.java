package com.balancerstudio.render;

import com.balancerstudio.model.Client;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.AutoScalingGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The connectors of a diagram: which drawn elements are linked (load balancer to target group, target group to its
 * targets and Auto Scaling groups, Route 53 record and client to what they send to, NAT gateway to its Elastic IP),
 * routed as orthogonal lines between the elements' sides.
 */
public final class Links {
    private Links() {
    }

    /** One connector from one element to another. */
    public record Link(ElementId from, ElementId to) {
    }

    public static List<Link> of(Design design) {
        var links = new ArrayList<Link>();
        for (var element : design.elements()) {
            if (element instanceof LoadBalancer lb) {
                design.topology().targetGroupsOf(lb).forEach(group -> links.add(new Link(lb.id(), group.id())));
                lb.instanceIds().forEach(instance -> links.add(new Link(lb.id(), instance)));
            } else if (element instanceof TargetGroup group) {
                group.targets().stream().filter(t -> t.targetId() != null)
                        .forEach(t -> links.add(new Link(group.id(), t.targetId())));
            } else if (element instanceof AutoScalingGroup asg) {
                asg.targetGroupIds().forEach(group -> links.add(new Link(group, asg.id())));
            } else if (element instanceof DnsRecord record && record.aliasTargetId() != null) {
                links.add(new Link(record.id(), record.aliasTargetId()));
            } else if (element instanceof Client client && client.targetId() != null) {
                links.add(new Link(client.id(), client.targetId()));
            } else if (element instanceof GatewayLoadBalancerEndpoint endpoint && endpoint.loadBalancerId() != null) {
                links.add(new Link(endpoint.id(), endpoint.loadBalancerId()));
            } else if (element instanceof NatGateway nat) {
                nat.allAllocationIds().forEach(ip -> links.add(new Link(nat.id(), ip)));
            }
        }
        return links;
    }

    /** A link with its route and the route's bounding box, computed once per design. */
    record Routed(Link link, double[] route, Rect bounds) {
    }

    /**
     * Routes every drawable link of the design around the resources in the way. Depends on the design alone, never on
     * the viewport, so that a connector keeps its shape while the view pans and zooms.
     */
    static List<Routed> route(Design design) {
        var obstacles = new Obstacles();
        for (var element : design.elements()) {
            if (!isHidden(element) && DiagramPainter.isContainer(element)) {
                var bounds = design.absoluteBounds(element.id());
                obstacles.addBorders(bounds);
                obstacles.add(ContainerPainter.titleArea(design, element, bounds));
            } else if (!isHidden(element)) {
                var bounds = design.absoluteBounds(element.id());
                var icon = ResourcePainter.icon(bounds);
                obstacles.add(new Rect(icon.x(), icon.y(), icon.width(), bounds.maxY() - icon.y()
                        + ResourcePainter.labelDepth(design, element)));
            }
        }
        var routed = new ArrayList<Routed>();
        for (var link : of(design)) {
            Element from = design.get(link.from());
            Element to = design.get(link.to());
            if (from == null || to == null || isHidden(from) || isHidden(to)) {
                continue;
            }
            var fromBounds = design.absoluteBounds(from.id());
            var toBounds = design.absoluteBounds(to.id());
            var route = OrthogonalRoutes.around(attachment(fromBounds, from), below(design, from, fromBounds),
                    attachment(toBounds, to), below(design, to, toBounds), obstacles);
            routed.add(new Routed(link, route, null));
        }
        var routes = new ArrayList<>(routed.stream().map(Routed::route).toList());
        ParallelSegments.spread(routes);
        var result = new ArrayList<Routed>(routed.size());
        for (int i = 0; i < routed.size(); i++) {
            result.add(new Routed(routed.get(i).link(), routes.get(i), bounds(routes.get(i))));
        }
        return result;
    }

    /**
     * Draws the connectors that cross the visible area, all in one drawing, and their arrowheads when they are large
     * enough on screen to be seen.
     */
    static void paint(Surface surface, List<Routed> routed, Theme theme, Predicate<ElementId> shown, Rect visible,
                      LevelOfDetail detail) {
        var routes = new ArrayList<double[]>();
        for (var link : routed) {
            if (link.bounds().intersects(visible) && shown.test(link.link().from()) && shown.test(link.link().to())) {
                routes.add(link.route());
            }
        }
        surface.polylines(routes, Surface.Stroke.solid(theme.connector(), 1.5));
        if (detail.visible(ARROW_LENGTH)) {
            surface.fillPolygons(routes.stream().map(Links::arrowHead).toList(), theme.connector());
        }
    }

    private static Rect attachment(Rect bounds, Element element) {
        return DiagramPainter.isContainer(element) ? bounds : ResourcePainter.icon(bounds);
    }

    /** How far below the attachment box a connector must stay clear of (the labels under an icon). */
    private static double below(Design design, Element element, Rect bounds) {
        if (DiagramPainter.isContainer(element)) {
            return 0;
        }
        return bounds.maxY() - ResourcePainter.icon(bounds).maxY() + ResourcePainter.labelDepth(design, element);
    }

    private static boolean isHidden(Element element) {
        return element.bounds().width() <= 0 || element.bounds().height() <= 0;
    }

    /** An orthogonal route between two boxes with nothing below them; see {@link #route(Rect, double, Rect, double)}. */
    public static double[] route(Rect from, Rect to) {
        return route(from, 0, to, 0);
    }

    /**
     * An orthogonal route from one box to another that never runs through either box nor through the clear zone of
     * the given depth below each (its labels): across the wider gap between them, straight when they face each other,
     * otherwise with two bends in the middle of the gap; when they overlap, out of both bottoms and around below.
     * Returns the points (x0, y0, x1, y1, ...).
     */
    public static double[] route(Rect from, double fromBelow, Rect to, double toBelow) {
        return OrthogonalRoutes.preferred(from, fromBelow, to, toBelow);
    }


    private static Rect bounds(double[] route) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < route.length; i += 2) {
            minX = Math.min(minX, route[i]);
            maxX = Math.max(maxX, route[i]);
            minY = Math.min(minY, route[i + 1]);
            maxY = Math.max(maxY, route[i + 1]);
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** The length of a connector's arrowhead, in design units. */
    private static final double ARROW_LENGTH = 8;

    /** The triangle at the end of a route, pointing along its last segment. */
    private static double[] arrowHead(double[] route) {
        int n = route.length;
        double x = route[n - 2];
        double y = route[n - 1];
        double dx = Math.signum(x - route[n - 4]);
        double dy = Math.signum(y - route[n - 3]);
        double half = ARROW_LENGTH / 2;
        return new double[] {x, y, x - dx * ARROW_LENGTH - dy * half, y - dy * ARROW_LENGTH - dx * half,
                x - dx * ARROW_LENGTH + dy * half, y - dy * ARROW_LENGTH + dx * half};
    }
}
