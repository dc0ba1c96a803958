package com.balancerstudio.ui.files;

import com.balancerstudio.export.DiagramExport;
import com.balancerstudio.export.ExportOptions;
import com.balancerstudio.model.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a design as a PNG or SVG picture (drawn by the same painter as the canvas); says why when it cannot. */
public final class PictureExport {
    /** The picture formats, with their file extensions. */
    public enum Format {
        PNG(".png"), SVG(".svg");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private PictureExport() {
    }

    /** Writes the picture to the file; throws IOException with a message a person can act on. */
    public static void write(Design design, ExportOptions options, Format format, Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = format == Format.PNG ? DiagramExport.png(design, options)
                    : DiagramExport.svg(design, options).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        // A picture can be made again from the design, so it is written plainly, without the design file's backup.
        Files.write(file, bytes);
    }

    /** The file name offered for the export: the design's name as a slug with the format's extension. */
    public static String suggestedName(Design design, Format format) {
        return FileNames.suggested(design, format.extension());
    }
}
