package org.stepwise.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The few choices Stepwise remembers between runs (the theme), in
 * {@code ~/.config/stepwise/settings.properties}. A plain properties file, because
 * {@code java.util.prefs} loads an XML parser at start-up, which costs a tenth of a second
 * before the first frame. A missing or unreadable file means the defaults; a failed write
 * is ignored, since nothing but the choice itself is lost.
 */
final class Settings {

    private final Path file;
    private final Properties values = new Properties();

    Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                values.clear();
            }
        }
    }

    /** The user's settings file. */
    static Settings user() {
        return new Settings(folder().resolve("settings.properties"));
    }

    /** Where Stepwise keeps what it remembers for the user: {@code $XDG_CONFIG_HOME/stepwise}, by default {@code ~/.config/stepwise}. */
    static Path folder() {
        String config = System.getenv("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("stepwise");
    }

    boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("darkTheme", "false"));
    }

    void setDarkTheme(boolean dark) {
        values.setProperty("darkTheme", Boolean.toString(dark));
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                values.store(out, "Stepwise settings");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
            // The theme choice is the only thing lost; the app carries on.
        }
    }
}
