package org.stepwise.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Params;
import org.stepwise.data.DataSources;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code run} and {@code render} share: which lesson, on what data, with what settings, to which step. */
final class RunOptions {

    /** Run-to-end stops here when the run never ends by itself. */
    static final int UNTIL_DONE_LIMIT = 1_000_000;

    @Parameters(index = "0", paramLabel = "LESSON", description = "lesson id (see `stepwise list`)")
    String lessonId;

    @Option(names = "--dataset", paramLabel = "NAME|FILE.csv",
            description = "built-in set (iris, wine, breast_cancer, digits, diabetes), generator (moons, circles, "
                    + "blobs, xor, spirals, linear, sine) or a CSV file (header; last column is the target)")
    String dataset;

    @Option(names = "--points", paramLabel = "N", description = "generator: number of points (default 200)")
    int points = 200;

    @Option(names = "--noise", paramLabel = "X", description = "generator: noise (default 0.1)")
    double noise = 0.1;

    @Option(names = "--classes", paramLabel = "K", description = "generator: classes, for blobs and spirals (default 2)")
    int classes = 2;

    @Option(names = "--data-seed", paramLabel = "N", description = "generator: seed of the data (default 0)")
    long dataSeed;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a lesson parameter; repeat for more")
    List<String> params = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "the run's seed (default 0)")
    long seed;

    @ArgGroup(exclusive = true)
    Steps steps;

    /** How far to run. */
    static final class Steps {
        @Option(names = "--steps", paramLabel = "N", description = "take N steps")
        Integer count;

        @Option(names = "--until-done", description = "run until the engine converges or stops (the default)")
        boolean untilDone;
    }

    /** The lesson, or an IllegalArgumentException naming the lessons there are. */
    Lesson<?> lesson() {
        return LessonCatalog.load().require(lessonId);
    }

    /** The data: --dataset, or the lesson's own. */
    Dataset data(Lesson<?> lesson) {
        boolean needsData = lesson.factory().dataKind() != DataKind.NONE;
        if (dataset == null) {
            return lesson.defaultData();
        }
        if (!needsData) {
            throw new IllegalArgumentException("The lesson '" + lessonId + "' takes no data set; leave out --dataset.");
        }
        return DataSources.resolve(dataset, new GeneratorOptions(points, noise, classes, dataSeed));
    }

    Params params(Lesson<?> lesson) {
        Params values = lesson.factory().defaults();
        for (String assignment : params) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("--param takes NAME=VALUE; got '" + assignment + "'.");
            }
            values = values.withText(assignment.substring(0, equals).trim(), assignment.substring(equals + 1));
        }
        return values;
    }

    /** Steps to take, or -1 for "until done". */
    int stepCount() {
        if (steps == null || steps.count == null) {
            return -1;
        }
        if (steps.count < 0) {
            throw new IllegalArgumentException("--steps must be 0 or more; got " + steps.count + ".");
        }
        return steps.count;
    }
}
