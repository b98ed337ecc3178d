package org.stepwise.app;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Stepwise's icon (drawn by tools/icon/StepwiseIcon.java) at the sizes window managers pick
 * from: title bar, task switcher, dock.
 */
final class AppIcons {

    private static final int[] WINDOW_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /**
     * Gives the stage the icon. The images load in the background so the first frame does not
     * wait for PNG decoding; each is added once it has loaded. Replaces icons given before.
     */
    static void applyTo(Stage stage) {
        stage.getIcons().clear();
        for (int size : WINDOW_SIZES) {
            Image image = new Image(url(size), true);
            image.progressProperty().addListener((obs, was, progress) -> {
                if (progress.doubleValue() >= 1 && !image.isError()) {
                    stage.getIcons().add(image);
                }
            });
        }
    }

    /** The icon at one of the generated sizes (16, 24, 32, 48, 64, 128, 256, 512), loaded now. */
    static Image image(int size) {
        return new Image(url(size));
    }

    private static String url(int size) {
        var resource = AppIcons.class.getResource("icons/stepwise-" + size + ".png");
        if (resource == null) {
            throw new IllegalArgumentException("no " + size + " px icon");
        }
        return resource.toExternalForm();
    }
}
