package com.balancerstudio.render;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.WebAcl;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.S3Bucket;

/**
 * The white pictogram inside a resource icon, one per kind, drawn from the surface's primitives into a square so it
 * scales with the icon: a fan of connections for a load balancer, a bullseye for a target group, a chip for EC2...
 */
final class IconGlyphs {
    private IconGlyphs() {
    }

    /** Draws the glyph of the element's kind into the square at (x, y) of side {@code size}. */
    static void draw(Surface surface, Element element, double x, double y, double size, Rgba ink, Rgba background) {
        var g = new Glyph(surface, x, y, size, ink, background);
        if (element instanceof LoadBalancer lb) {
            loadBalancer(g, lb.type().shortName());
        } else if (element instanceof TargetGroup) {
            targetGroup(g);
        } else if (element instanceof Instance) {
            chip(g, 0.5, 0.5, 0.36);
        } else if (element instanceof AutoScalingGroup) {
            autoScaling(g);
        } else if (element instanceof NatGateway) {
            nat(g);
        } else if (element instanceof GatewayLoadBalancerEndpoint) {
            gatewayLoadBalancerEndpoint(g);
        } else if (element instanceof InternetGateway) {
            internetGateway(g);
        } else if (element instanceof ElasticIp) {
            elasticIp(g);
        } else if (element instanceof RouteTable) {
            routeTable(g);
        } else if (element instanceof SecurityGroup) {
            shield(g);
        } else if (element instanceof Certificate) {
            certificate(g);
        } else if (element instanceof WebAcl) {
            firewall(g);
        } else if (element instanceof S3Bucket) {
            bucket(g);
        } else if (element instanceof LambdaFunction) {
            lambda(g);
        } else if (element instanceof DnsRecord) {
            route53(g);
        } else if (element instanceof Client) {
            users(g);
        } else {
            listener(g);
        }
    }

    /** The fan of connections above the kind ("ALB", "NLB"...), so the four kinds tell apart at a glance. */
    private static void loadBalancer(Glyph g, String kind) {
        g.ring(0.3, 0.4, 0.12);
        for (double end : new double[] {0.16, 0.4, 0.64}) {
            g.line(0.42, 0.4, 0.7, end);
            g.dot(0.74, end, 0.065);
        }
        g.label(kind, 0.5, 0.96, 0.2);
    }

    private static void targetGroup(Glyph g) {
        g.ring(0.5, 0.5, 0.3);
        g.ring(0.5, 0.5, 0.18);
        g.dot(0.5, 0.5, 0.07);
    }

    private static void chip(Glyph g, double cx, double cy, double side) {
        double half = side / 2;
        g.box(cx - half, cy - half, side, side);
        for (int i = -1; i <= 1; i++) {
            double offset = i * side / 3.2;
            g.line(cx + offset, cy - half, cx + offset, cy - half - 0.09);
            g.line(cx + offset, cy + half, cx + offset, cy + half + 0.09);
            g.line(cx - half, cy + offset, cx - half - 0.09, cy + offset);
            g.line(cx + half, cy + offset, cx + half + 0.09, cy + offset);
        }
    }

    private static void autoScaling(Glyph g) {
        g.box(0.36, 0.36, 0.28, 0.28);
        g.arrow(0.3, 0.5, 0.14, 0.5);
        g.arrow(0.7, 0.5, 0.86, 0.5);
        g.arrow(0.5, 0.3, 0.5, 0.14);
        g.arrow(0.5, 0.7, 0.5, 0.86);
    }

    private static void nat(Glyph g) {
        g.ring(0.5, 0.5, 0.32);
        g.arrow(0.32, 0.42, 0.68, 0.42);
        g.arrow(0.68, 0.58, 0.32, 0.58);
    }

    /** A doorway that traffic enters and leaves again: it is turned aside for inspection and comes back. */
    private static void gatewayLoadBalancerEndpoint(Glyph g) {
        g.box(0.38, 0.22, 0.24, 0.44);
        g.arrow(0.14, 0.36, 0.36, 0.36);
        g.arrow(0.64, 0.52, 0.86, 0.52);
        g.label("GWLBE", 0.5, 0.92, 0.17);
    }

    private static void internetGateway(Glyph g) {
        g.ring(0.5, 0.5, 0.3);
        g.surface.strokeOval(g.x(0.38), g.y(0.2), g.d(0.24), g.d(0.6), g.stroke());
        g.line(0.2, 0.5, 0.8, 0.5);
        g.line(0.24, 0.35, 0.76, 0.35);
        g.line(0.24, 0.65, 0.76, 0.65);
    }

