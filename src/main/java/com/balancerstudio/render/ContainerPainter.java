package com.balancerstudio.render;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;

/**
 * Draws a container as an AWS group frame: a border in the group colour (dashed for an Availability Zone), a light
 * fill for subnets (blue when public, green when private), the group's small icon in the top-left corner and its
 * title beside it.
 */
final class ContainerPainter {
    /** Side of the group icon in the frame's corner. */
    static final double ICON = 24;
    private static final TextStyle TITLE = new TextStyle(12, true, TextStyle.Align.START);
    private static final TextStyle SUBTITLE = new TextStyle(11, false, TextStyle.Align.START);

    private final Theme theme;

    ContainerPainter(Theme theme) {
        this.theme = theme;
    }

    /** The frame: the subnet tint and the border. */
    void frame(Surface surface, Design design, Element element, Rect r) {
        boolean isPublic = element instanceof Subnet subnet && design.topology().isPublic(subnet);
        var color = color(element, isPublic);
        if (element instanceof Subnet) {
            surface.fillRect(r.x(), r.y(), r.width(), r.height(), color.withAlpha(Backdrop.subnetTint()));
        }
        var stroke = element instanceof AvailabilityZone ? Surface.Stroke.dashed(color, 1.5, 8, 5)
                : Surface.Stroke.solid(color, element instanceof Subnet ? 1 : 1.5);
        surface.strokeRect(r.x(), r.y(), r.width(), r.height(), stroke);
    }

    /**
     * The corner icon and the title, on a plate of {@code plate} colour when it is not null; what is too small to see
     * at the level of detail is left out.
     */
    void title(Surface surface, Design design, Element element, Rect r, Rgba plate, LevelOfDetail detail) {
        boolean isPublic = element instanceof Subnet subnet && design.topology().isPublic(subnet);
        var color = color(element, isPublic);
        double textX = r.x() + 10;
        if (!(element instanceof AvailabilityZone)) {
            surface.fillRect(r.x(), r.y(), ICON, ICON, color);
            if (detail.glyphOn(ICON)) {
                GroupGlyphs.draw(surface, element, isPublic, r.x(), r.y(), ICON, theme.background(), color);
            }
            textX = r.x() + ICON + 8;
        }
        if (!detail.readable(TITLE)) {
            return;
        }
        double room = r.maxX() - textX - 8;
        var title = Elide.toWidth(surface, title(element, isPublic), room, TITLE);
        double end = textX + surface.textWidth(title, TITLE);
        var subtitle = subtitle(element);
        double after = end + 8;
        boolean withSubtitle = subtitle != null && surface.textWidth(subtitle, SUBTITLE) <= r.maxX() - after - 8;
        if (withSubtitle) {
            end = after + surface.textWidth(subtitle, SUBTITLE);
        }
        if (plate != null) {
            surface.fillRect(textX - 4, r.y() + 3, end - textX + 8, 19, plate);
        }
        surface.text(title, textX, r.y() + 17, TITLE, color);
        if (withSubtitle) {
            surface.text(subtitle, after, r.y() + 17, SUBTITLE, theme.mutedText());
        }
    }

    /**
     * Roughly where the title is written, for routing connectors around it without a surface to measure text on:
     * the corner icon and the text at the average width of its characters.
     */
    static Rect titleArea(Design design, Element element, Rect r) {
        boolean isPublic = element instanceof Subnet subnet && design.topology().isPublic(subnet);
        double width = (element instanceof AvailabilityZone ? 10 : ICON + 8)
                + title(element, isPublic).length() * TITLE.size() * 0.62;
        var subtitle = subtitle(element);
        if (subtitle != null) {
            width += 8 + subtitle.length() * SUBTITLE.size() * 0.55;
        }
        return new Rect(r.x(), r.y(), Math.min(width + 4, r.width()), 24);
    }

    private Rgba color(Element element, boolean isPublic) {
        if (element instanceof Region) {
            return theme.region();
        }
        if (element instanceof Vpc) {
            return theme.vpc();
        }
        if (element instanceof Subnet) {
            return isPublic ? theme.publicSubnet() : theme.privateSubnet();
        }
        return theme.zone();
    }

    private static String title(Element element, boolean isPublic) {
        if (element instanceof Region region) {
            return region.name().equals(region.regionName()) ? "Region" : region.name();
        }
        if (element instanceof Vpc vpc) {
            return "VPC " + vpc.name();
        }
        if (element instanceof AvailabilityZone zone) {
            return zone.zoneType().title() + " " + zone.zoneName();
        }
        return (isPublic ? "Public subnet " : "Private subnet ") + element.name();
    }

    private static String subtitle(Element element) {
        if (element instanceof Region region) {
            return region.regionName();
        }
        if (element instanceof Vpc vpc) {
            return vpc.cidrBlock().toString();
        }
        if (element instanceof Subnet subnet) {
            return subnet.cidrBlock().toString();
        }
        return null;
    }
}
