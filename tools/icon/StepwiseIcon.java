import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
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
 * Draws Stepwise's icon: a loss curve on a deep blue tile, a staircase of descent steps down
 * its side and an orange ball at the minimum ("watch the algorithm step down"). Writes the
 * PNGs the app uses for its window and About dialog, and the .ico / .icns the Windows and
 * macOS installers need. Both container formats hold PNG images, which every supported
 * Windows (Vista and later) and macOS (10.7 and later) reads, so no image library is needed.
 *
 * <pre>java -Djava.awt.headless=true tools/icon/StepwiseIcon.java</pre>
 *
 * run from the repository's top folder; it rewrites the committed files.
 */
public final class StepwiseIcon {

    static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    static final Path APP_ICONS = Path.of("app/src/main/resources/org/stepwise/app/icons");
    static final Path INSTALLER_ICONS = Path.of("installer/src/main/jpackage/icons");

    public static void main(String[] args) throws IOException {
        Files.createDirectories(APP_ICONS);
        Files.createDirectories(INSTALLER_ICONS);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            pngs.put(size, png(draw(size)));
        }
        for (int size : PNG_SIZES) {
            Files.write(APP_ICONS.resolve("stepwise-" + size + ".png"), pngs.get(size));
        }
        Files.write(INSTALLER_ICONS.resolve("stepwise.png"), pngs.get(512));
        Files.write(INSTALLER_ICONS.resolve("stepwise.ico"), ico(pngs, 16, 24, 32, 48, 64, 128, 256));
        Files.write(INSTALLER_ICONS.resolve("stepwise.icns"), icns(pngs));
    }

    /** The icon at one size; strokes grow at small sizes so the shape survives 16 px. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);
        boolean tiny = size <= 24;
        double margin = tiny ? 1 : 4;

        // Tile: the viridis-like blue of the app's heatmaps, lighter at the top.
        g.setPaint(new GradientPaint(0, 0, new Color(0x3B6FB6), 0, 100, new Color(0x1D3557)));
        g.fill(new RoundRectangle2D.Double(margin, margin, 100 - 2 * margin, 100 - 2 * margin, 22, 22));

        // The loss curve: a valley with its minimum right of the middle.
        Path2D curve = new Path2D.Double();
        for (int i = 0; i <= 40; i++) {
            double x = 14 + i * 78 / 40.0;
            double y = lossY(x);
            if (i == 0) {
                curve.moveTo(x, y);
            } else {
                curve.lineTo(x, y);
            }
        }
        g.setColor(new Color(255, 255, 255, tiny ? 150 : 110));
        g.setStroke(new BasicStroke(tiny ? 6f : 4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);

        // The steps: each lands on the curve, then drops straight to the next.
        double[] stops = tiny ? new double[] {16, 32, 48} : new double[] {16, 27, 37, 46, 53};
        Path2D steps = new Path2D.Double();
        steps.moveTo(stops[0], lossY(stops[0]));
        for (int i = 1; i < stops.length; i++) {
            steps.lineTo(stops[i], lossY(stops[i - 1]));
            steps.lineTo(stops[i], lossY(stops[i]));
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(tiny ? 9f : 7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(steps);

        // The ball at the minimum, in the Okabe-Ito orange the lessons use for class 1.
        double r = tiny ? 12 : 10;
        g.setColor(new Color(0xE69F00));
        g.fill(new Ellipse2D.Double(MINIMUM_X - r, lossY(MINIMUM_X) - r, 2 * r, 2 * r));
        g.dispose();
        return image;
    }

    static final double MINIMUM_X = 62;

    static double lossY(double x) {
        double d = (x - MINIMUM_X) / 48;
        return 74 - 56 * d * d;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon: ICONDIR, one ICONDIRENTRY per size, then the PNGs (little-endian). */
    static byte[] ico(Map<Integer, byte[]> pngs, int... sizes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.short16(0);
        out.short16(1);
        out.short16(sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int size : sizes) {
            byte[] png = pngs.get(size);
            out.byte8(size >= 256 ? 0 : size); // 0 means 256
            out.byte8(size >= 256 ? 0 : size);
            out.byte8(0);
            out.byte8(0);
            out.short16(1);
            out.short16(32);
            out.int32(png.length);
            out.int32(offset);
            offset += png.length;
        }
        for (int size : sizes) {
            bytes.write(pngs.get(size));
        }
        return bytes.toByteArray();
    }

    /** A macOS icon family: 'icns', total length, then (type, length, PNG) per size (big-endian). */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (var type : types.entrySet()) {
            byte[] png = pngs.get(type.getValue());
            out.writeBytes(type.getKey());
            out.writeInt(8 + png.length);
            out.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        body.writeTo(file);
        return file.toByteArray();
    }

    private record LittleEndian(ByteArrayOutputStream out) {
        void byte8(int v) { out.write(v); }
        void short16(int v) { out.write(v); out.write(v >>> 8); }
        void int32(int v) { short16(v & 0xFFFF); short16(v >>> 16); }
    }
}
