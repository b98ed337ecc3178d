package org.stepwise.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Writes an image as PNG atomically: a temporary file beside the target, then a move. */
public final class PngExport {

    private PngExport() {
    }

    public static void write(Image image, Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, ".stepwise-export", ".png");
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", temporary.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
