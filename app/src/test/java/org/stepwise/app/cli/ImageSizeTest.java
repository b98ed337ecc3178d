package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageSizeTest {

    @Test
    void readsWidthTimesHeight() {
        assertThat(ImageSize.parse("1280x800")).isEqualTo(new ImageSize(1280, 800));
        assertThat(ImageSize.parse("800X500")).isEqualTo(new ImageSize(800, 500));
        assertThat(ImageSize.parse("800×8192")).isEqualTo(new ImageSize(800, 8192));
        assertThat(ImageSize.parse("1280x800")).hasToString("1280x800");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1280", "1280x", "x800", "799x800", "1280x499", "100x50", "1280x8193", "-10x10", "1280*800",
        "wide"})
    void refusesAnythingElseSayingWhatIsAllowed(String text) {
        assertThatThrownBy(() -> ImageSize.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The '--size' option must be WIDTHxHEIGHT in pixels, from 800x500 (the smallest at which the"
                        + " panel shows whole) to 8192x8192, e.g. 1280x800; got '" + text + "'.");
    }
}
