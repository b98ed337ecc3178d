package org.stepwise.algo.evaluation;

import java.util.List;
import org.stepwise.algo.Metrics;
import org.stepwise.data.Dataset;
import org.stepwise.data.FeatureScaler;
import org.stepwise.data.MinMaxScaler;
import org.stepwise.data.RobustScaler;
import org.stepwise.data.Standardizer;

/**
 * The scalers the feature-scaling lesson applies, in the order it applies them: none, then
 * scikit-learn's {@code StandardScaler}, {@code MinMaxScaler} and {@code RobustScaler}, all three
 * fitted by the classes of {@code org.stepwise.data} (the one place the app scales columns).
 */
enum ScalerKind {
    NONE("none", "no scaling", ""),
    STANDARD("standard", "standard scaling", " (standardized)"),
    MINMAX("minmax", "min-max scaling", " (min-max)"),
    ROBUST("robust", "robust scaling", " (robust)");

    /** The {@code scaler} parameter's words, in the order the lesson applies them. */
    static final List<String> NAMES = List.of("none", "standard", "minmax", "robust");

    /** The identity: the columns as given. */
    private static final FeatureScaler IDENTITY = new FeatureScaler() {
        @Override
        public void transformPoint(double[] in, double[] out) {
            System.arraycopy(in, 0, out, 0, in.length);
        }

        @Override
        public void inversePoint(double[] in, double[] out) {
            System.arraycopy(in, 0, out, 0, in.length);
        }
    };

    private final String parameter;
    private final String title;
    private final String suffix;

    ScalerKind(String parameter, String title, String suffix) {
        this.parameter = parameter;
        this.title = title;
        this.suffix = suffix;
    }

    /** The data scaled by {@code scaler}, each column's name saying how: "proline (min-max)". */
    Dataset scaled(FeatureScaler scaler, Dataset data) {
        Dataset scaled = scaler.transform(data);
        return scaled.withFeatures(scaled.featuresRowMajor(),
                data.featureNames().stream().map(name -> name + suffix).toList());
    }

    String parameter() { return parameter; }

    /** The scaler's name in a sentence ("min-max scaling"). */
    String title() { return title; }

    static ScalerKind named(String name) {
        return values()[NAMES.indexOf(name)];
    }

    /** The scaler fitted on {@code train}'s features (the identity for none). */
    FeatureScaler fit(Dataset train) {
        return switch (this) {
            case NONE -> IDENTITY;
            case STANDARD -> Standardizer.fit(train);
            case MINMAX -> MinMaxScaler.fit(train);
            case ROBUST -> RobustScaler.fit(train);
        };
    }

    /**
     * The fitted scaler's attributes under scikit-learn's names without the underscore: mean and
     * scale; data_min, data_max, scale and min; center and scale.
     */
    static void addAttributes(Metrics.Builder metrics, FeatureScaler scaler) {
        if (scaler instanceof Standardizer s) {
            metrics.vector("mean", s.mean()).vector("scale", s.scale());
        } else if (scaler instanceof MinMaxScaler m) {
            metrics.vector("data_min", m.dataMin()).vector("data_max", m.dataMax()).vector("scale", m.scale())
                    .vector("min", m.min());
        } else if (scaler instanceof RobustScaler r) {
            metrics.vector("center", r.center()).vector("scale", r.scale());
        }
    }
}
