package com.balancerstudio.render;

import com.balancerstudio.model.Client;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.AutoScalingGroup;
import java.util.ArrayList;
import java.util.List;

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
            } else if (element instanceof NatGateway nat && nat.allocationId() != null) {
                links.add(new Link(nat.id(), nat.allocationId()));
            }
        }
        return links;
    }

    static void paint(Surface surface, Design design, Theme theme, java.util.function.Predicate<ElementId> shown) {
        var stroke = Surface.Stroke.solid(theme.connector(), 1.5);
        for (var link : of(design)) {
            Element from = design.get(link.from());
            Element to = design.get(link.to());
            if (from == null || to == null || isHidden(from) || isHidden(to) || !shown.test(from.id())
                    || !shown.test(to.id())) {
                continue;
            }
            var route = route(design.absoluteBounds(from.id()), design.absoluteBounds(to.id()));
            surface.polyline(route, stroke);
            arrowHead(surface, route, theme.connector());
        }
    }

    private static boolean isHidden(Element element) {
        return element.bounds().width() <= 0 || element.bounds().height() <= 0;
    }

    /**
     * An orthogonal route from one box to another: out of the side facing the target, one bend in the middle.
     * Returns the polyline points (x0, y0, x1, y1, ...).
     */
    public static double[] route(Rect from, Rect to) {
        double fromCx = from.x() + from.width() / 2;
        double fromCy = from.y() + from.height() / 2;
        double toCx = to.x() + to.width() / 2;
        double toCy = to.y() + to.height() / 2;
        boolean horizontal = Math.abs(toCx - fromCx) > Math.abs(toCy - fromCy);
        if (horizontal) {
            double startX = toCx > fromCx ? from.maxX() : from.x();
            double endX = toCx > fromCx ? to.x() : to.maxX();
            double midX = (startX + endX) / 2;
            return new double[] {startX, fromCy, midX, fromCy, midX, toCy, endX, toCy};
        }
        double startY = toCy > fromCy ? from.maxY() : from.y();
        double endY = toCy > fromCy ? to.y() : to.maxY();
        double midY = (startY + endY) / 2;
        return new double[] {fromCx, startY, fromCx, midY, toCx, midY, toCx, endY};
    }

    private static void arrowHead(Surface surface, double[] route, Rgba color) {
        int n = route.length;
        double x = route[n - 2];
        double y = route[n - 1];
        double dx = Math.signum(x - route[n - 4]);
        double dy = Math.signum(y - route[n - 3]);
        double size = 6;
        surface.fillPolygon(new double[] {x, y, x - dx * size - dy * size / 2, y - dy * size - dx * size / 2,
                x - dx * size + dy * size / 2, y - dy * size + dx * size / 2}, color);
    }
}
