package com.balancerstudio.export.drawio;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A draw.io file read back the way a careful reader would: a parser that refuses any DOCTYPE (so no entity, external
 * or not, can be declared) and never fetches anything, then the mxCells of the first diagram in document order.
 */
record ParsedDiagram(Document document, List<ParsedCell> cells) {

    /** One mxCell with its geometry (NaN when it has none). */
    record ParsedCell(String id, String value, String style, String parent, boolean vertex, boolean edge,
                      String source, String target, double x, double y, double width, double height) {
        /** The style as key/value pairs; keys without a value (a bare shape name) map to "". */
        Map<String, String> styleMap() {
            var map = new LinkedHashMap<String, String>();
            if (style == null) {
                return map;
            }
            for (var part : style.split(";")) {
                if (!part.isEmpty()) {
                    int equals = part.indexOf('=');
                    map.put(equals < 0 ? part : part.substring(0, equals),
                            equals < 0 ? "" : part.substring(equals + 1));
                }
            }
            return map;
        }
    }

    static ParsedDiagram parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        var document = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var cells = new ArrayList<ParsedCell>();
        var nodes = document.getElementsByTagName("mxCell");
        for (int i = 0; i < nodes.getLength(); i++) {
            cells.add(cell((Element) nodes.item(i)));
        }
        return new ParsedDiagram(document, cells);
    }

    private static ParsedCell cell(Element element) {
        double x = Double.NaN;
        double y = Double.NaN;
        double width = Double.NaN;
        double height = Double.NaN;
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && child.getNodeName().equals("mxGeometry")) {
                var geometry = (Element) child;
                x = number(geometry, "x");
                y = number(geometry, "y");
                width = number(geometry, "width");
                height = number(geometry, "height");
            }
        }
        return new ParsedCell(attribute(element, "id"), attribute(element, "value"), attribute(element, "style"),
                attribute(element, "parent"), "1".equals(attribute(element, "vertex")),
                "1".equals(attribute(element, "edge")), attribute(element, "source"), attribute(element, "target"),
                x, y, width, height);
    }

    private static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static double number(Element element, String name) {
        return element.hasAttribute(name) ? Double.parseDouble(element.getAttribute(name)) : Double.NaN;
    }

    Map<String, ParsedCell> byId() {
        var map = new LinkedHashMap<String, ParsedCell>();
        cells.forEach(cell -> map.put(cell.id(), cell));
        return map;
    }

    List<ParsedCell> vertices() {
        return cells.stream().filter(ParsedCell::vertex).toList();
    }

    List<ParsedCell> edges() {
        return cells.stream().filter(ParsedCell::edge).toList();
    }

    /** The names of every element in the document, once each, in the order first met. */
    List<String> elementNames() {
        var names = new ArrayList<String>();
        var all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            var name = all.item(i).getNodeName();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
