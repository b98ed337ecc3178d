package org.stepwise.viz.lesson.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Draws a node to a PNG under {@code <tmp>/picker/}, so a person can look at what was built. */
final class NodePng {

    private NodePng() {
    }

    static Path folder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "picker");
    }

    /** Snapshots {@code node} (call on the FX thread) and writes it as {@code name}.png. */
    static WritableImage write(Node node, String name) {
        WritableImage image = node.snapshot(null, null);
        try {
            Files.createDirectories(folder());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder().resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return image;
    }
}
