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
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.WebAcl;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.model.ElementId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Draws a design onto a {@link Surface} the way AWS architecture diagrams look: containers as group frames with their
 * icon and title, resources as icons in their category colour with a name and a line of detail, connectors between
 * them, and the overlay (selection and handles, finding badges, previews). The canvas, the SVG export and the PNG
 * export all call this one painter. Only what intersects the visible rectangle is drawn.
 */
public final class DiagramPainter {
    /** Height of a container's title band, in design units. */
    public static final double TITLE_HEIGHT = 28;

    private final Theme theme;
    private final ContainerPainter containers;
    private final ResourcePainter resources;
    private final OverlayPainter overlays;
    private final TrafficPainter traffic;
    private final boolean labelPlates;
    private volatile RouteCache routeCache;

    public DiagramPainter(Theme theme) {
        this(theme, true);
    }

    /**
     * A painter that puts labels on plates of the colour behind them when {@code labelPlates} is set (the default),
     * so connectors pass under text; a transparent export leaves them out, as it has no background to match.
     */
    public DiagramPainter(Theme theme, boolean labelPlates) {
        this.theme = theme;
        this.labelPlates = labelPlates;
        this.containers = new ContainerPainter(theme);
        this.resources = new ResourcePainter(theme);
        this.overlays = new OverlayPainter(theme);
        this.traffic = new TrafficPainter(theme);
    }

    public Theme theme() {
        return theme;
    }

    /** Paints what of the design intersects {@code visible} (design coordinates), then the overlay, at zoom 1. */
    public void paint(Surface surface, Design design, Overlay overlay, Rect visible) {
        paint(surface, design, overlay, visible, Set.of(), 1, TrafficLayer.EMPTY);
    }

    /**
     * Paints what intersects {@code visible}; {@code zoom} (screen pixels per design unit) keeps outlines and handles
     * the same size on screen, as {@link Handles#of} computes them.
     */
    public void paint(Surface surface, Design design, Overlay overlay, Rect visible, double zoom) {
        paint(surface, design, overlay, visible, Set.of(), zoom, TrafficLayer.EMPTY);
    }

    /**
     * Paints as {@link #paint(Surface, Design, Overlay, Rect, double)} with a simulation's traffic: particles over the
     * connectors, target states and failure bursts over the elements, under the overlay.
     */
    public void paint(Surface surface, Design design, Overlay overlay, Rect visible, double zoom,
                      TrafficLayer trafficLayer) {
        paint(surface, design, overlay, visible, Set.of(), zoom, trafficLayer);
    }

    /**
     * Paints only the given elements with what they contain, and the links among what is painted (all of the design
     * when {@code only} is empty), then the overlay for what is painted.
     */
    public void paint(Surface surface, Design design, Overlay overlay, Rect visible, Set<ElementId> only) {
        paint(surface, design, overlay, visible, only, 1, TrafficLayer.EMPTY);
    }

    private void paint(Surface surface, Design design, Overlay overlay, Rect visible, Set<ElementId> only, double zoom,
                       TrafficLayer trafficLayer) {
        var roots = only.isEmpty() ? design.children(null)
                : only.stream().map(design::get).filter(Objects::nonNull).toList();
        var placed = new ArrayList<Placed>();
        var frames = new ArrayList<Placed>();
        var detail = LevelOfDetail.of(surface);
        for (var root : roots) {
            var parent = root.parent() == null ? null : design.absoluteBounds(root.parent());
            paintTree(surface, design, root, parent == null ? 0 : parent.x(), parent == null ? 0 : parent.y(),
                    visible, frames, placed);
        }
        var shown = only.isEmpty() ? null : Subtrees.of(design, only);
        Links.paint(surface, routes(design), theme, shown == null ? id -> true : shown::contains, visible,
                detail);
        traffic.particles(surface, trafficLayer, visible);
        for (var frame : frames) {
            containers.title(surface, design, frame.element(), frame.bounds(),
                    labelPlates ? Backdrop.inside(theme, design, frame.element()) : null, detail);
        }
        for (var resource : placed) {
            var plate = labelPlates ? Backdrop.inside(theme, design, design.get(resource.element().parent())) : null;
            resources.paint(surface, design, resource.element(), resource.bounds(), plate, detail);
        }
        traffic.states(surface, design, trafficLayer, visible);
        overlays.paint(surface, design, shown == null ? overlay : overlay.onlyFor(shown), zoom);
    }

    /** The design's routed links, computed again only when the design changed since the last paint. */
    private List<Links.Routed> routes(Design design) {
        var cached = routeCache;
        if (cached == null || cached.design() != design) {
            cached = new RouteCache(design, Links.route(design));
            routeCache = cached;
        }
        return cached.routes();
    }

    /** The routes of the last painted design: repaints without an edit (pan, zoom, hover) reuse them. */
    private record RouteCache(Design design, List<Links.Routed> routes) {
    }

    /** An element waiting to be drawn (or titled) above the connectors, with its absolute bounds. */
    private record Placed(Element element, Rect bounds) {
    }

    /** The union of every drawn element's absolute bounds (with resource labels), or an empty rectangle. */
    public static Rect contentBounds(Design design) {
        Rect union = null;
        for (var element : design.children(null)) {
            var b = element.bounds();
            if (b.width() > 0 && b.height() > 0) {
                var drawn = isContainer(element) ? b : ResourcePainter.drawnArea(b);
                union = union == null ? drawn : union.union(drawn);
            }
        }
        return union == null ? new Rect(0, 0, 0, 0) : union;
    }

    private void paintTree(Surface surface, Design design, Element element, double originX, double originY,
                           Rect visible, List<Placed> frames, List<Placed> placed) {
        var b = element.bounds();
        if (b.width() <= 0 || b.height() <= 0) {
            return;
        }
        var absolute = b.translate(originX, originY);
        if (isContainer(element)) {
            if (!absolute.intersects(visible)) {
                return;
            }
            containers.frame(surface, design, element, absolute);
            frames.add(new Placed(element, absolute));
            for (var child : design.children(element.id())) {
                paintTree(surface, design, child, absolute.x(), absolute.y(), visible, frames, placed);
            }
        } else if (ResourcePainter.drawnArea(absolute).intersects(visible)) {
            placed.add(new Placed(element, absolute));
        }
    }

    /** Whether the element is drawn as a frame around its contents. */
    public static boolean isContainer(Element element) {
        return element instanceof Region || element instanceof Vpc || element instanceof AvailabilityZone
                || element instanceof Subnet;
    }

    /** The AWS icon category colour of a resource. */
    public Rgba categoryColor(Element element) {
        return categoryColor(theme, element);
    }

    /** The AWS icon category colour of a resource in a theme. */
    public static Rgba categoryColor(Theme theme, Element element) {
        if (element instanceof Instance || element instanceof AutoScalingGroup || element instanceof LambdaFunction) {
            return theme.compute();
        }
        if (element instanceof S3Bucket) {
            return theme.storage();
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
        if (element instanceof GatewayLoadBalancerEndpoint) {
            return "GWLBE";
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
        if (element instanceof S3Bucket) {
            return "S3";
        }
        if (element instanceof LambdaFunction) {
            return "FN";
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
}
