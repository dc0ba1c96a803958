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
            } else if (element instanceof NatGateway nat && nat.allocationId() != null) {
                links.add(new Link(nat.id(), nat.allocationId()));
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
            if (!isHidden(element) && !DiagramPainter.isContainer(element)) {
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
            var route = route(attachment(fromBounds, from), below(design, from, fromBounds),
                    attachment(toBounds, to), below(design, to, toBounds), obstacles);
            routed.add(new Routed(link, route, bounds(route)));
        }
        return routed;
    }

    static void paint(Surface surface, List<Routed> routed, Theme theme, Predicate<ElementId> shown, Rect visible) {
        var stroke = Surface.Stroke.solid(theme.connector(), 1.5);
        for (var link : routed) {
            if (link.bounds().intersects(visible) && shown.test(link.link().from()) && shown.test(link.link().to())) {
                surface.polyline(link.route(), stroke);
                arrowHead(surface, link.route(), theme.connector());
            }
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
        return candidates(from, fromBelow, to, toBelow).get(0);
    }

    /** Of the candidate routes, the one crossing the fewest obstacles, then the shortest with the fewest bends. */
    static double[] route(Rect from, double fromBelow, Rect to, double toBelow, Obstacles obstacles) {
        double[] best = null;
        double bestScore = Double.MAX_VALUE;
        for (var candidate : candidates(from, fromBelow, to, toBelow)) {
            int cap = best == null ? Integer.MAX_VALUE : (int) (bestScore / 10_000);
            double score = obstacles.crossings(candidate, from, to, cap) * 10_000.0 + length(candidate)
                    + candidate.length * 10.0;
            if (score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Routes that keep clear of both boxes and their clear zones, the preferred one first. */
    private static List<double[]> candidates(Rect from, double fromBelow, Rect to, double toBelow) {
        var fromTall = new Rect(from.x(), from.y(), from.width(), from.height() + fromBelow);
        var toTall = new Rect(to.x(), to.y(), to.width(), to.height() + toBelow);
        double horizontalGap = Math.max(to.x() - from.maxX(), from.x() - to.maxX());
        double verticalGap = Math.max(toTall.y() - fromTall.maxY(), fromTall.y() - toTall.maxY());
        var result = new ArrayList<double[]>();
        if (horizontalGap > 0 && horizontalGap >= verticalGap) {
            horizontal(from, to, result);
        }
        if (verticalGap > 0) {
            vertical(fromTall, toTall, result);
        }
        if (horizontalGap > 0 && horizontalGap < verticalGap) {
            horizontal(from, to, result);
        }
        corners(from, fromTall, to, toTall, result);
        if (result.isEmpty()) {
            double below = Math.max(fromTall.maxY(), toTall.maxY()) + 16;
            result.add(new double[] {centreX(from), fromTall.maxY(), centreX(from), below, centreX(to), below,
                    centreX(to), toTall.maxY()});
        }
        return result;
    }

    private static void horizontal(Rect from, Rect to, List<double[]> result) {
        boolean right = to.x() >= from.maxX();
        double startX = right ? from.maxX() : from.x();
        double endX = right ? to.x() : to.maxX();
        double top = Math.max(from.y(), to.y());
        double bottom = Math.min(from.maxY(), to.maxY());
        if (bottom - top >= 8) {
            double y = (top + bottom) / 2;
            result.add(new double[] {startX, y, endX, y});
            return;
        }
        for (double share : new double[] {0.5, 0.2, 0.8}) {
            double midX = startX + (endX - startX) * share;
            result.add(new double[] {startX, centreY(from), midX, centreY(from), midX, centreY(to), endX, centreY(to)});
        }
    }

    private static void vertical(Rect from, Rect to, List<double[]> result) {
        boolean down = to.y() >= from.maxY();
        double startY = down ? from.maxY() : from.y();
        double endY = down ? to.y() : to.maxY();
        double left = Math.max(from.x(), to.x());
        double right = Math.min(from.maxX(), to.maxX());
        if (right - left >= 8) {
            double x = (left + right) / 2;
            result.add(new double[] {x, startY, x, endY});
            return;
        }
        for (double share : new double[] {0.5, 0.2, 0.8}) {
            double midY = startY + (endY - startY) * share;
            result.add(new double[] {centreX(from), startY, centreX(from), midY, centreX(to), midY, centreX(to), endY});
        }
    }

    /** Routes with one bend: out of a side and into the top or bottom of the other box, or the other way round. */
    private static void corners(Rect from, Rect fromTall, Rect to, Rect toTall, List<double[]> result) {
        double fromY = centreY(from);
        double toX = centreX(to);
        if (toX > from.maxX() + 8 || toX < from.x() - 8) {
            double startX = toX > from.maxX() ? from.maxX() : from.x();
            if (to.y() >= fromY + 8) {
                result.add(new double[] {startX, fromY, toX, fromY, toX, to.y()});
            } else if (toTall.maxY() <= fromY - 8) {
                result.add(new double[] {startX, fromY, toX, fromY, toX, toTall.maxY()});
            }
        }
        double fromX = centreX(from);
        double toY = centreY(to);
        if (fromX < to.x() - 8 || fromX > to.maxX() + 8) {
            double endX = fromX < to.x() ? to.x() : to.maxX();
            if (toY >= fromTall.maxY() + 8) {
                result.add(new double[] {fromX, fromTall.maxY(), fromX, toY, endX, toY});
            } else if (toY <= from.y() - 8) {
                result.add(new double[] {fromX, from.y(), fromX, toY, endX, toY});
            }
        }
    }

    private static double length(double[] route) {
        double total = 0;
        for (int i = 0; i + 3 < route.length; i += 2) {
            total += Math.abs(route[i + 2] - route[i]) + Math.abs(route[i + 3] - route[i + 1]);
        }
        return total;
    }

    private static double centreX(Rect r) {
        return r.x() + r.width() / 2;
    }

    private static double centreY(Rect r) {
        return r.y() + r.height() / 2;
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

    private static void arrowHead(Surface surface, double[] route, Rgba color) {
        int n = route.length;
        double x = route[n - 2];
        double y = route[n - 1];
        double dx = Math.signum(x - route[n - 4]);
        double dy = Math.signum(y - route[n - 3]);
        double length = 8;
        double half = 4;
        surface.fillPolygon(new double[] {x, y, x - dx * length - dy * half, y - dy * length - dx * half,
                x - dx * length + dy * half, y - dy * length + dx * half}, color);
    }
}
