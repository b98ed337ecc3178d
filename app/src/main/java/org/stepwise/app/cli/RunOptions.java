package org.stepwise.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Params;
import org.stepwise.data.DataSources;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.data.TrainTestSplit;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options {@code run} and {@code render} share: which lesson, on which data, with which
 * parameters and seed, for how many steps. {@link #resolve} checks them all before anything
 * runs, so a mistake costs nothing and gets one clear line.
 *
 * <p>The generator's size is {@code --points}, not {@code --size}: {@code render} uses
 * {@code --size} for the image.
 */
final class RunOptions {

    /** Where {@code --until-done} (and the default) gives up on a run that never ends. */
    static final int STEP_LIMIT = 1_000_000;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LESSON", description = "The lesson's id (see 'stepwise list').")
    String lessonId;

    @Option(names = "--dataset", paramLabel = "NAME|FILE.csv", description = {
        "Data to run on: a built-in set (iris, wine, breast_cancer, digits, diabetes),",
        "a generator (moons, circles, blobs, xor, spirals, linear, sine) or a CSV file",
        "(header row; the last column is the target). Default: the lesson's own data."})
    String dataset;

    @Option(names = "--points", paramLabel = "N",
            description = "Points a generator makes (1 to 100000, default 200). Not --size: that is the image size of render.")
    Integer points;

    @Option(names = "--noise", paramLabel = "X", description = "Noise of a generator (0 to 5, default 0.1).")
    Double noise;

    @Option(names = "--classes", paramLabel = "K", description = "Classes of a generator (2 to 8, default 2; blobs and spirals only).")
    Integer classes;

    @Option(names = "--features", paramLabel = "all|NAMES", description = {
        "Feature columns to train on: 'all', or column names or indices (from 0), comma-separated.",
        "Default: the columns the lesson draws (the first two on a plane, the first for regression)."})
    String features;

    @Option(names = "--standardize", description = {
        "Standardize the features as scikit-learn's StandardScaler (mean 0, population standard deviation 1,",
        "a constant column left at scale 1), fitted on the training rows, after --features chooses the columns."})
    boolean standardize;

    @Option(names = "--test-size", paramLabel = "F", description = {
        "Hold out this share of the rows (0 to below 1, default 0): never trained on, they score the fit",
        "(test_accuracy, test_r2). Seeded with --seed, stratified by class."})
    double testSize;

    @Option(names = "--layout", paramLabel = "FILE", description = {
        "A grid world's layout file: one line per row, one character per cell (# wall, . empty, S start,",
        "G or + goal, X or - pit, C cliff), exactly one S. The same as --param layout=ROWS with the rows joined by /."})
    java.nio.file.Path layout;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Set a parameter of the lesson's engine; repeat for several.")
    List<String> params = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed of the engine and of a generator (default 0): the same seed gives the same run.")
    long seed;

    @Option(names = "--steps", paramLabel = "N",
            description = "Take N steps (0 to " + STEP_LIMIT + "). Default: run until the engine converges or stops.")
    Integer steps;

    @Option(names = "--until-done", description = "Run until the engine converges or stops (at most " + STEP_LIMIT + " steps).")
    boolean untilDone;

    /**
     * Checks every option and builds what the run needs.
     *
     * @throws IllegalArgumentException with one line saying what is wrong and what is allowed
     */
    RunSetup resolve(LessonCatalog catalog) {
        Lesson<?> lesson = Lessons.require(catalog, lessonId);
        int stepCount = stepCount();
        // The parameters first: the data a lesson takes may depend on them (k-NN's task=regress).
        Map<String, String> given = givenParams(lesson);
        Params values = lesson.factory().defaults().withAllText(given);
        Dataset data = data(lesson, values);
        if ((standardize || testSize != 0) && data == null) {
            throw new IllegalArgumentException("The lesson '" + lesson.info().id() + "' works without a data set;"
                    + " leave out --standardize and --test-size.");
        }
        if (testSize != 0) {
            if (lesson.factory().dataKind(values) == DataKind.UNLABELLED) {
                throw new IllegalArgumentException("The lesson '" + lesson.info().id() + "' has no target to test"
                        + " a fit on; leave out --test-size.");
            }
            data = TrainTestSplit.holdOut(data, testSize, seed);
        }
        RunSetup setup = new RunSetup(lesson, data, standardize, testSize, values, seed, stepCount, STEP_LIMIT);
        // Then the defaults that follow the rows the engine is fitted on (Newton's method on raw Iris), as in the
        // app; the values given with --param win.
        return setup.withParams(lesson.factory().defaults(setup.engineData()).withAllText(given));
    }

    /** The steps to take, or -1 for "until done". */
    private int stepCount() {
        if (steps == null) {
            return -1;
        }
        if (untilDone) {
            throw new IllegalArgumentException("Use either --steps N or --until-done, not both.");
        }
        if (steps < 0 || steps > STEP_LIMIT) {
            throw new IllegalArgumentException("The '--steps' option must be an integer in the range [0, "
                    + STEP_LIMIT + "]; got " + steps + ".");
        }
        return steps;
    }

    private Dataset data(Lesson<?> lesson, Params values) {
        String id = lesson.info().id();
        boolean generatorOptions = points != null || noise != null || classes != null;
        DataKind kind = lesson.factory().dataKind(values);
        int drawn = lesson.drawnFeatures(values);
        if (kind == DataKind.NONE) {
            if (dataset != null || generatorOptions || features != null) {
                throw new IllegalArgumentException("The lesson '" + id + "' works without a data set;"
                        + " leave out --dataset, --points, --noise, --classes and --features.");
            }
            return null;
        }
        if (dataset == null) {
            if (generatorOptions) {
                throw new IllegalArgumentException("--points, --noise and --classes shape a generated data set;"
                        + " name a generator with --dataset (" + String.join(", ", Generators.names()) + ").");
            }
            return FeatureChoice.select(lesson.defaultData(values), features, drawn);
        }
        boolean generator = Generators.names().contains(dataset);
        if (generatorOptions && !generator) {
            throw new IllegalArgumentException("--points, --noise and --classes apply to generators ("
                    + String.join(", ", Generators.names()) + "); '" + dataset + "' is not one.");
        }
        GeneratorOptions options = generator ? generatorOptions() : GeneratorOptions.defaults();
        Dataset data = DataSources.resolve(dataset, options);
        // The one rule of the data's kind, the factory's own: the same sentence as in the app.
        lesson.factory().requireFits(data, values);
        return FeatureChoice.select(data, features, drawn);
    }

    private GeneratorOptions generatorOptions() {
        GeneratorOptions defaults = GeneratorOptions.defaults();
        try {
            return new GeneratorOptions(points != null ? points : defaults.size(),
                    noise != null ? noise : defaults.noise(), classes != null ? classes : defaults.classes(), seed);
        } catch (IllegalArgumentException outOfRange) {
            // The generator names its options 'size', 'noise', 'classes'; here they are command-line options.
            throw new IllegalArgumentException(outOfRange.getMessage().replace("'size'", "'--points'")
                    .replace("'noise'", "'--noise'").replace("'classes'", "'--classes'"), outOfRange);
        }
    }

    /** The --param values by name, each checked when applied ({@link Params#withAllText}). */
    private Map<String, String> givenParams(Lesson<?> lesson) {
        Params values = lesson.factory().defaults();
        Map<String, String> given = new LinkedHashMap<>();
        for (String assignment : params) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("--param takes NAME=VALUE, e.g. --param " + example(values)
                        + "; got '" + assignment + "'.");
            }
            // The last of a repeated name wins, as when each was applied in turn.
            String name = assignment.substring(0, equals).strip();
            given.remove(name);
            given.put(name, assignment.substring(equals + 1));
        }
        if (layout != null) {
            given.put(LAYOUT, layoutText(lesson, given));
        }
        // Applied choices first (withAllText): '--param learningRate=0.1 --param surface=rosenbrock' keeps the
        // rate given, and a rate not given takes Rosenbrock's default.
        return given;
    }

    /** The parameter a layout file sets: a grid world's {@code layout}, a choice that also takes a text. */
    private static final String LAYOUT = "layout";

    /** The text of the --layout file, checked with the line and column of its first mistake named. */
    private String layoutText(Lesson<?> lesson, Map<String, String> given) {
        String id = lesson.info().id();
        boolean takesLayout = lesson.factory().params().stream()
                .anyMatch(spec -> spec.name().equals(LAYOUT) && spec.takesText());
        if (!takesLayout) {
            throw new IllegalArgumentException("The lesson '" + id + "' takes no layout; leave out --layout.");
        }
        if (given.containsKey(LAYOUT)) {
            throw new IllegalArgumentException("Give the layout once: either --layout FILE or --param layout=..., not both.");
        }
        String text;
        try {
            text = java.nio.file.Files.readString(layout);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("Cannot read the layout file " + layout + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "there is no such file." : e.getMessage()), e);
        }
        String problem = lesson.factory().defaults().spec(LAYOUT).textProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException("The layout file " + layout + " does not parse: "
                    + Character.toLowerCase(problem.charAt(0)) + problem.substring(1));
        }
        return text;
    }

    private static String example(Params values) {
        return values.asText().entrySet().stream().findFirst()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).orElse("name=value");
    }
}
