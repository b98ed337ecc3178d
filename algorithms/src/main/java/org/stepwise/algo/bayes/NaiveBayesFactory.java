package org.stepwise.algo.bayes;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.linalg.SymmetricEigen;
import org.stepwise.data.Dataset;

/**
 * Gaussian naive Bayes, LDA or QDA, fitted one class per step (see {@link NaiveBayesEngine}).
 * Refuses, with a sentence naming the class, data a model cannot fit: one class, LDA with no more
 * points than classes, and for QDA a class of too few points or of collinear points (a singular
 * covariance, on which scikit-learn warns "Variables are collinear") unless regParam is above 0.
 */
public final class NaiveBayesFactory implements EngineFactory<NaiveBayesSnapshot> {

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("model", "gaussian-nb", GaussianModel.NAMES)
                    .optionLabels("Naive Bayes", "LDA", "QDA")
                    .help("gaussian-nb: independent features per class; lda: one shared covariance; qda: one per class"),
            ParamSpec.real("varSmoothing", 1e-9).between(1e-15, 1).logScale().label("Smoothing")
                    .help("naive Bayes adds this times the largest feature variance to every variance")
                    .appliesWhen(p -> p.choice("model").equals("gaussian-nb"), "Only for naive Bayes"),
            ParamSpec.real("regParam", 0.0).between(0, 1)
                    .help("QDA blends each class covariance with the identity: (1 − r)Σ_k + r·I")
                    .appliesWhen(p -> p.choice("model").equals("qda"), "Only for QDA"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<NaiveBayesSnapshot> create(Dataset data, Params params, long seed) {
        GaussianModel model = GaussianModel.of(params.choice("model"));
        requireFits(data, params);
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        ClassMoments moments = new ClassMoments(data);
        int[] present = NaiveBayesEngine.presentClasses(moments, data.classCount());
        if (present.length < 2) {
            throw new IllegalArgumentException(model.title() + " needs points of at least two classes; the data has "
                    + "only class '" + data.classNames().get(present[0]) + "'.");
        }
        double regParam = params.real("regParam");
        switch (model) {
            case GAUSSIAN_NB -> {
                if (moments.largestFeatureVariance() == 0) {
                    throw new IllegalArgumentException("Every feature has the same value at every point, so every "
                            + "variance is 0 and no Gaussian density can be formed.");
                }
            }
            case LDA -> {
                if (data.size() <= present.length) {
                    throw new IllegalArgumentException("LDA divides the pooled scatter by n − K, so it needs more "
                            + "points (" + data.size() + ") than classes (" + present.length + ").");
                }
            }
            case QDA -> checkQuadratic(data, moments, present, regParam);
        }
        return new NaiveBayesEngine(data, model, params.real("varSmoothing"), regParam);
    }

    /** Each class needs more points than features, and without regularisation a covariance that can be inverted. */
    private static void checkQuadratic(Dataset data, ClassMoments moments, int[] present, double regParam) {
        int d = data.featureCount();
        SymmetricEigen eigen = new SymmetricEigen(d);
        double[] mean = new double[d];
        double[] scatter = new double[d * d];
        for (int k : present) {
            String name = data.classNames().get(k);
            int nk = moments.count(k);
            if (nk <= d) {
                throw new IllegalArgumentException("Class '" + name + "' has " + nk + (nk == 1 ? " point" : " points")
                        + " for " + d + " features: QDA estimates a covariance per class and needs at least "
                        + (d + 1) + " points in each class.");
            }
            if (regParam == 0) {
                moments.fit(k, mean, 0, scatter, 0);
                double tolerance = NaiveBayesEngine.SINGULAR_VALUE_TOLERANCE;
                if (!eigen.decompose(scatter, 0) || !(eigen.values[d - 1] > tolerance * tolerance)) {
                    throw new IllegalArgumentException(singularMessage(name));
                }
            }
        }
    }

    /** The refusal for a class whose covariance is singular (scikit-learn: "Variables are collinear"). */
    static String singularMessage(String className) {
        return "The covariance of class '" + className + "' is singular (its points are collinear, or a feature is "
                + "constant within it), so QDA cannot invert it; set regParam above 0 (for example 0.1) to blend it "
                + "with the identity.";
    }
}
