package org.stepwise.bench;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.stepwise.algo.Params;
import org.stepwise.data.DataSources;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.data.DataPicker;

/** What the window probes share: starting JavaFX, and a lesson's parameters and data as asked on the command line. */
final class ProbeStart {

    private ProbeStart() {
    }

    /** Starts JavaFX, on Monocle's headless platform when there is no display, and waits for it. */
    static void platform() throws InterruptedException {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1920x1200-32");
        }
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }

    /** {@code params} with each "name=value" of {@code overrides} set as the command line sets it. */
    static Params withOverrides(Params params, List<String> overrides) {
        for (String assignment : overrides) {
            String[] parts = assignment.split("=", 2);
            params = params.withText(parts[0], parts[1]);
        }
        return params;
    }

    /**
     * The lesson's own data, or with -Dprobe.dataset=NAME a built-in set or a generator by its
     * command-line name, its drawn columns as the lesson takes them (-Dprobe.points=N: a
     * generator's size; -Dprobe.classes=K: its classes).
     */
    static Dataset data(Lesson<?> lesson) {
        String dataset = System.getProperty("probe.dataset");
        GeneratorOptions options = GeneratorOptions.defaults();
        options = new GeneratorOptions(Integer.getInteger("probe.points", options.size()), options.noise(),
                Integer.getInteger("probe.classes", options.classes()), options.seed());
        return dataset == null ? lesson.defaultData()
                : DataPicker.drawn(DataSources.resolve(dataset, options), lesson.drawnFeatures());
    }
}
