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
        assertThat(ImageSize.parse("640X480")).isEqualTo(new ImageSize(640, 480));
        assertThat(ImageSize.parse("16×8192")).isEqualTo(new ImageSize(16, 8192));
        assertThat(ImageSize.parse("1280x800")).hasToString("1280x800");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1280", "1280x", "x800", "15x800", "1280x8193", "-10x10", "1280*800", "wide"})
    void refusesAnythingElseSayingWhatIsAllowed(String text) {
        assertThatThrownBy(() -> ImageSize.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The '--size' option must be WIDTHxHEIGHT in pixels, each from 16 to 8192, e.g. 1280x800;"
                        + " got '" + text + "'.");
    }
}