    private static void elasticIp(Glyph g) {
        g.surface.strokeRoundRect(g.x(0.2), g.y(0.3), g.d(0.6), g.d(0.4), g.d(0.2), g.stroke());
        g.label("IP", 0.5, 0.58, 0.22);
    }

    private static void routeTable(Glyph g) {
        g.box(0.22, 0.26, 0.56, 0.48);
        g.line(0.22, 0.42, 0.78, 0.42);
        g.line(0.22, 0.58, 0.78, 0.58);
        g.line(0.44, 0.26, 0.44, 0.74);
    }

    private static void shield(Glyph g) {
        var outline = g.points(0.5, 0.18, 0.78, 0.28, 0.74, 0.56, 0.5, 0.82, 0.26, 0.56, 0.22, 0.28, 0.5, 0.18);
        g.surface.polyline(outline, g.stroke());
        g.surface.polyline(g.points(0.38, 0.5, 0.47, 0.6, 0.64, 0.4), g.stroke());
    }

    private static void certificate(Glyph g) {
        g.box(0.2, 0.24, 0.6, 0.42);
        g.line(0.3, 0.36, 0.6, 0.36);
        g.line(0.3, 0.46, 0.5, 0.46);
        g.surface.fillPolygon(g.points(0.6, 0.62, 0.56, 0.82, 0.64, 0.77, 0.72, 0.82, 0.68, 0.62), g.ink);
        g.surface.fillOval(g.x(0.56), g.y(0.5), g.d(0.16), g.d(0.16), g.ink);
        g.surface.fillOval(g.x(0.6), g.y(0.54), g.d(0.08), g.d(0.08), g.background);
    }

    private static void firewall(Glyph g) {
        g.box(0.2, 0.26, 0.6, 0.48);
        g.line(0.2, 0.42, 0.8, 0.42);
        g.line(0.2, 0.58, 0.8, 0.58);
        g.line(0.5, 0.26, 0.5, 0.42);
        g.line(0.35, 0.42, 0.35, 0.58);
        g.line(0.65, 0.42, 0.65, 0.58);
        g.line(0.5, 0.58, 0.5, 0.74);
    }

    /** A pail seen from the side: an elliptic rim over a tapering body, as the S3 bucket icon. */
    private static void bucket(Glyph g) {
        g.surface.strokeOval(g.x(0.22), g.y(0.22), g.d(0.56), g.d(0.16), g.stroke());
        g.surface.polyline(g.points(0.22, 0.3, 0.32, 0.78, 0.68, 0.78, 0.78, 0.3), g.stroke());
        g.surface.strokeOval(g.x(0.32), g.y(0.72), g.d(0.36), g.d(0.1), g.stroke());
    }

    /** The Greek letter of the Lambda icon, drawn as strokes so it does not depend on a font. */
    private static void lambda(Glyph g) {
        g.surface.polyline(g.points(0.3, 0.22, 0.42, 0.22, 0.68, 0.78, 0.78, 0.78), g.stroke());
        g.line(0.52, 0.44, 0.26, 0.78);
    }

    private static void route53(Glyph g) {
        var outline = g.points(0.5, 0.16, 0.8, 0.28, 0.76, 0.58, 0.5, 0.84, 0.24, 0.58, 0.2, 0.28, 0.5, 0.16);
        g.surface.polyline(outline, g.stroke());
        g.label("53", 0.5, 0.58, 0.22);
    }

    private static void users(Glyph g) {
        g.surface.fillOval(g.x(0.56), g.y(0.24), g.d(0.18), g.d(0.18), g.ink);
        g.surface.fillRoundRect(g.x(0.5), g.y(0.46), g.d(0.3), g.d(0.3), g.d(0.12), g.ink);
        g.surface.fillOval(g.x(0.27), g.y(0.28), g.d(0.2), g.d(0.2), g.ink);
        g.surface.fillRoundRect(g.x(0.2), g.y(0.52), g.d(0.34), g.d(0.3), g.d(0.13), g.ink);
        g.surface.strokeRoundRect(g.x(0.2), g.y(0.52), g.d(0.34), g.d(0.3), g.d(0.13),
                Surface.Stroke.solid(g.background, g.d(0.035)));
    }

    private static void listener(Glyph g) {
        g.arrow(0.2, 0.5, 0.58, 0.5);
        g.line(0.66, 0.28, 0.66, 0.72);
    }
}
