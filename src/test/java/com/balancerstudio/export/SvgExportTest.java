package com.balancerstudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.render.Theme;
import com.balancerstudio.rules.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgExportTest {
    @Test
    void theSvgIsWellFormedAndShowsTheElementNames() throws Exception {
        var svg = DiagramExport.svg(ExportDesigns.regionWithGateway("edge gateway"), ExportOptions.defaults());

        var texts = texts(parse(svg));
        assertThat(texts).contains("edge gateway", "public address", "Internet users");
        assertThat(parse(svg).getDocumentElement().getAttribute("font-family")).contains("sans-serif");
    }

    @Test
    void markupInANameIsEscapedAndReadsBackAsTheSameText() throws Exception {
        var svg = DiagramExport.svg(ExportDesigns.regionWithGateway("<b>&\"x\""), ExportOptions.defaults());

        assertThat(svg).contains("&lt;b&gt;&amp;&quot;x&quot;").doesNotContain("<b>");
        assertThat(texts(parse(svg))).contains("<b>&\"x\"");
    }

    @Test
    void theSizeIsTheContentWithAMarginTimesTheScale() throws Exception {
        var design = ExportDesigns.regionWithGateway("gw");
        var root = parse(DiagramExport.svg(design, ExportOptions.defaults().withScale(2))).getDocumentElement();
        var area = DiagramExport.area(design, ExportOptions.defaults());

        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(area.width() * 2);
        assertThat(root.getAttribute("viewBox")).startsWith(SvgSurface.n(area.x()) + " " + SvgSurface.n(area.y()));
        assertThat(area.x()).isLessThanOrEqualTo(-DiagramExport.MARGIN);
    }

    @Test
    void exportingOneElementLeavesTheOthersOut() throws Exception {
        var design = ExportDesigns.regionWithGateway("edge gateway");
        var svg = DiagramExport.svg(design, ExportOptions.defaults().withOnly(Set.of(ExportDesigns.GATEWAY)));

        assertThat(texts(parse(svg))).contains("edge gateway").doesNotContain("public address", "Internet users");
        assertThat(DiagramExport.area(design, ExportOptions.defaults().withOnly(Set.of(ExportDesigns.GATEWAY))).width())
                .isEqualTo(64 + 2 * DiagramExport.MARGIN);
    }

    @Test
    void badgesAreDrawnOnlyWhenGiven() {
        var design = ExportDesigns.regionWithGateway("gw");
        var error = Theme.LIGHT.error().toHex();

        assertThat(DiagramExport.svg(design, ExportOptions.defaults())).doesNotContain(error);
        assertThat(DiagramExport.svg(design, ExportOptions.defaults()
                .withBadges(Map.of(ExportDesigns.GATEWAY, Severity.ERROR)))).contains(error);
    }

    @Test
    void anUnknownElementToExportIsRefusedByName() {
        var design = ExportDesigns.regionWithGateway("gw");
        assertThatThrownBy(() -> DiagramExport.svg(design, ExportOptions.defaults().withOnly(Set.of(ElementId.of("nope")))))
                .hasMessageContaining("'nope'");
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document document) {
        var nodes = document.getElementsByTagName("text");
        var result = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(((Element) nodes.item(i)).getTextContent());
        }
        return result;
    }
}
