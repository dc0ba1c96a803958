package com.balancerstudio.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Subnet;
import java.util.Comparator;
import java.util.List;

/** What a person looking at an arranged diagram would notice if it went wrong, as assertions. */
final class LayoutChecks {
    /** The band at the top of a container that holds its title. */
    static final double TITLE_BAND = 40;
    /** How far a one-line name reaches under an icon (see render/ResourcePainter). */
    private static final double NAME_LINE = 18;

    private LayoutChecks() {
    }

    static void assertTidy(Design design) {
        everyChildLiesInsideItsParentBelowTheTitle(design);
        noTwoSiblingsOverlap(design);
        regionsKeepToThemselves(design);
        subnetsOfAZoneAreStackedPublicFirst(design);
    }

    static boolean isBox(Element element) {
        return !(element instanceof Listener || element instanceof ListenerRule);
    }

    static void everyChildLiesInsideItsParentBelowTheTitle(Design design) {
        for (var element : design.elements()) {
            var parent = design.get(element.parent());
            if (parent == null || !isBox(element)) {
                continue;
            }
            var r = element.bounds();
            var p = parent.bounds();
            assertThat(r.width()).as("width of %s", element.id()).isPositive();
            assertThat(r.height()).as("height of %s", element.id()).isPositive();
            assertThat(r.x()).as("left of %s in %s", element.id(), parent.id()).isGreaterThanOrEqualTo(20);
            assertThat(r.y()).as("top of %s in %s", element.id(), parent.id()).isGreaterThanOrEqualTo(TITLE_BAND);
            assertThat(r.maxX()).as("right of %s in %s", element.id(), parent.id()).isLessThanOrEqualTo(p.width() - 20);
            assertThat(r.maxY() + NAME_LINE).as("bottom of %s and its name in %s", element.id(), parent.id())
                    .isLessThanOrEqualTo(p.height());
        }
    }

    /** Boxes of one container, with the line of name under each, never touch. */
    static void noTwoSiblingsOverlap(Design design) {
        var containers = new java.util.ArrayList<ElementId>();
        containers.add(null);
        design.elements().forEach(e -> containers.add(e.id()));
        for (var container : containers) {
            var boxes = design.children(container).stream().filter(LayoutChecks::isBox).toList();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(withName(boxes.get(i).bounds()).intersects(withName(boxes.get(j).bounds())))
                            .as("%s overlaps %s", boxes.get(i).id(), boxes.get(j).id()).isFalse();
                }
            }
        }
    }

    /** No element of a Region, nor anything at the top level, covers another Region. */
    static void regionsKeepToThemselves(Design design) {
        var regions = design.elementsOf(Region.class);
        for (var element : design.elements()) {
            if (!isBox(element) || element instanceof Region) {
                continue;
            }
            var own = design.topology().regionOf(element);
            var bounds = design.absoluteBounds(element.id());
            for (var region : regions) {
                if (!region.equals(own)) {
                    assertThat(bounds.intersects(design.absoluteBounds(region.id())))
                            .as("%s overlaps Region %s", element.id(), region.id()).isFalse();
                }
            }
        }
        for (int i = 0; i < regions.size(); i++) {
            for (int j = i + 1; j < regions.size(); j++) {
                assertThat(regions.get(i).bounds().intersects(regions.get(j).bounds()))
                        .as("%s overlaps %s", regions.get(i).id(), regions.get(j).id()).isFalse();
            }
        }
    }

    /** Top to bottom, a zone shows its public subnets and then its private ones, one under the other. */
    static void subnetsOfAZoneAreStackedPublicFirst(Design design) {
        for (var zone : design.elementsOf(AvailabilityZone.class)) {
            List<Subnet> subnets = design.children(zone.id()).stream().map(Subnet.class::cast)
                    .sorted(Comparator.comparingDouble(s -> s.bounds().y())).toList();
            boolean seenPrivate = false;
            for (var subnet : subnets) {
                boolean isPublic = design.topology().isPublic(subnet);
                assertThat(isPublic && seenPrivate).as("public %s below a private subnet in %s", subnet.id(), zone.id())
                        .isFalse();
                seenPrivate |= !isPublic;
                assertThat(subnet.bounds().x()).as("%s in the zone's column", subnet.id())
                        .isEqualTo(subnets.get(0).bounds().x());
            }
        }
    }

    private static Rect withName(Rect r) {
        return new Rect(r.x(), r.y(), r.width(), r.height() + NAME_LINE);
    }
}
