package org.stepwise.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;

/**
 * Light and dark themes (AtlantaFX Primer) plus Stepwise's own stylesheet; the choice is
 * remembered between runs in the user's preferences.
 */
final class Themes {

    private static final String DARK_KEY = "darkTheme";

    private Themes() {
    }

    static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    static boolean remembered() {
        return preferences().getBoolean(DARK_KEY, false);
    }

    static void remember(boolean dark) {
        preferences().putBoolean(DARK_KEY, dark);
    }

    static String stylesheet() {
        return Themes.class.getResource("stepwise.css").toExternalForm();
    }

    private static Preferences preferences() {
        return Preferences.userNodeForPackage(Themes.class);
    }
}
