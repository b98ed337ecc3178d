package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HeadlessDisplayTest {

    private static Properties system(String os, String... more) {
        Properties properties = new Properties();
        properties.setProperty("os.name", os);
        for (int i = 0; i < more.length; i += 2) {
            properties.setProperty(more[i], more[i + 1]);
        }
        return properties;
    }

    @Test
    void linuxWithoutADisplayNeedsTheHeadlessPlatform() {
        assertThat(HeadlessDisplay.needed(Map.of(), system("Linux"))).isTrue();
        assertThat(HeadlessDisplay.needed(Map.of("DISPLAY", " "), system("Linux"))).isTrue();
        assertThat(HeadlessDisplay.needed(Map.of("DISPLAY", ":0"), system("Linux"))).isFalse();
        assertThat(HeadlessDisplay.needed(Map.of(), system("FreeBSD"))).isTrue();
    }

    @Test
    void windowsAndMacHaveADisplayWithoutTheVariable() {
        assertThat(HeadlessDisplay.needed(Map.of(), system("Windows 11"))).isFalse();
        assertThat(HeadlessDisplay.needed(Map.of(), system("Mac OS X"))).isFalse();
    }

    @Test
    void thePropertyForcesIt() {
        assertThat(HeadlessDisplay.needed(Map.of("DISPLAY", ":0"), system("Linux", "stepwise.headless", "true"))).isTrue();
        assertThat(HeadlessDisplay.needed(Map.of(), system("Windows 11", "stepwise.headless", "true"))).isTrue();
        assertThat(HeadlessDisplay.needed(Map.of(), system("Windows 11", "stepwise.headless", "false"))).isFalse();
    }

    @Test
    void selectingSetsMonocleButKeepsWhatTheUserGave() {
        Properties properties = system("Linux", "prism.order", "es2");

        HeadlessDisplay.select(properties);

        assertThat(properties).containsEntry("glass.platform", "Monocle").containsEntry("monocle.platform", "Headless")
                .containsEntry("java.awt.headless", "true").containsEntry("prism.order", "es2");
    }
}
