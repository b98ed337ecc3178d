package org.stepwise.algo.tree;

import java.util.List;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * The parameters both decision-tree factories declare, named and defaulted as scikit-learn's
 * {@code DecisionTreeClassifier} / {@code DecisionTreeRegressor}: {@code criterion} (gini for the
 * classifier, squared_error for the regressor), {@code max_depth=None} (here 1000: a tree of n
 * rows is never deeper than n − 1, so on the lessons' data this is no limit),
 * {@code min_samples_split=2}, {@code min_samples_leaf=1}, {@code min_impurity_decrease=0} and
 * {@code ccp_alpha=0}; and the checks of the data both make.
 */
final class TreeParams {

    /** The deepest {@code maxDepth}, its default: no limit on any data the app holds. */
    static final int NO_DEPTH_LIMIT = 1000;

    private TreeParams() {
    }

    static List<ParamSpec<?>> params(String criterion) {
        return List.of(
                ParamSpec.choice("criterion", criterion, SplitCriterion.NAMES)
                        .optionLabels("Gini", "Entropy", "Log loss (entropy)", "Squared error")
                        .help("how a node's impurity is measured: gini, entropy or log_loss to classify,"
                                + " squared_error to regress"),
                ParamSpec.integer("maxDepth", NO_DEPTH_LIMIT).between(1, NO_DEPTH_LIMIT).logScale().label("Max depth")
                        .help("the deepest a leaf may be (the root is depth 0); 1000 is no limit"),
                ParamSpec.integer("minSamplesSplit", 2).between(2, 1000).logScale().label("Min samples to split")
                        .help("a node with fewer rows stays a leaf"),
                ParamSpec.integer("minSamplesLeaf", 1).between(1, 1000).logScale().label("Min samples per leaf")
                        .help("a split must leave at least this many rows on each side"),
                ParamSpec.real("minImpurityDecrease", 0.0).between(0, 100).label("Min impurity decrease")
                        .help("a split must lower the weighted impurity N_t/N·(i − N_L/N_t·i_L − N_R/N_t·i_R) by this much"),
                ParamSpec.real("ccpAlpha", 0.0).between(0, 100).label("Pruning α (ccp)")
                        .help("after growing, prune each branch whose leaves save less than α per leaf removed"));
    }

    /** The criterion, refused with one sentence when it belongs to the other task. */
    static SplitCriterion criterion(Params params, boolean classify) {
        SplitCriterion criterion = SplitCriterion.of(params.choice("criterion"));
        if (criterion.classifies() != classify) {
            throw new IllegalArgumentException(classify
                    ? "The criterion squared_error measures a real target; to classify choose gini, entropy or log_loss."
                    : "The criterion " + criterion.parameterName() + " measures classes; to regress choose squared_error.");
        }
        return criterion;
    }

    /** Refuses an empty data set. */
    static void requireRows(Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
    }

    static TreeGrower grower(Dataset data, Params params, SplitCriterion criterion, int classes) {
        TreeData rows = new TreeData(data.featuresRowMajor(), data.targets(), data.featureCount());
        return new TreeGrower(rows, criterion, classes, params.integer("maxDepth"), params.integer("minSamplesSplit"),
                params.integer("minSamplesLeaf"), params.real("minImpurityDecrease"));
    }
}
