package org.stepwise.algo.evaluation;

import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.neighbors.KnnClassifier;
import org.stepwise.algo.neighbors.KnnFactory;
import org.stepwise.algo.svm.SvcFactory;
import org.stepwise.algo.svm.SvmSnapshot;
import org.stepwise.data.Dataset;

/**
 * The models a hyperparameter search tunes, each over two of its hyperparameters and each fitted
 * through its own lesson's engine (never a second implementation):
 * <ul>
 *   <li>{@code svm}: scikit-learn's {@code SVC(kernel="rbf", C=C, gamma=gamma)} ({@link SvcFactory},
 *       SMO to tol 1e-3), over C and γ, both on a log scale;</li>
 *   <li>{@code knn}: {@code KNeighborsClassifier(n_neighbors=k, weights=w)} ({@link KnnFactory}),
 *       over k (integers) and the weights ({@code uniform}, {@code distance}).</li>
 * </ul>
 * A configuration is a pair (x, y): (C, γ) or (k, weights index: 0 uniform, 1 distance), the first
 * named before the second as scikit-learn's {@code ParameterGrid} sorts the names ("C" &lt; "gamma",
 * "n_neighbors" &lt; "weights"), so a grid runs the first parameter in the outer loop.
 */
public enum TunedModel {
    SVM("svm", "RBF SVM", "C", "gamma", true, true),
    KNN("knn", "k-NN", "n_neighbors", "weights", false, false);

    /** The {@code model} parameter's words, in order. */
    public static final List<String> NAMES = List.of("svm", "knn");

    /** k-NN's weights, in the grid's order (as {@code param_grid={"weights": ["uniform", "distance"]}}). */
    public static final List<String> WEIGHTS = List.of("uniform", "distance");

    /** More SMO updates than any fit of these data sets needs; a fit still going then is stopped. */
    static final long MOST_STEPS = 20_000_000;

    private final String parameter;
    private final String shortName;
    private final String xName;
    private final String yName;
    private final boolean xLog;
    private final boolean yLog;

    TunedModel(String parameter, String shortName, String xName, String yName, boolean xLog, boolean yLog) {
        this.parameter = parameter;
        this.shortName = shortName;
        this.xName = xName;
        this.yName = yName;
        this.xLog = xLog;
        this.yLog = yLog;
    }

    public String parameter() { return parameter; }

    /** The model's name in a sentence ("RBF SVM"). */
    public String shortName() { return shortName; }

    /** scikit-learn's name of the first hyperparameter ("C", "n_neighbors"). */
    public String xName() { return xName; }

    /** scikit-learn's name of the second ("gamma", "weights"). */
    public String yName() { return yName; }

    /** Whether the first hyperparameter is searched on a log scale. */
    public boolean xLog() { return xLog; }

    /** Whether the second is searched on a log scale (false: k-NN's two weights). */
    public boolean yLog() { return yLog; }

    /** The value of the first (second) hyperparameter as a reader writes it ("0.316", "7", "distance"). */
    public String format(boolean first, double value) {
        if (this == KNN) {
            return first ? Integer.toString((int) value) : WEIGHTS.get((int) value);
        }
        // 1000 rather than 1.00e+03: the ranges' ends are often whole thousands.
        return String.format(java.util.Locale.ROOT, value >= 1000 && value < 1e7 ? "%.0f" : "%.3g", value);
    }

    public static TunedModel named(String name) {
        for (TunedModel model : values()) {
            if (model.parameter.equals(name)) {
                return model;
            }
        }
        throw new IllegalArgumentException("model must be one of " + NAMES + "; got '" + name + "'");
    }

    /**
     * Fits on {@code train} with the configuration (x, y), run to its end, and writes the predicted
     * class of each of the {@code count} row-major rows of {@code rows} to {@code out}; false when
     * the fit did not end within {@link #MOST_STEPS}. Modified: out, probabilities (scratch of
     * count × classes for k-NN).
     */
    boolean fitAndPredict(Dataset train, double x, double y, double[] rows, int count, int[] out,
                          double[] probabilities, long seed) {
        if (this == KNN) {
            KnnFactory factory = new KnnFactory();
            Params params = factory.defaults(train).with("nNeighbors", (int) x).with("weights", WEIGHTS.get((int) y));
            KnnClassifier model = factory.create(train, params, seed).snapshot().model();
            model.predict(rows, count, out, probabilities);
            return true;
        }
        SvcFactory factory = new SvcFactory();
        Params params = factory.defaults(train).with("C", x).with("gamma", Double.toString(y));
        Engine<SvmSnapshot> engine = factory.create(train, params, seed);
        long steps = 0;
        while (!engine.step().isFinal()) {
            if (++steps == MOST_STEPS) {
                return false;
            }
        }
        SvmSnapshot end = engine.snapshot();
        int d = train.featureCount();
        for (int i = 0; i < count; i++) {
            out[i] = (int) end.predict(rows, i * d);
        }
        return true;
    }
}
