package org.stepwise.viz.lesson.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes the whole of a card (not only the part its scroll pane shows) to {@code /tmp/cards/<name>.png},
 * so a person can judge how it reads on a projector.
 */
final class CardPictures {

    static final Path FOLDER = Path.of("/tmp/cards");

    private CardPictures() {
    }

    /** Snapshots the card's content; call on the FX thread once the card is laid out in a scene. */
    static WritableImage write(ExplanationCard card, String name) {
        WritableImage image = card.getContent().snapshot(null, null);
        try {
            Files.createDirectories(FOLDER);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", FOLDER.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the picture of card " + name, e);
        }
        return image;
    }
}
