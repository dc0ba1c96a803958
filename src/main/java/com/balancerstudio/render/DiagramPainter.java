package com.balancerstudio.render;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.WebAcl;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.model.ElementId;
import java.util.Set;

/**
 * Draws a design onto a {@link Surface}: containers as titled frames, resources as labelled tiles in their category
 * colour, links between them, and the overlay (selection, finding badges, previews). The canvas, the SVG export and
 * the PNG export all call this one painter.
 */
public final class DiagramPainter {
    /** Height of a container's title band, in design units. */
    public static final double TITLE_HEIGHT = 28;
    private static final TextStyle TITLE = new TextStyle(13, true, TextStyle.Align.START);
    private static final TextStyle LABEL = new TextStyle(11, false, TextStyle.Align.CENTER);

    private final Theme theme;

    public DiagramPainter(Theme theme) {
        this.theme = theme;
    }

    public Theme theme() {
        return theme;
    }

    /** Paints what of the design intersects {@code visible} (design coordinates), then the overlay. */
    public void paint(Surface surface, Design design, Overlay overlay, Rect visible) {
        paint(surface, design, overlay, visible, Set.of());
    }

    /**
     * Paints only the given elements with what they contain, and the links among what is painted (all of the design
     * when {@code only} is empty), then the overlay for what is painted.
     */
    public void paint(Surface surface, Design design, Overlay overlay, Rect visible, Set<ElementId> only) {
        var roots = only.isEmpty() ? design.children(null)
                : only.stream().map(design::get).filter(java.util.Objects::nonNull).toList();
        for (var root : roots) {
            var parent = root.parent() == null ? null : design.absoluteBounds(root.parent());
            paintTree(surface, design, root, parent == null ? 0 : parent.x(), parent == null ? 0 : parent.y(),
                    visible, overlay);
        }
        var shown = only.isEmpty() ? null : Subtrees.of(design, only);
        Links.paint(surface, design, theme, shown == null ? id -> true : shown::contains);
        paintOverlay(surface, design, shown == null ? overlay : overlay.onlyFor(shown));
    }

    /** The union of every drawn element's absolute bounds, or an empty rectangle for an empty design. */
    public static Rect contentBounds(Design design) {
        Rect union = null;
        for (var element : design.children(null)) {
            var b = element.bounds();
            if (b.width() > 0 && b.height() > 0) {
                union = union == null ? b : union.union(b);
            }
        }
        return union == null ? new Rect(0, 0, 0, 0) : union;
    }

    private void paintTree(Surface surface, Design design, Element element, double originX, double originY,
                           Rect visible, Overlay overlay) {
        var b = element.bounds();
        if (b.width() <= 0 || b.height() <= 0) {
            return;
        }
        var absolute = b.translate(originX, originY);
        if (!absolute.intersects(visible)) {
            return;
        }
        if (isContainer(element)) {
            paintContainer(surface, design, element, absolute);
            for (var child : design.children(element.id())) {
                paintTree(surface, design, child, absolute.x(), absolute.y(), visible, overlay);
            }
        } else {
            paintTile(surface, element, absolute);
        }
    }

    /** Whether the element is drawn as a frame around its contents. */
    public static boolean isContainer(Element element) {
        return element instanceof Region || element instanceof Vpc || element instanceof AvailabilityZone
                || element instanceof Subnet;
    }

    private void paintContainer(Surface surface, Design design, Element element, Rect r) {
        var color = containerColor(design, element);
        surface.fillRect(r.x(), r.y(), r.width(), r.height(), color.withAlpha(element instanceof Subnet ? 0.08 : 0.03));
        var stroke = element instanceof AvailabilityZone
                ? Surface.Stroke.dashed(color, 1.5, 6, 4) : Surface.Stroke.solid(color, 1.5);
        surface.strokeRect(r.x(), r.y(), r.width(), r.height(), stroke);
        surface.text(title(design, element), r.x() + 10, r.y() + 19, TITLE, color);
    }

    private Rgba containerColor(Design design, Element element) {
        if (element instanceof Region) {
            return theme.region();
        }
        if (element instanceof Vpc) {
            return theme.vpc();
        }
        if (element instanceof Subnet subnet) {
            return design.topology().isPublic(subnet) ? theme.publicSubnet() : theme.privateSubnet();
        }
        return theme.zone();
    }

    private static String title(Design design, Element element) {
        if (element instanceof Region region) {
            return "Region " + region.regionName() + (region.name().equals(region.regionName()) ? "" : " · " + region.name());
        }
        if (element instanceof Vpc vpc) {
            return "VPC " + vpc.name() + " · " + vpc.cidrBlock();
        }
        if (element instanceof AvailabilityZone zone) {
            return zone.zoneName();
        }
        var subnet = (Subnet) element;
        return (design.topology().isPublic(subnet) ? "Public subnet " : "Private subnet ") + subnet.name() + " · "
                + subnet.cidrBlock();
    }

