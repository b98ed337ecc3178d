package org.stepwise.app;

import java.net.URL;
import javafx.application.Application;
import javafx.scene.paint.Color;

/**
 * Light and dark themes (AtlantaFX Primer) plus Stepwise's own stylesheet; the choice is
 * remembered between runs in the user's {@link Settings}. The Primer sheets are read from the
 * copies the build puts beside their binary form ({@link BinaryStylesheets}), which JavaFX
 * loads much faster than it parses the CSS; AtlantaFX's own files serve when the build step
 * has not run (an IDE's compiler).
 */
public final class Themes {

    private Themes() {
    }

    /** Sets the light or the dark Primer theme for every window. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(themeSheet(dark ? "primer-dark.css" : "primer-light.css"));
    }

    /**
     * The theme's background (Primer's -color-bg-default), for the window before its first frame
     * is drawn: the window shows it from the moment it opens, not a white flash.
     */
    static Color paper(boolean dark) {
        return dark ? Color.web("#0d1117") : Color.web("#ffffff");
    }

    static boolean remembered() {
        return Settings.user().darkTheme();
    }

    static void remember(boolean dark) {
        Settings.user().setDarkTheme(dark);
    }

    static String stylesheet() {
        return Themes.class.getResource("stepwise.css").toExternalForm();
    }

    static String themeSheet(String name) {
        URL copy = Themes.class.getResource("themes/" + name);
        URL sheet = copy != null ? copy : Themes.class.getResource(BinaryStylesheets.THEMES.get(name));
        return sheet.toExternalForm();
    }
}
