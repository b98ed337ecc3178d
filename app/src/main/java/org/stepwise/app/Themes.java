package org.stepwise.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * Light and dark themes (AtlantaFX Primer) plus Stepwise's own stylesheet; the choice is
 * remembered between runs in the user's {@link Settings}.
 */
final class Themes {

    private Themes() {
    }

    static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
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
}
