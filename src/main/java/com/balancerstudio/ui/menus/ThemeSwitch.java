package com.balancerstudio.ui.menus;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.balancerstudio.ui.CanvasActions;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Light or dark: the AtlantaFX Primer theme for the controls and the painter's theme for the canvas, switched together. */
public final class ThemeSwitch {
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final CanvasActions canvas;

    public ThemeSwitch(CanvasActions canvas) {
        this.canvas = canvas;
        dark.addListener((o, was, now) -> apply(canvas, now));
    }

    /** Applies the current theme (the application-wide stylesheet and the canvas colours). */
    public void applyNow() {
        apply(canvas, dark.get());
    }

    private static void apply(CanvasActions canvas, boolean dark) {
        applyStylesheet(dark);
        canvas.setDarkTheme(dark);
    }

    /**
     * Sets the application-wide stylesheet. The binary (BSS) form loads several times faster than the CSS text, and
     * setting it before the first control exists spares loading the default Modena stylesheet at all.
     */
    public static void applyStylesheet(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
