package org.stepwise.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import javafx.css.Stylesheet;

/**
 * Build step (run by the app's POM after compiling): puts the themes' stylesheets next to the
 * classes together with their binary form. Parsing AtlantaFX's 1,000-rule Primer sheet takes a
 * few hundred milliseconds at every start; JavaFX's StyleManager loads {@code name.bss} instead
 * of {@code name.css} when both are there, in about a twentieth of the time (see
 * docs/BENCHMARKS.md, start-up). The .css stays beside it for reading and as a fallback.
 */
public final class BinaryStylesheets {

    /** Theme sheets copied from AtlantaFX's jar: our file name to its resource. */
    static final Map<String, String> THEMES = Map.of(
            "primer-light.css", "/atlantafx/base/theme/primer-light.css",
            "primer-dark.css", "/atlantafx/base/theme/primer-dark.css");

    private BinaryStylesheets() {
    }

    /** {@code args[0]}: the classes folder, holding {@code org/stepwise/app/stepwise.css}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve("org/stepwise/app");
        Path themes = folder.resolve("themes");
        Files.createDirectories(themes);
        for (Map.Entry<String, String> theme : THEMES.entrySet()) {
            Path css = themes.resolve(theme.getKey());
            try (InputStream in = BinaryStylesheets.class.getResourceAsStream(theme.getValue())) {
                if (in == null) {
                    throw new IOException("AtlantaFX's " + theme.getValue() + " is not on the class path");
                }
                Files.copy(in, css, StandardCopyOption.REPLACE_EXISTING);
            }
            convert(css);
        }
        convert(folder.resolve("stepwise.css"));
    }

    private static void convert(Path css) throws IOException {
        String name = css.getFileName().toString();
        Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
        Stylesheet.convertToBinary(css.toFile(), bss.toFile());
    }
}
