package org.stepwise.app.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Decides whether {@code render} must draw on Monocle's headless platform, and selects it. The
 * properties only take effect if set before the JavaFX toolkit starts.
 */
final class HeadlessDisplay {

    /** {@code -Dstepwise.headless=true} forces the headless platform even with a display. */
    static final String FORCE_PROPERTY = "stepwise.headless";

    /** What selects Monocle's headless platform with software rendering. */
    static final Map<String, String> MONOCLE_PROPERTIES = Map.of(
            "glass.platform", "Monocle",
            "monocle.platform", "Headless",
            "prism.order", "sw",
            "java.awt.headless", "true");

    private HeadlessDisplay() {
    }

    /**
     * True when forced, or on an X11 system (Linux and other Unixes; not Windows or macOS)
     * without a {@code DISPLAY}, where GTK could not open a window.
     */
    static boolean needed(Map<String, String> environment, Properties properties) {
        if (Boolean.parseBoolean(properties.getProperty(FORCE_PROPERTY))) {
            return true;
        }
        String os = properties.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean x11 = !os.startsWith("windows") && !os.startsWith("mac");
        String display = environment.get("DISPLAY");
        return x11 && (display == null || display.isBlank());
    }

    /**
     * Selects the headless platform in {@code properties} (the system properties in use); values
     * already given, e.g. with {@code -Dprism.order=...}, are kept.
     */
    static void select(Properties properties) {
        MONOCLE_PROPERTIES.forEach(properties::putIfAbsent);
    }
}