    private void paintTile(Surface surface, Element element, Rect r) {
        var color = categoryColor(element);
        double icon = Math.min(r.width(), r.height());
        double iconX = r.x() + (r.width() - icon) / 2;
        surface.fillRoundRect(iconX, r.y(), icon, icon, 6, color);
        surface.text(abbreviation(element), iconX + icon / 2, r.y() + icon / 2 + 4,
                new TextStyle(Math.max(8, icon / 3.5), true, TextStyle.Align.CENTER), Rgba.hex("#ffffff"));
        surface.text(elide(surface, element.name(), r.width() + 20), r.x() + r.width() / 2, r.y() + icon + 14, LABEL,
                theme.text());
    }

    private static String elide(Surface surface, String text, double width) {
        if (surface.textWidth(text, LABEL) <= width) {
            return text;
        }
        var cut = text;
        while (cut.length() > 1 && surface.textWidth(cut + "…", LABEL) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** The AWS icon category colour of a resource. */
    public Rgba categoryColor(Element element) {
        if (element instanceof Instance || element instanceof AutoScalingGroup) {
            return theme.compute();
        }
        if (element instanceof SecurityGroup || element instanceof Certificate || element instanceof WebAcl) {
            return theme.security();
        }
        if (element instanceof Client) {
            return theme.client();
        }
        if (element instanceof RouteTable) {
            return theme.management();
        }
        return theme.networking();
    }

    /** A short mark for the tile of each kind ("ALB", "NAT", "EC2"...). */
    public static String abbreviation(Element element) {
        if (element instanceof LoadBalancer lb) {
            return lb.type().shortName();
        }
        if (element instanceof NatGateway) {
            return "NAT";
        }
        if (element instanceof InternetGateway) {
            return "IGW";
        }
        if (element instanceof ElasticIp) {
            return "EIP";
        }
        if (element instanceof Instance) {
            return "EC2";
        }
        if (element instanceof AutoScalingGroup) {
            return "ASG";
        }
        if (element instanceof TargetGroup) {
            return "TG";
        }
        if (element instanceof SecurityGroup) {
            return "SG";
        }
        if (element instanceof Certificate) {
            return "ACM";
        }
        if (element instanceof WebAcl) {
            return "WAF";
        }
        if (element instanceof DnsRecord) {
            return "R53";
        }
        if (element instanceof RouteTable) {
            return "RT";
        }
        if (element instanceof Listener || element instanceof ListenerRule) {
            return "L";
        }
        return "WWW";
    }

    private void paintOverlay(Surface surface, Design design, Overlay overlay) {
        for (var id : overlay.selection()) {
            if (design.contains(id)) {
                var r = design.absoluteBounds(id);
                surface.strokeRect(r.x() - 3, r.y() - 3, r.width() + 6, r.height() + 6,
                        Surface.Stroke.solid(theme.selection(), 2));
            }
        }
        overlay.badges().forEach((id, severity) -> {
            if (design.contains(id)) {
                var r = design.absoluteBounds(id);
                var color = severity == Severity.ERROR ? theme.error()
                        : severity == Severity.WARNING ? theme.warning() : theme.info();
                surface.fillOval(r.maxX() - 9, r.y() - 7, 16, 16, color);
                surface.text(severity == Severity.INFO ? "i" : "!", r.maxX() - 1, r.y() + 5,
                        new TextStyle(11, true, TextStyle.Align.CENTER), Rgba.hex("#ffffff"));
            }
        });
        if (overlay.marquee() != null) {
            var m = overlay.marquee();
            surface.fillRect(m.x(), m.y(), m.width(), m.height(), theme.selection().withAlpha(0.08));
            surface.strokeRect(m.x(), m.y(), m.width(), m.height(), Surface.Stroke.dashed(theme.selection(), 1, 4, 3));
        }
        if (overlay.dropPreview() != null) {
            var d = overlay.dropPreview();
            var color = overlay.dropAllowed() ? theme.selection() : theme.error();
            surface.strokeRect(d.x(), d.y(), d.width(), d.height(), Surface.Stroke.dashed(color, 2, 6, 4));
        }
        var connection = overlay.connection();
        if (connection != null && design.contains(connection.from())) {
            var from = design.absoluteBounds(connection.from());
            surface.line(from.x() + from.width() / 2, from.y() + from.height() / 2, connection.toX(), connection.toY(),
                    Surface.Stroke.dashed(connection.allowed() ? theme.selection() : theme.error(), 2, 6, 4));
        }
    }
}
