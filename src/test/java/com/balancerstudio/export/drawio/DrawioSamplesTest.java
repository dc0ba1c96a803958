package com.balancerstudio.export.drawio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.render.Links;
import com.balancerstudio.testing.SampleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample design and exercise exported to draw.io and read back with a parser that refuses DOCTYPEs. */
class DrawioSamplesTest {
    static List<Path> designs() {
        var designs = new ArrayList<>(SampleFiles.samples());
        designs.addAll(SampleFiles.exercises());
        return designs;
    }

    private static boolean isContainer(Element element) {
        return element instanceof Region || element instanceof Vpc || element instanceof AvailabilityZone
                || element instanceof Subnet;
    }

    /** What the designer shows: everything but a load balancer's listeners and their rules, which have no shape. */
    private static List<Element> shown(Design design) {
        return design.elements().stream().filter(e -> !(e instanceof Listener) && !(e instanceof ListenerRule))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void startsWithTheRootAndLayerCellsInsideOneDiagram(Path file) throws Exception {
        var parsed = ParsedDiagram.parse(DrawioExport.toXml(DesignFile.read(file)));

        var root = parsed.document().getDocumentElement();
        assertThat(root.getNodeName()).isEqualTo("mxfile");
        assertThat(root.getAttribute("compressed")).isEqualTo("false");
        assertThat(parsed.document().getElementsByTagName("diagram").getLength()).isOne();
        assertThat(parsed.elementNames()).containsExactly("mxfile", "diagram", "mxGraphModel", "root", "mxCell",
                "mxGeometry");
        assertThat(parsed.cells().get(0).id()).isEqualTo("0");
        assertThat(parsed.cells().get(0).parent()).isNull();
        assertThat(parsed.cells().get(1).id()).isEqualTo("1");
        assertThat(parsed.cells().get(1).parent()).isEqualTo("0");
        var ids = parsed.cells().stream().map(ParsedDiagram.ParsedCell::id).toList();
        assertThat(new HashSet<>(ids)).as("cell ids are unique").hasSameSizeAs(ids);
    }

    @ParameterizedTest
    @MethodSource("designs")
    void everyShownElementIsOneCellInsideItsContainerWhereTheDesignPutsIt(Path file) throws Exception {
        var design = DesignFile.read(file);
        var cells = ParsedDiagram.parse(DrawioExport.toXml(design)).byId();

        var shown = shown(design);
        assertThat(cells.values().stream().filter(ParsedDiagram.ParsedCell::vertex).count()).isEqualTo(shown.size());
        for (var element : shown) {
            var cell = cells.get("el/" + element.id());
            assertThat(cell).as(element.id() + " has a cell").isNotNull();
            assertThat(cell.vertex()).isTrue();
            assertThat(cell.parent()).as("parent of " + element.id())
                    .isEqualTo(element.parent() == null ? "1" : "el/" + element.parent());
            assertThat(cell.value()).as("label of " + element.id()).startsWith(element.name());
            var bounds = element.bounds();
            if (isContainer(element)) {
                assertThat(List.of(cell.x(), cell.y(), cell.width(), cell.height())).as("geometry of " + element.id())
                        .containsExactly(bounds.x(), bounds.y(), bounds.width(), bounds.height());
            } else {
                double side = Math.min(bounds.width(), bounds.height());
                assertThat(cell.width()).as("icon of " + element.id()).isEqualTo(side);
                assertThat(cell.height()).isEqualTo(side);
                assertThat(cell.x() + side / 2).as("icon centred in " + element.id())
                        .isCloseTo(bounds.x() + bounds.width() / 2, within(1e-9));
                assertThat(cell.y() + side / 2).isCloseTo(bounds.y() + bounds.height() / 2, within(1e-9));
            }
        }
        assertThat(cells).doesNotContainKeys(design.elementsOf(Listener.class).stream().map(l -> "el/" + l.id())
                .toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("designs")
    void containersComeBeforeWhatTheyHold(Path file) throws Exception {
        var cells = ParsedDiagram.parse(DrawioExport.toXml(DesignFile.read(file))).cells();

        var seen = new HashSet<String>();
        for (var cell : cells) {
            if (cell.parent() != null) {
                assertThat(seen).as("the parent of " + cell.id() + " comes first").contains(cell.parent());
            }
            seen.add(cell.id());
        }
    }

    @ParameterizedTest
    @MethodSource("designs")
    void everyConnectorOfTheDesignerIsAnOrthogonalEdgeBetweenExistingShapes(Path file) throws Exception {
        var design = DesignFile.read(file);
        var parsed = ParsedDiagram.parse(DrawioExport.toXml(design));
        var vertices = parsed.vertices().stream().map(ParsedDiagram.ParsedCell::id).collect(Collectors.toSet());

        var edges = parsed.edges();
        for (var edge : edges) {
            assertThat(vertices).as("ends of " + edge.id()).contains(edge.source(), edge.target());
            assertThat(edge.styleMap()).containsEntry("edgeStyle", "orthogonalEdgeStyle");
            assertThat(edge.parent()).isEqualTo("1");
        }
        var expected = Links.of(design).stream().map(l -> "el/" + l.from() + " -> el/" + l.to()).sorted().toList();
        var actual = edges.stream().map(e -> e.source() + " -> " + e.target()).sorted().toList();
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("designs")
    void everyIconIsAVerifiedDrawioStencilAndNoLabelIsHtml(Path file) throws Exception {
        var cells = ParsedDiagram.parse(DrawioExport.toXml(DesignFile.read(file))).cells();

        for (var cell : cells) {
            var style = cell.styleMap();
            assertThat(style).as("style of " + cell.id()).doesNotContainKey("html");
            for (var key : List.of("resIcon", "grIcon", "prIcon")) {
                if (style.containsKey(key)) {
                    assertThat(Stencils.VERIFIED).as(key + " of " + cell.id()).contains(style.get(key));
                }
            }
            if (cell.vertex()) {
                assertThat(style.getOrDefault("shape", "rectangle")).as("shape of " + cell.id())
                        .isIn("mxgraph.aws4.group", "mxgraph.aws4.resourceIcon", "rectangle");
                if ("mxgraph.aws4.resourceIcon".equals(style.get("shape"))) {
                    assertThat(style).containsKey("resIcon");
                }
                if ("mxgraph.aws4.group".equals(style.get("shape"))) {
                    assertThat(style).containsKey("grIcon").containsEntry("container", "1");
                }
            }
        }
    }
}
