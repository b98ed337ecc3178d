package org.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The themes ship in binary form beside their CSS (the start-up saving of BinaryStylesheets),
 * and the binary sheet says the same as the CSS it was made from.
 */
class ThemesTest {

    @ParameterizedTest
    @ValueSource(strings = {"primer-light.css", "primer-dark.css"})
    void eachThemeIsReadFromOurCopyWithItsBinaryFormBeside(String name) throws IOException {
        String sheet = Themes.themeSheet(name);
        assertThat(sheet).endsWith("/org/stepwise/app/themes/" + name);
        URL css = new URL(sheet);
        URL bss = new URL(sheet.replace(".css", ".bss"));
        Stylesheet parsed = new CssParser().parse(css);
        Stylesheet binary = Stylesheet.loadBinary(bss);
        assertThat(binary.getRules()).hasSameSizeAs(parsed.getRules()).hasSizeGreaterThan(500);
        for (int i = 0; i < parsed.getRules().size(); i += 97) {
            var expected = parsed.getRules().get(i);
            var actual = binary.getRules().get(i);
            assertThat(actual.getSelectors().toString()).isEqualTo(expected.getSelectors().toString());
            assertThat(actual.getDeclarations()).extracting(d -> d.getProperty())
                    .containsExactlyElementsOf(expected.getDeclarations().stream().map(d -> d.getProperty()).toList());
        }
        try (InputStream original = Themes.class.getResourceAsStream(BinaryStylesheets.THEMES.get(name));
             InputStream copy = css.openStream()) {
            assertThat(copy.readAllBytes()).isEqualTo(original.readAllBytes());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stepwise.bss"})
    void stepwiseOwnSheetHasItsBinaryForm(String name) {
        assertThat(Themes.class.getResource(name)).isNotNull();
    }
}
