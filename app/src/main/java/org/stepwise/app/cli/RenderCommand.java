package org.stepwise.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import org.stepwise.app.PngExport;
import org.stepwise.app.Themes;
import org.stepwise.viz.lesson.OffscreenRender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise render LESSON [options] --out FILE.png [--size WxH]}: draws the lesson's panel
 * at a step into a PNG without a window. Every option is checked before JavaFX starts; without a
 * display JavaFX runs on Monocle's headless platform. The image is written atomically (a
 * temporary file, then a move), so a failed render never leaves half a PNG.
 */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Draw a lesson's panel at a step into a PNG image, without a window.",
            "The generator size is --points; --size is the image size here."})
final class RenderCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Option(names = "--out", paramLabel = "FILE.png", description = "The image to write (PNG; SVG and GIF are not available yet).")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800",
            description = "Image size in pixels (default 1280x800; at least 800x500, at most 8192x8192).")
    String size;

    @ParentCommand
    StepwiseCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunSetup setup = options.resolve(parent.catalog());
        Path target = ImageTarget.check(out);
        ImageSize image = ImageSize.parse(size);
        setup.checkDrawable();
        setup.checkFits();

        if (HeadlessDisplay.needed(System.getenv(), System.getProperties())) {
            HeadlessDisplay.select(System.getProperties());
        }
        boolean startedHere = FxToolkit.start();
        try {
            WritableImage drawn = AfterChecks.run(() -> FxToolkit.call(() -> {
                // The app's light theme, so a rendered picture looks like the window.
                Themes.apply(false);
                return OffscreenRender.render(setup.lesson(), setup.data(), setup.standardize(), setup.params(),
                        setup.seed(), setup.steps(), setup.limit(), image.width(), image.height());
            }));
            PngExport.write(drawn, target);
        } finally {
            if (startedHere && parent.exitToolkitWhenDone()) {
                Platform.exit();
            }
        }
        spec.commandLine().getOut().println("Wrote " + out + " (" + image + ")");
        return StepwiseCommand.OK;
    }
}
