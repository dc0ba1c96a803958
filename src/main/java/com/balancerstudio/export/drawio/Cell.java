package com.balancerstudio.export.drawio;

import com.balancerstudio.model.Rect;

/**
 * One mxCell of the diagram: a shape (vertex) with its geometry relative to its parent cell, or a connector (edge)
 * between two shapes. The value is the label as plain text.
 */
record Cell(String id, String value, String style, String parent, Rect geometry, String source, String target) {
    static Cell shape(String id, String value, String style, String parent, Rect geometry) {
        return new Cell(id, value, style, parent, geometry, null, null);
    }

    static Cell connector(String id, String style, String source, String target) {
        return new Cell(id, "", style, CellIds.LAYER, null, source, target);
    }

    boolean isConnector() {
        return source != null;
    }
}
