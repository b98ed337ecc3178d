package org.stepwise.viz.lesson.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stepwise.algo.DataKind;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

/**
 * Which built-in sets and generators a lesson may offer for the kind of data it takes, and
 * whether a loaded data set has the features the view draws (its kind is the lesson's rule:
 * {@code EngineFactory.requireFits}).
 */
final class SourceChoices {

    private SourceChoices() {
    }

    /**
     * The sources listed for an engine's data kind, built-in sets first.
     *
     * @throws IllegalArgumentException for {@link DataKind#NONE}, which takes no data
     */
    static List<String> forKind(DataKind kind) {
        List<String> names = new ArrayList<>();
        switch (kind) {
            case CLASSIFICATION -> {
                BuiltInDatasets.names().stream().filter(BuiltInDatasets::isClassification).forEach(names::add);
                names.addAll(Generators.classificationNames());
            }
            case REGRESSION -> {
                BuiltInDatasets.names().stream().filter(name -> !BuiltInDatasets.isClassification(name))
                        .forEach(names::add);
                names.addAll(Generators.regressionNames());
            }
            // Targets are ignored, so every built-in set will do; the 2-D generators draw well.
            case UNLABELLED -> {
                names.addAll(BuiltInDatasets.names());
                names.addAll(Generators.classificationNames());
            }
            case NONE -> throw new IllegalArgumentException("this lesson takes no data, so it has no data picker");
        }
        return List.copyOf(names);
    }

    static boolean isGenerator(String name) {
        return name != null && Generators.names().contains(name);
    }

    static boolean isBuiltIn(String name) {
        return name != null && BuiltInDatasets.names().contains(name);
    }

    /**
     * Checks that a data set has what the view draws: enough features, some points. Its kind
     * (classes or a real target) is the lesson's own rule, {@code EngineFactory.requireFits}.
     *
     * @throws IllegalArgumentException with a message for the learner when it does not
     */
    static void requireDrawable(Dataset data, int drawnFeatures) {
        if (data.featureCount() < drawnFeatures) {
            throw new IllegalArgumentException(data.name() + " has " + data.featureCount()
                    + " feature; this lesson draws " + drawnFeatures + ".");
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException(data.name() + " has no points.");
        }
    }

    /** The data as a view drawing {@code drawnFeatures} features draws it: its first columns in a 2-D lesson. */
    static Dataset drawn(Dataset data, int drawnFeatures) {
        if (drawnFeatures == 0 || data.featureCount() == drawnFeatures) {
            return data;
        }
        return drawnFeatures == 1 ? data.selectFeatures(0) : data.selectFeatures(0, 1);
    }

    /** Generating {@code name} with {@code options}, to run in the background. */
    static Callable<Dataset> generation(String name, GeneratorOptions options) {
        return () -> Generators.generate(name, options);
    }

    /** The picker's hint on editing points. */
    static String hint(DataKind kind, int drawnFeatures) {
        if (drawnFeatures == 0) {
            return "Every feature of the data goes to the lesson.";
        }
        String add = kind == DataKind.CLASSIFICATION ? "Click the plot to add a point of the class chosen above"
                : "Click the plot to add a point";
        return add + ", drag a point to move it, right-click a point to delete it. Ctrl+Z undoes.";
    }
}
