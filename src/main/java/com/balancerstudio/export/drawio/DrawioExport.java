package com.balancerstudio.export.drawio;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Rect;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Links;
import java.util.ArrayList;

/**
 * The design as an uncompressed draw.io (diagrams.net) file: Regions, VPCs, Availability Zones and subnets as nested
 * AWS group containers, every drawn resource as an AWS icon in its category colour, and the designer's connectors as
 * orthogonal edges, all where the designer draws them. A pure function of the design.
 */
public final class DrawioExport {
    private DrawioExport() {
    }

    /** The draw.io file's text (UTF-8 XML). */
    public static String toXml(Design design) {
        return of(design).xml();
    }

    public static DrawioDiagram of(Design design) {
        var drawn = DrawnElements.of(design);
        var drawnIds = DrawnElements.ids(drawn);
        var cells = new ArrayList<Cell>();
        for (var element : drawn) {
            var parent = element.parent() == null ? CellIds.LAYER : CellIds.of(element.parent());
            cells.add(Cell.shape(CellIds.of(element.id()), CellLabels.of(design, element), Styles.of(design, element),
                    parent, geometry(element)));
        }
        var ids = new CellIds();
        int connectors = 0;
        for (var link : Links.of(design)) {
            if (drawnIds.contains(link.from()) && drawnIds.contains(link.to())) {
                cells.add(Cell.connector(ids.link(link.from(), link.to()), Styles.EDGE, CellIds.of(link.from()),
                        CellIds.of(link.to())));
                connectors++;
            }
        }
        var xml = MxFileWriter.write(design.name(), cells, DiagramPainter.contentBounds(design));
        return new DrawioDiagram(xml, drawn.size(), connectors);
    }

    /**
     * Where the cell goes, relative to its container as the model stores it. A container keeps its bounds; a resource
     * gets the square its icon fills in the designer (the largest one centred in its bounds), because draw.io stretches
     * an icon to whatever box it is given.
     */
    static Rect geometry(Element element) {
        var bounds = element.bounds();
        if (DiagramPainter.isContainer(element)) {
            return bounds;
        }
        double side = Math.min(bounds.width(), bounds.height());
        return new Rect(bounds.x() + (bounds.width() - side) / 2, bounds.y() + (bounds.height() - side) / 2,
                side, side);
    }
}
