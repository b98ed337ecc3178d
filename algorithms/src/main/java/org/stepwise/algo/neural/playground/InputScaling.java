package org.stepwise.algo.neural.playground;

import java.util.List;
import java.util.Map;
import org.stepwise.algo.DataTrait;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.linear.FeatureScales;
import org.stepwise.data.Dataset;
import org.stepwise.data.Standardizer;

/**
 * Whether a network on the plane standardizes its two columns first (parameter
 * {@code inputScaling}: {@code none} or {@code standardize}, scikit-learn's {@code StandardScaler}
 * fitted on the training rows), with a default that follows the data: {@code standardize} when
 * the columns' scales are far from 1, by the rule that picks logistic regression's solver
 * ({@link FeatureScales#unscaled()}). Iris's sepals (mean square 34.8) would saturate tanh
 * neurons from the first epoch, and scikit-learn's stopping rule would end the run near the
 * class prior. One place for every lesson that trains the playground's network.
 */
public final class InputScaling {

    static final String NONE = "none";
    static final String STANDARDIZE = "standardize";
    /** The data trait the default follows, and its options. */
    static final String TRAIT_NAME = "inputScales";
    static final String COMPARABLE = "comparable";
    static final String UNSCALED = "unscaled";

    /** The parameter (its lesson puts it in a group of its sheet). */
    public static ParamSpec<String> param() {
        return ParamSpec.choice("inputScaling", NONE, List.of(NONE, STANDARDIZE))
                .optionLabels("None", "Standardize").label("Input scaling")
                .help("each column to mean 0 and standard deviation 1 (over the training rows) before the "
                        + "features; on by default when the columns' scales are far from 1")
                .defaultsFollow(TRAIT_NAME, Map.of(UNSCALED, STANDARDIZE));
    }

    /** The data trait {@link #param}'s default follows. */
    public static final DataTrait TRAIT = DataTrait.of(TRAIT_NAME, List.of(COMPARABLE, UNSCALED), data -> {
        FeatureScales scales = FeatureScales.of(data);
        return scales.unscaled() ? new DataTrait.Reading(UNSCALED, "Input scaling is Standardize by default here: "
                + "the columns are far from the scale of 1 the neurons are made for (" + scales.range()
                + "), so tanh would saturate from the first epoch")
                : new DataTrait.Reading(COMPARABLE, "");
    });

    private InputScaling() {
    }

    /**
     * The network's shape with the columns' centre and spread the parameter asks for: the data's
     * means and scales when standardizing, 0 and 1 otherwise. {@code data} has been checked
     * ({@link PlaneClasses#check}).
     */
    public static NetworkShape shape(Dataset data, Params params, List<FeatureMap> features, int[] hidden,
                                     org.stepwise.algo.neural.ActivationFunction activation, double dropout) {
        double[] centre = {0, 0};
        double[] spread = {1, 1};
        if (params.choice("inputScaling").equals(STANDARDIZE)) {
            Standardizer scaler = Standardizer.fit(data);
            centre = scaler.mean();
            spread = scaler.scale();
        }
        return new NetworkShape(features, centre, spread, hidden, activation, data.classCount(), dropout);
    }
}
