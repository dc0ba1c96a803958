package com.balancerstudio.ui.files;

import com.balancerstudio.model.Design;
import java.util.Locale;

/** The file name offered for a design's file or export: its name as a slug ("Web tier" → web-tier) and an extension. */
public final class FileNames {
    private FileNames() {
    }

    public static String suggested(Design design, String extension) {
        var slug = design.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "design" : slug) + extension;
    }
}
