package com.balancerstudio.export;

import com.balancerstudio.model.Template;
import com.balancerstudio.render.AppIcon;
import com.balancerstudio.render.Surface;
import com.balancerstudio.render.TemplateIcons;
import com.balancerstudio.render.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/** The icon files shipped in assets/: one SVG per palette template and the application icon as SVG and PNG. */
public final class IconExport {
    /** Side of the template icons, in pixels. */
    public static final int ICON_SIZE = 64;

    private IconExport() {
    }

    /** The file name of a template's icon: "application-load-balancer.svg". */
    public static String fileName(Template template) {
        return template.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".svg";
    }

    public static String templateSvg(Template template) {
        return svg(ICON_SIZE, template.label(), s -> TemplateIcons.paint(s, template, Theme.LIGHT, 0, 0, ICON_SIZE));
    }

    public static String appIconSvg() {
        return svg(256, "Balancer Studio", s -> AppIcon.paint(s, 0, 0, 256));
    }

    /** The application icon as a square PNG of the given side with a transparent background. */
    public static byte[] appIconPng(int size) {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        try {
            AppIcon.paint(new AwtSurface(graphics), 0, 0, size);
        } finally {
            graphics.dispose();
        }
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String svg(int size, String title, Consumer<Surface> painter) {
        var surface = new SvgSurface();
        painter.accept(surface);
        return surface.document(size, size, 0, 0, size, size, title);
    }
}
