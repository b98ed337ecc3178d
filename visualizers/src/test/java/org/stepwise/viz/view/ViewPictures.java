package org.stepwise.viz.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/**
 * Saves what a view test drew as a PNG, so a person can look at it: only when the build is run
 * with {@code -Dstepwise.viewPictures=DIR}; otherwise it writes nothing.
 */
final class ViewPictures {

    private ViewPictures() {
    }

    static void save(Image image, String name) {
        String directory = System.getProperty("stepwise.viewPictures");
        if (directory == null || directory.isBlank()) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of(directory));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the picture " + name, e);
        }
    }
}
