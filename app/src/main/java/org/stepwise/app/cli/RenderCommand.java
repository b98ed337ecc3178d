package org.stepwise.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import org.stepwise.app.PngExport;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.OffscreenRender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise render}: draws a lesson's panel at a step into a PNG, without a window. On a
 * machine with no display it starts JavaFX on Monocle's headless platform.
 */
@Command(name = "render", description = "Draw a lesson's panel at a step into a PNG file, without a window.")
final class RenderCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "where to write the image")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", description = "image size in pixels (default 1280x800)")
    String size = "1280x800";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".svg") || name.endsWith(".gif")) {
            throw new IllegalArgumentException("SVG and GIF output are not available yet; use a .png file.");
        }
        if (!name.endsWith(".png")) {
            throw new IllegalArgumentException("--out must name a .png file; got '" + out + "'.");
        }
        int[] dimensions = dimensions(size);
        Lesson<?> lesson = options.lesson();
        var data = options.data(lesson);
        var params = options.params(lesson);
        // Build the engine once here, so bad data or parameters exit with status 2 before JavaFX starts.
        lesson.factory().create(data, params, options.seed);
        HeadlessFx.start();
        FutureTask<WritableImage> drawing = new FutureTask<>(() -> OffscreenRender.render(lesson, data, params,
                options.seed, options.stepCount(), RunOptions.UNTIL_DONE_LIMIT, dimensions[0], dimensions[1]));
        Platform.runLater(drawing);
        WritableImage image = drawing.get(10, TimeUnit.MINUTES);
        PngExport.write(image, out);
        spec.commandLine().getOut().println("wrote " + out + " (" + dimensions[0] + "x" + dimensions[1] + ")");
        HeadlessFx.stop();
        return 0;
    }

    static int[] dimensions(String text) {
        String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int width = Integer.parseInt(parts[0].trim());
                int height = Integer.parseInt(parts[1].trim());
                if (width >= 200 && height >= 150 && width <= 8000 && height <= 8000) {
                    return new int[] {width, height};
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--size takes WIDTHxHEIGHT between 200x150 and 8000x8000; got '" + text + "'.");
    }

    /** Starts the FX toolkit once, headless when there is no display. */
    static final class HeadlessFx {
        private HeadlessFx() {
        }

        static void start() throws InterruptedException {
            boolean noDisplay = System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                    && System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux");
            if (noDisplay || Boolean.getBoolean("stepwise.headless")) {
                System.setProperty("glass.platform", "Monocle");
                System.setProperty("monocle.platform", "Headless");
                System.setProperty("prism.order", "sw");
                System.setProperty("java.awt.headless", "true");
            }
            CountDownLatch started = new CountDownLatch(1);
            try {
                Platform.startup(started::countDown);
            } catch (IllegalStateException alreadyRunning) {
                started.countDown();
            }
            Platform.setImplicitExit(false);
            started.await();
        }

        static void stop() {
            // Inside tests the toolkit is shared; only the command-line process ends it.
            if (!Boolean.getBoolean("stepwise.keepToolkit")) {
                Platform.exit();
            }
        }
    }
}
