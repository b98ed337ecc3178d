package org.stepwise.algo.tree;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.data.Dataset;

/** The fits of tools/reference/decision_tree.py: one fixture file per data set, fit0 .. fitN inside. */
final class TreeFixtures {

    static final List<String> CLASSIFIERS = List.of("tree_moons", "tree_blobs3", "tree_classification5", "tree_wine");
    static final List<String> REGRESSORS = List.of("tree_regression_sine", "tree_regression_diabetes");

    /** scikit-learn's settings and the engine's parameter names. */
    private static final Map<String, String> NAMES = Map.of("criterion", "criterion", "max_depth", "maxDepth",
            "min_samples_split", "minSamplesSplit", "min_samples_leaf", "minSamplesLeaf",
            "min_impurity_decrease", "minImpurityDecrease", "ccp_alpha", "ccpAlpha");

    /** One fitted setting of one data set. */
    record Fit(SklearnFixture data, SklearnFixture fit) {
        Dataset dataset() { return data.dataset(); }

        Params params(Params defaults) {
            SklearnFixture settings = fit.part("settings");
            Params params = defaults;
            for (Map.Entry<String, String> name : NAMES.entrySet()) {
                if (!settings.has(name.getKey())) {
                    continue;
                }
                params = switch (name.getValue()) {
                    case "criterion" -> params.with("criterion", settings.text("criterion"));
                    case "minImpurityDecrease", "ccpAlpha" -> params.with(name.getValue(),
                            settings.number(name.getKey()));
                    default -> params.with(name.getValue(), (int) settings.number(name.getKey()));
                };
            }
            return params;
        }

        @Override
        public String toString() { return data.name() + ": " + fit.text("call"); }
    }

    private TreeFixtures() {
    }

    static SklearnFixture load(String name) { return SklearnFixture.load(TreeFixtures.class, name); }

    static Stream<Fit> fits(List<String> names) {
        return names.stream().map(TreeFixtures::load).flatMap(data -> data.fits().stream().map(fit -> new Fit(data, fit)));
    }
}
