package com.balancerstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramPainterTest {
    private static final Rect EVERYWHERE = new Rect(-10_000, -10_000, 20_000, 20_000);
    private final Theme theme = Theme.LIGHT;
    private final DiagramPainter painter = new DiagramPainter(theme);
    private final Design design = Fixtures.webTier();

    @Test
    void aZoneTitleSaysWhatKindOfZoneItIs() {
        var zone = Fixtures.get(design, "us-east-1a", com.balancerstudio.model.AvailabilityZone.class);
        var local = design.withReplaced(new com.balancerstudio.model.AvailabilityZone(zone.id(), zone.name(),
                zone.parent(), zone.bounds(), zone.zoneName(), com.balancerstudio.model.ZoneType.LOCAL_ZONE));

        var texts = paint(local, Overlay.NONE, EVERYWHERE).texts;

        assertThat(texts).anyMatch(t -> t.startsWith("Local Zone us-east-1a"))
                .anyMatch(t -> t.startsWith("Availability Zone us-east-1b"));
    }

    @Test
    void resourcesShowTheirNameAndWhatMattersAtAGlance() {
        var surface = paint(design, Overlay.NONE, EVERYWHERE);

        assertThat(surface.texts).contains("web-alb", "ALB · 443, 80", "web-tg", "HTTP:80 · 2 targets", "web-a");
        assertThat(surface.texts).anyMatch(t -> t.startsWith("Public subnet public-a"));
        assertThat(surface.texts).contains("10.0.0.0/16").noneMatch(t -> t.startsWith("10.") && t.endsWith("…"));
    }

    @Test
    void anAutoScalingGroupShowsItsSizes() {
        var vpc = Fixtures.get(design, "vpc", Vpc.class);
        var withGroup = design.withAdded(new AutoScalingGroup(ElementId.of("asg"), "web-asg", vpc.id(),
                new Rect(600, 300, 64, 64), 1, 6, 3, List.of(), List.of(), List.of(), null, null, null, List.of()), design.size());

        assertThat(paint(withGroup, Overlay.NONE, EVERYWHERE).texts).contains("web-asg", "desired 3 (1–6)");
    }

    @Test
    void aLongNameIsElidedToTheIconWidth() {
        var web = Fixtures.get(design, "web-a", Instance.class);
        var renamed = design.withReplaced(web.withName("a-very-long-instance-name-that-cannot-fit"));

        var texts = paint(renamed, Overlay.NONE, EVERYWHERE).texts;

        assertThat(texts).noneMatch(t -> t.equals("a-very-long-instance-name-that-cannot-fit"));
        assertThat(texts).anyMatch(t -> t.startsWith("a-very-long") && t.endsWith("…"));
    }

    @Test
    void nothingOutsideTheVisibleRectangleIsDrawn() {
        var surface = paint(design, Overlay.NONE, new Rect(50_000, 50_000, 100, 100));
        assertThat(surface.calls).isEmpty();
    }

    @Test
    void aVisibleRectangleOverOneResourceDrawsItButNotTheFarOnes() {
        var web = design.absoluteBounds(ElementId.of("web-a"));
        var surface = paint(design, Overlay.NONE, new Rect(web.x() + 1, web.y() + 1, 2, 2));

        assertThat(surface.texts).contains("web-a").doesNotContain("web-b", "www-cert");
    }

    @Test
    void aSingleSelectedContainerGetsAnOutlineAndEightHandles() {
        var vpcSelected = paint(design, Overlay.NONE.withSelection(Set.of(ElementId.of("vpc"))), EVERYWHERE);
        var resourceSelected = paint(design, Overlay.NONE.withSelection(Set.of(ElementId.of("web-a"))), EVERYWHERE);
        var twoSelected = paint(design, Overlay.NONE.withSelection(Set.of(ElementId.of("vpc"), ElementId.of("web-a"))),
                EVERYWHERE);

        var selection = "strokeRect " + theme.selection().toHex();
        assertThat(vpcSelected.count(selection)).isEqualTo(9);
        assertThat(vpcSelected.calls.stream().filter(c -> c.startsWith("fillRect #ffffff") && c.endsWith(" 8.0 8.0")))
                .hasSize(8);
        assertThat(resourceSelected.count(selection)).isEqualTo(1);
        assertThat(twoSelected.count(selection)).isEqualTo(2);
    }

    @Test
    void handlesAreDrawnWhereHandlesSaysTheyAre() {
        var surface = new RecordingSurface();
        painter.paint(surface, design, Overlay.NONE.withSelection(Set.of(ElementId.of("vpc"))), EVERYWHERE, 2);
        var first = Handles.of(design.absoluteBounds(ElementId.of("vpc")), 2).get(0);

        assertThat(surface.calls).contains("fillRect #ffffff " + first.x() + " " + first.y() + " " + first.width() + " "
                + first.height());
    }

    @Test
    void badgesTakeTheColourOfTheirSeverity() {
        var badges = Map.of(ElementId.of("web-a"), Severity.ERROR, ElementId.of("web-b"), Severity.WARNING,
                ElementId.of("web-tg"), Severity.INFO);
        var surface = paint(design, Overlay.NONE.withBadges(badges), EVERYWHERE);

        assertThat(surface.count("fillOval " + theme.error().toHex())).isEqualTo(1);
        assertThat(surface.count("fillPolygon " + theme.warning().toHex())).isEqualTo(1);
        assertThat(surface.count("fillOval " + theme.info().toHex())).isEqualTo(1);
        assertThat(paint(design, Overlay.NONE, EVERYWHERE).count("fillOval " + theme.error().toHex())).isZero();
    }

    @Test
    void zonesAreDashedAndSubnetsFilledInTheirColour() {
        var surface = paint(design, Overlay.NONE, EVERYWHERE);

        assertThat(surface.calls).anyMatch(c -> c.startsWith("strokeRect " + theme.zone().toHex()) && c.endsWith("dashed"));
        assertThat(surface.count("fillRect " + theme.publicSubnet().toHex() + "@")).isEqualTo(2);
        assertThat(surface.count("fillRect " + theme.privateSubnet().toHex() + "@")).isEqualTo(2);
    }

    @Test
    void linksAreDrawnWithArrowHeads() {
        var surface = paint(design, Overlay.NONE, EVERYWHERE);
        int links = Links.of(design).size();

        assertThat(links).isPositive();
        assertThat(surface.count("polyline " + theme.connector().toHex())).isEqualTo(links);
        assertThat(surface.count("fillPolygon " + theme.connector().toHex())).isEqualTo(links);
    }

    @Test
    void resourcesUseTheirAwsCategoryColour() {
        var surface = paint(design, Overlay.NONE, EVERYWHERE);
        assertThat(surface.count("fillRoundRect " + theme.compute().toHex())).isEqualTo(2);
        // The certificate, the load balancer's security group and the web ACL.
        assertThat(surface.count("fillRoundRect " + theme.security().toHex())).isEqualTo(3);
    }

    @Test
    void labelsSitOnPlatesOfTheColourBehindThemUnlessAskedNotTo() {
        var plated = paint(design, Overlay.NONE, EVERYWHERE);
        var bare = new RecordingSurface();
        new DiagramPainter(theme, false).paint(bare, design, Overlay.NONE, EVERYWHERE);
        var subnetBehind = Backdrop.mix(theme.background(), theme.privateSubnet(), 0.1).toHex();

        int nameIndex = plated.calls.indexOf("text web-a");
        assertThat(plated.calls.subList(nameIndex - 1, nameIndex)).singleElement().asString()
                .startsWith("fillRect " + subnetBehind);
        assertThat(plated.count("fillRect " + theme.background().toHex())).isGreaterThan(bare.count("fillRect "
                + theme.background().toHex()));
        assertThat(bare.count("fillRect " + subnetBehind)).isZero();
        assertThat(bare.texts).isEqualTo(plated.texts);
    }

    @Test
    void hoverMarqueeAndDropPreviewAreDrawnOverTheDesign() {
        var overlay = new Overlay(Set.of(), Map.of(), ElementId.of("web-a"), new Rect(0, 0, 50, 50),
                new Rect(100, 100, 64, 64), false, new Overlay.ConnectionPreview(ElementId.of("web-alb"), 500, 500, true));
        var surface = paint(design, overlay, EVERYWHERE);
        var selection = theme.selection().toHex();

        assertThat(surface.calls).contains("strokeRect " + selection + " 0.0 0.0 50.0 50.0 dashed");
        assertThat(surface.calls).anyMatch(c -> c.startsWith("strokeRect " + theme.error().toHex() + " 100.0 100.0")
                && c.endsWith("dashed"));
        assertThat(surface.calls).contains("line " + selection);
        var web = design.absoluteBounds(ElementId.of("web-a"));
        assertThat(surface.calls).anyMatch(c -> c.startsWith("strokeRect " + selection + " " + (web.x() - 3)));
    }

    private RecordingSurface paint(Design painted, Overlay overlay, Rect visible) {
        var surface = new RecordingSurface();
        painter.paint(surface, painted, overlay, visible);
        return surface;
    }
}
