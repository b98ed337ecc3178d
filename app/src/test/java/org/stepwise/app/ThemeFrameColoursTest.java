package org.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window's first frame is coloured by Stepwise's sheet before the theme is read; its colours
 * must be the theme's, or the window would change colour a frame later.
 */
class ThemeFrameColoursTest {

    /** Our frame colour to the Primer colour it copies. */
    private static final Map<String, String> COPIES = Map.of(
            "-frame-ink", "-color-fg-default",
            "-frame-subtle", "-color-bg-subtle",
            "-frame-rule", "-color-border-muted");

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theFirstFrameHasTheThemesColours(String theme) throws IOException {
        String ours = block(read("/org/stepwise/app/stepwise.css"), ".stepwise-root." + theme);
        String primer = read(BinaryStylesheets.THEMES.get("primer-" + theme + ".css"));
        for (Map.Entry<String, String> copy : COPIES.entrySet()) {
            assertThat(value(ours, copy.getKey())).as(theme + " " + copy.getKey())
                    .isEqualToIgnoringCase(value(primer, copy.getValue()));
        }
        assertThat(Themes.paper(theme.equals("dark"))).as("the window's background before its first frame")
                .isEqualTo(Color.web(value(primer, "-color-bg-default")));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ThemeFrameColoursTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String block(String css, String selector) {
        int start = css.indexOf(selector + " {");
        assertThat(start).as(selector).isNotNegative();
        return css.substring(start, css.indexOf('}', start));
    }

    private static String value(String css, String name) {
        Matcher found = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + ":\\s*([^;]+);").matcher(css);
        assertThat(found.find()).as(name).isTrue();
        return found.group(1).trim();
    }
}
