package org.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path folder;

    @Test
    void remembersTheThemeAcrossInstances() {
        Path file = folder.resolve("stepwise").resolve("settings.properties");
        assertThat(new Settings(file).darkTheme()).isFalse();
        new Settings(file).setDarkTheme(true);
        assertThat(new Settings(file).darkTheme()).isTrue();
    }

    @Test
    void anUnreadableFileMeansTheDefaults() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.write(file, new byte[] {'d', 'a', 'r', 'k', 'T', 'h', 'e', 'm', 'e', '=', '\\', 'u', 'z', 'z'});
        assertThat(new Settings(file).darkTheme()).isFalse();
    }
}
