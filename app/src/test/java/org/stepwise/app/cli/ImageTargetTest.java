package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageTargetTest {

    @TempDir
    Path folder;

    @Test
    void aPngInAnExistingFolderIsAccepted() {
        assertThat(ImageTarget.check(folder.resolve("Slide 3.PNG"))).isEqualTo(folder.resolve("Slide 3.PNG"));
    }

    @Test
    void svgAndGifAreNotAvailableYet() {
        assertThatThrownBy(() -> ImageTarget.check(folder.resolve("a.svg")))
                .hasMessage("SVG and GIF output are not available yet; use .png");
        assertThatThrownBy(() -> ImageTarget.check(folder.resolve("a.gif")))
                .hasMessage("SVG and GIF output are not available yet; use .png");
    }

    @Test
    void otherFilesAreRefused() throws IOException {
        assertThatThrownBy(() -> ImageTarget.check(null)).hasMessageContaining("--out FILE.png");
        assertThatThrownBy(() -> ImageTarget.check(folder.resolve("a.jpeg"))).hasMessageContaining("must be a .png");
        assertThatThrownBy(() -> ImageTarget.check(folder.resolve("no/a.png"))).hasMessageContaining("does not exist");
        Path directory = Files.createDirectory(folder.resolve("pictures.png"));
        assertThatThrownBy(() -> ImageTarget.check(directory)).hasMessageContaining("is a folder");
    }
}
