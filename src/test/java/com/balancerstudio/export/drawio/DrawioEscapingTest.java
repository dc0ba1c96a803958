package com.balancerstudio.export.drawio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.testing.DesignBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names from the design are text in draw.io, whatever they hold: they cannot close an attribute or open an element. */
class DrawioEscapingTest {
    private static final String SCRIPT = "\"><script>alert(1)</script>";
    private static final String AMPERSAND_AND_CDATA_END = "R&D <b>]]> &amp; 'quoted'";
    private static final String NEWLINES = "first line\nsecond\r\nthird\tcolumn";
    private static final String CONTROL = "bell\u0007 nul\u0000 \uD83D\uDE00 lone\uD800";
    private static final String FAKE_CELL = "<mxCell id=\"evil\" parent=\"1\" vertex=\"1\"/>";
    private static final String DESIGN_NAME = "</diagram><diagram name=\"x\">";

    private static Design hostile() {
        var b = new DesignBuilder(DESIGN_NAME);
        var region = b.add(new Region(ElementId.of("region"), SCRIPT, null, new Rect(0, 0, 1400, 900), "us-east-1"));
        var vpc = b.add(new Vpc(ElementId.of("vpc"), AMPERSAND_AND_CDATA_END, region.id(), new Rect(20, 40, 1300, 800),
                DesignBuilder.cidr("10.0.0.0/16"), List.of(), true));
        var zone = b.zone(vpc, "us-east-1a");
        var subnet = b.add(new com.balancerstudio.model.Subnet(ElementId.of("subnet"), NEWLINES, zone.id(),
                new Rect(20, 40, 260, 200), DesignBuilder.cidr("10.0.1.0/24"), false));
        var instance = b.add(com.balancerstudio.model.Instance.of(ElementId.of("instance"), CONTROL, subnet.id(),
                new Rect(20, 40, 64, 64)));
        b.targetGroup(vpc, "tg", Protocol.HTTP, 80, instance);
        var lb = b.loadBalancer(vpc, "lb", LoadBalancerType.APPLICATION, false, subnet);
        return b.build().withReplaced(lb.withName(FAKE_CELL));
    }

    @Test
    void hostileNamesComeBackAsTheSameTextAndCreateNoElements() throws Exception {
        var xml = DrawioExport.toXml(hostile());
        var parsed = ParsedDiagram.parse(xml);
        var cells = parsed.byId();

        assertThat(parsed.elementNames()).containsExactly("mxfile", "diagram", "mxGraphModel", "root", "mxCell",
                "mxGeometry");
        assertThat(parsed.document().getElementsByTagName("diagram").getLength()).isOne();
        assertThat(cells).doesNotContainKey("evil");
        assertThat(xml).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<mxCell id=\"evil\"");
        assertThat(cells.get("el/region").value()).isEqualTo(SCRIPT + " · us-east-1");
        assertThat(cells.get("el/vpc").value()).isEqualTo(AMPERSAND_AND_CDATA_END + " · 10.0.0.0/16");
        assertThat(cells.get("el/subnet").value()).isEqualTo(NEWLINES + " · 10.0.1.0/24 · private");
        assertThat(cells.get("el/lb").value()).startsWith(FAKE_CELL + "\nALB");
        assertThat(((org.w3c.dom.Element) parsed.document().getElementsByTagName("diagram").item(0))
                .getAttribute("name")).isEqualTo(DESIGN_NAME);
    }

    @Test
    void charactersXmlCannotCarryBecomeReplacementCharactersAndTheRestSurvives() throws Exception {
        var cells = ParsedDiagram.parse(DrawioExport.toXml(hostile())).byId();

        assertThat(cells.get("el/instance").value()).startsWith("bell\uFFFD nul\uFFFD \uD83D\uDE00 lone\uFFFD");
    }

    @Test
    void theReaderUsedByTheseTestsRefusesADoctype() {
        var withEntity = "<!DOCTYPE mxfile [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><mxfile>&x;</mxfile>";

        assertThatThrownBy(() -> ParsedDiagram.parse(withEntity)).hasMessageContaining("DOCTYPE");
    }

    @Test
    void cellIdsStayDistinctFromTheRootCellsAndFromEachOther() {
        var ids = new CellIds();

        assertThat(CellIds.of(ElementId.of("0"))).isEqualTo("el/0").isNotIn(CellIds.ROOT, CellIds.LAYER);
        assertThat(CellIds.encode("a/b%c d\"<")).isEqualTo("a%2Fb%25c%20d%22%3C");
        assertThat(ids.link(ElementId.of("tg"), ElementId.of("i-1"))).isEqualTo("link/tg/i-1");
        assertThat(ids.link(ElementId.of("tg"), ElementId.of("i-1"))).isEqualTo("link/tg/i-1/2");
        assertThat(ids.link(ElementId.of("tg-i"), ElementId.of("1"))).isEqualTo("link/tg-i/1");
    }
}
