package com.balancerstudio.export.drawio;

import com.balancerstudio.model.Rect;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes cells as an uncompressed draw.io file (mxfile &gt; diagram &gt; mxGraphModel &gt; root) with the JDK's DOM
 * and serializer, which escape every attribute value; text that XML 1.0 cannot carry at all (control characters, lone
 * surrogates) is replaced by U+FFFD before it reaches the document.
 */
final class MxFileWriter {
    private MxFileWriter() {
    }

    /** Page size when the design is smaller: A4 portrait, draw.io's default page. */
    private static final double MIN_PAGE_WIDTH = 827;
    private static final double MIN_PAGE_HEIGHT = 1169;
    private static final double PAGE_MARGIN = 40;

    static String write(String diagramName, List<Cell> cells, Rect content) {
        var document = newDocument();
        var mxfile = document.createElement("mxfile");
        mxfile.setAttribute("host", "Balancer Studio");
        mxfile.setAttribute("type", "device");
        mxfile.setAttribute("compressed", "false");
        document.appendChild(mxfile);
        var diagram = document.createElement("diagram");
        diagram.setAttribute("id", "balancer-studio-design");
        diagram.setAttribute("name", XmlText.clean(diagramName));
        mxfile.appendChild(diagram);
        var model = document.createElement("mxGraphModel");
        model.setAttribute("grid", "1");
        model.setAttribute("gridSize", "10");
        model.setAttribute("guides", "1");
        model.setAttribute("tooltips", "1");
        model.setAttribute("connect", "1");
        model.setAttribute("arrows", "1");
        model.setAttribute("fold", "1");
        model.setAttribute("page", "1");
        model.setAttribute("pageScale", "1");
        model.setAttribute("pageWidth", number(Math.ceil(Math.max(MIN_PAGE_WIDTH, content.maxX() + PAGE_MARGIN))));
        model.setAttribute("pageHeight", number(Math.ceil(Math.max(MIN_PAGE_HEIGHT, content.maxY() + PAGE_MARGIN))));
        model.setAttribute("math", "0");
        model.setAttribute("shadow", "0");
        diagram.appendChild(model);
        var root = document.createElement("root");
        model.appendChild(root);
        var rootCell = document.createElement("mxCell");
        rootCell.setAttribute("id", CellIds.ROOT);
        root.appendChild(rootCell);
        var layer = document.createElement("mxCell");
        layer.setAttribute("id", CellIds.LAYER);
        layer.setAttribute("parent", CellIds.ROOT);
        root.appendChild(layer);
        for (var cell : cells) {
            root.appendChild(element(document, cell));
        }
        return serialize(document);
    }

    private static Element element(Document document, Cell cell) {
        var element = document.createElement("mxCell");
        element.setAttribute("id", cell.id());
        element.setAttribute("value", XmlText.clean(cell.value()));
        element.setAttribute("style", cell.style());
        var geometry = document.createElement("mxGeometry");
        if (cell.isConnector()) {
            element.setAttribute("edge", "1");
            element.setAttribute("parent", cell.parent());
            element.setAttribute("source", cell.source());
            element.setAttribute("target", cell.target());
            geometry.setAttribute("relative", "1");
        } else {
            element.setAttribute("vertex", "1");
            element.setAttribute("parent", cell.parent());
            var bounds = cell.geometry();
            geometry.setAttribute("x", number(bounds.x()));
            geometry.setAttribute("y", number(bounds.y()));
            geometry.setAttribute("width", number(bounds.width()));
            geometry.setAttribute("height", number(bounds.height()));
        }
        geometry.setAttribute("as", "geometry");
        element.appendChild(geometry);
        return element;
    }

    /** "20" rather than "20.0", and never an exponent. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Document newDocument() {
        try {
            return SafeXml.documentBuilders().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML document builder is not available", e);
        }
    }

    private static String serialize(Document document) {
        try {
            var transformer = SafeXml.transformers().newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // draw.io writes its files without a declaration; UTF-8 is XML's default encoding anyway.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            var text = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(text));
            var xml = text.toString();
            return xml.endsWith("\n") ? xml : xml + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("the draw.io document could not be written: " + e.getMessage(), e);
        }
    }
}
