import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes the Windows (.ico) and macOS (.icns) application icons that jpackage wants from the 256-pixel PNG in
 * assets/, so that only the PNG is kept in the repository: {@code java installer/IconFiles.java ico|icns IN.png OUT}.
 * Both formats hold PNG images (Windows Vista and later, macOS 10.7 and later read them), one per size.
 */
public final class IconFiles {
    private IconFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("ico") || args[0].equals("icns"))) {
            System.err.println("usage: java IconFiles.java ico|icns IN.png OUT");
            System.exit(2);
        }
        var source = ImageIO.read(Path.of(args[1]).toFile());
        if (source == null || source.getWidth() != 256 || source.getHeight() != 256) {
            System.err.println(args[1] + ": not a 256 x 256 PNG image");
            System.exit(2);
        }
        byte[] icon = args[0].equals("ico") ? ico(source) : icns(source);
        Files.write(Path.of(args[2]), icon);
    }

    /** ICONDIR, one ICONDIRENTRY per size (all little-endian), then the PNG images; 0 in a size byte means 256. */
    private static byte[] ico(BufferedImage source) throws IOException {
        int[] sizes = {16, 24, 32, 48, 64, 128, 256};
        var images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(scaled(source, sizes[i]));
        }
        var out = new ByteArrayOutputStream();
        writeShortLe(out, 0);
        writeShortLe(out, 1);
        writeShortLe(out, sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            out.write(sizes[i] & 0xFF);
            out.write(sizes[i] & 0xFF);
            out.write(0);
            out.write(0);
            writeShortLe(out, 1);
            writeShortLe(out, 32);
            writeIntLe(out, images[i].length);
            writeIntLe(out, offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** "icns", the file length, then per size a four-letter type, the element length and the PNG (big-endian). */
    private static byte[] icns(BufferedImage source) throws IOException {
        var types = new LinkedHashMap<String, Integer>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        var elements = new ByteArrayOutputStream();
        var data = new DataOutputStream(elements);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] image = png(scaled(source, type.getValue()));
            data.writeBytes(type.getKey());
            data.writeInt(8 + image.length);
            data.write(image);
        }
        var out = new ByteArrayOutputStream();
        var header = new DataOutputStream(out);
        header.writeBytes("icns");
        header.writeInt(8 + elements.size());
        elements.writeTo(out);
        return out.toByteArray();
    }

    /** Halves the image until the next halving would pass the size, so small icons stay sharp rather than jagged. */
    private static BufferedImage scaled(BufferedImage source, int size) {
        var image = source;
        while (image.getWidth() > size) {
            int next = Math.max(size, image.getWidth() / 2);
            var smaller = new BufferedImage(next, next, BufferedImage.TYPE_INT_ARGB);
            var g = smaller.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, next, next, null);
            g.dispose();
            image = smaller;
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void writeShortLe(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static void writeIntLe(ByteArrayOutputStream out, int value) {
        writeShortLe(out, value & 0xFFFF);
        writeShortLe(out, value >>> 16);
    }
}
