package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs on the headless platform the app module's surefire configuration selects. */
class RenderCommandTest {

    @TempDir
    Path folder;

    @Test
    void drawsALessonWithoutDataIntoAPngOfTheRequestedSize() throws IOException {
        Path png = folder.resolve("race.png");

        CommandRun run = CommandRun.of("render", "optimizers", "--steps", "10", "--size", "800x500", "--out", png.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Wrote", "race.png", "800x500");
        assertDrawn(png, 800, 500);
    }

    @Test
    void drawsAClassificationLessonOnGeneratedData() throws IOException {
        Path png = folder.resolve("boundary.png");

        CommandRun run = CommandRun.of("render", "logistic-regression", "--dataset", "moons", "--points", "80",
                "--steps", "25", "--size", "960x540", "--out", png.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertDrawn(png, 960, 540);
    }

    @Test
    void theDefaultSizeIs1280By800AndAnExistingFileIsReplaced() throws IOException {
        Path png = Files.writeString(folder.resolve("old.png"), "not an image yet");

        CommandRun run = CommandRun.of("render", "optimizers", "--steps", "0", "--out", png.toString());

        assertThat(run.status()).isZero();
        assertDrawn(png, 1280, 800);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(png);
        }
    }

    @Test
    void aPlaneRefusesToDrawMoreFeaturesThanItShows() {
        CommandRun run = CommandRun.of("render", "logistic-regression", "--dataset", "iris", "--features", "all", "--out",
                folder.resolve("iris.png").toString());
        assertThat(run.status()).isEqualTo(StepwiseCommand.BAD_ARGUMENTS);
        assertThat(run.errLines()).singleElement().asString().contains("draws 2 features; --features chose 4");
        assertThat(folder.resolve("iris.png")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--out DIR/chart.svg | SVG and GIF output are not available yet; use .png",
        "--out DIR/chart.GIF | SVG and GIF output are not available yet; use .png",
        "--out DIR/chart.jpg | The --out file must be a .png image",
        "--size 100 --out DIR/chart.png | The '--size' option must be WIDTHxHEIGHT in pixels",
        "--size 9000x10 --out DIR/chart.png | from 800x500 (the smallest at which the panel shows whole) to 8192x8192",
        "--size 100x50 --out DIR/chart.png | from 800x500",
        "--out DIR/missing/chart.png | does not exist",
        "--param learningRate=-1 --out DIR/chart.png | The 'learningRate' parameter must be",
        "--dataset iris --out DIR/chart.png | works without a data set",
    })
    void badArgumentsAreRefusedBeforeAnythingIsDrawn(String arguments, String expected) throws IOException {
        String[] options = arguments.replace("DIR", folder.toString()).split(" ");
        String[] args = new String[options.length + 2];
        args[0] = "render";
        args[1] = "optimizers";
        System.arraycopy(options, 0, args, 2, options.length);

        CommandRun run = CommandRun.of(args);

        assertThat(run.status()).isEqualTo(StepwiseCommand.BAD_ARGUMENTS);
        assertThat(run.errLines()).singleElement().asString().contains(expected);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void withoutOutItAsksForTheFile() {
        CommandRun run = CommandRun.of("render", "optimizers");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--out FILE.png");
    }

    private static void assertDrawn(Path png, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a readable PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < height; y += 7) {
            for (int x = 0; x < width; x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours drawn").hasSizeGreaterThan(20);
    }
}
