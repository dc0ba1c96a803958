package com.balancerstudio.ui.problems;

import com.balancerstudio.rules.Severity;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;

/** The colour and small shape of each severity, so errors, warnings and notes differ by more than colour alone. */
public final class SeverityStyle {
    private SeverityStyle() {
    }

    public static Color color(Severity severity) {
        if (severity == Severity.ERROR) {
            return Color.web("#d1242f");
        }
        return severity == Severity.WARNING ? Color.web("#bf8700") : Color.web("#0969da");
    }

    /** A red circle for errors, an amber triangle for warnings, a blue diamond for information. */
    public static Shape icon(Severity severity) {
        Shape shape;
        if (severity == Severity.ERROR) {
            shape = new Circle(6);
        } else if (severity == Severity.WARNING) {
            shape = new Polygon(6, 0, 12, 11, 0, 11);
        } else {
            shape = new Polygon(6, 0, 12, 6, 6, 12, 0, 6);
        }
        shape.setFill(color(severity));
        shape.setStroke(Color.WHITE);
        shape.setStrokeWidth(1);
        return shape;
    }
}
