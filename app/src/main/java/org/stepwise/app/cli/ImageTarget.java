package org.stepwise.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Checks the {@code --out} file of {@code render} before anything is drawn. */
final class ImageTarget {

    private ImageTarget() {
    }

    /**
     * @return the absolute path to write
     * @throws IllegalArgumentException when there is no file, it is not a .png, or its folder is missing
     */
    static Path check(Path out) {
        if (out == null) {
            throw new IllegalArgumentException("Name the image to write with --out FILE.png.");
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg") || name.endsWith(".gif")) {
            throw new IllegalArgumentException("SVG and GIF output are not available yet; use .png");
        }
        if (!name.endsWith(".png") || name.length() == ".png".length()) {
            throw new IllegalArgumentException("The --out file must be a .png image; got '" + out + "'.");
        }
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("'" + out + "' is a folder; --out needs a file name such as chart.png.");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new IllegalArgumentException("The folder '" + target.getParent() + "' does not exist;"
                    + " create it or choose another --out.");
        }
        return target;
    }
}
