package com.balancerstudio.importing;

import com.balancerstudio.model.Element;
import com.balancerstudio.model.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * Places boxes left to right from a starting point and starts a new row below when the next box would cross the
 * right edge, so a container grows downwards instead of letting its content spill out.
 */
final class FlowRow {
    private FlowRow() {
    }

    /**
     * Places the elements at their box sizes and returns the bottom of the last row (or {@code top} when there are
     * none), counting the room its captions need beyond the usual gap. {@code gap} separates boxes of a row; rows are {@link Spacing#GAP} apart. When {@code centred}, each row
     * is centred between {@code left} and {@code right}.
     */
    static double place(List<? extends Element> elements, double left, double top, double right, double gap,
                        boolean centred, Placements out) {
        var row = new ArrayList<Element>();
        double x = left;
        double y = top;
        double rowHeight = 0;
        double captions = 0;
        double bottom = top;
        for (var element : elements) {
            var size = Spacing.boxOf(element);
            if (!row.isEmpty() && x + size.width() > right) {
                finishRow(row, left, right, y, gap, centred, out);
                y += rowHeight + captions + Spacing.GAP;
                x = left;
                rowHeight = 0;
                captions = 0;
                row.clear();
            }
            row.add(element);
            x += size.width() + gap;
            rowHeight = Math.max(rowHeight, size.height());
            captions = Math.max(captions, Spacing.extraCaptionDepth(element));
            bottom = y + rowHeight + captions;
        }
        finishRow(row, left, right, y, gap, centred, out);
        return bottom;
    }

    private static void finishRow(List<Element> row, double left, double right, double y, double gap, boolean centred,
                                  Placements out) {
        double width = row.stream().mapToDouble(e -> Spacing.boxOf(e).width()).sum() + gap * Math.max(0, row.size() - 1);
        // Whole units keep a centred row on the same pixels as the rest of the diagram.
        double x = centred ? left + Math.floor(Math.max(0, (right - left - width) / 2)) : left;
        for (var element : row) {
            var size = Spacing.boxOf(element);
            out.put(element, new Rect(x, y, size.width(), size.height()));
            x += size.width() + gap;
        }
    }
}
