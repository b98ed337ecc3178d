package org.stepwise.viz.lesson;

import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Scenes with the theme the app gives every window (AtlantaFX Primer, light): the lesson's
 * stylesheets look up their colours in it (-color-fg-default ...), and without it JavaFX logs a
 * warning for every control it styles.
 */
public final class ThemedScenes {

    private ThemedScenes() {
    }

    public static Scene of(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        return scene;
    }
}
