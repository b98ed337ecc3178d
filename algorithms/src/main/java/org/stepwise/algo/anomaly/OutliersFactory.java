package org.stepwise.algo.anomaly;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * Outlier detection by four methods, on the data as given (class labels, if any, are not used):
 * {@code iqr} (Tukey's fences) and {@code zscore} (|z| &gt; 3) per feature ({@link SpreadRule});
 * {@code isolation_forest}, scikit-learn 1.2.1's {@code IsolationForest(n_estimators,
 * max_samples, contamination)} ({@link IsolationForest}); {@code lof},
 * {@code LocalOutlierFactor(n_neighbors, contamination)} ({@link LocalOutlierFactor}).
 * Where scikit-learn warns and carries on (max_samples above n, n_neighbors at least n), this
 * refuses with a sentence, so the learner sees what was asked is impossible.
 */
public final class OutliersFactory implements EngineFactory<OutliersSnapshot> {

    public static final String IQR = "iqr";
    public static final String ZSCORE = "zscore";
    public static final String FOREST = "isolation_forest";
    public static final String LOF = "lof";
    /** scikit-learn's "auto" sub-sample: min(256, n). */
    static final int AUTO_SAMPLES = 256;
    /** The most path sums a forest run keeps: 160 MB of doubles. */
    static final long KEPT_SUMS = 20_000_000;

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("method", FOREST, List.of(IQR, ZSCORE, FOREST, LOF))
                    .optionLabels("IQR fences (per feature)", "z-score > 3 (per feature)", "Isolation Forest",
                            "Local outlier factor").label("Method")
                    .help("per-feature rules (IQR, z-score), or scores from the whole point: isolation depth, "
                            + "or local density against the neighbours'"),
            ParamSpec.integer("nEstimators", 100).between(1, 1000).label("Trees")
                    .appliesWhen(p -> p.choice("method").equals(FOREST), "Only for the isolation forest")
                    .help("how many isolation trees are averaged; one step grows one"),
            ParamSpec.choice("maxSamples", "auto", List.of("auto")).orNumberAbove(0)
                    .optionLabels("auto: min(256, n)").label("Sub-sample ψ (maxSamples)")
                    .appliesWhen(p -> p.choice("method").equals(FOREST), "Only for the isolation forest")
                    .help("points each tree is grown on: auto = min(256, n), a whole number, or a fraction below 1 "
                            + "of n"),
            ParamSpec.choice("contamination", "auto", List.of("auto")).orNumberAbove(0)
                    .optionLabels("auto: scikit-learn's fixed offset").label("Contamination")
                    .appliesWhen(p -> p.choice("method").equals(FOREST) || p.choice("method").equals(LOF),
                            "Only for the isolation forest and LOF")
                    .help("the share of outliers expected, in (0, 0.5]: the threshold becomes that percentile of the "
                            + "scores; auto uses −0.5 (forest) or −1.5 (LOF)"),
            ParamSpec.integer("nNeighbors", 20).between(1, 1000).label("Neighbours k")
                    .appliesWhen(p -> p.choice("method").equals(LOF), "Only for the local outlier factor")
                    .help("the k nearest points each point's density is measured on; below the number of points"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.UNLABELLED; }

    @Override
    public Engine<OutliersSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        int n = data.size();
        if (n < 2) {
            throw new IllegalArgumentException("Outlier detection needs at least 2 points; this data set has " + n
                    + ".");
        }
        double[] x = data.featuresRowMajor();
        int d = data.featureCount();
        OutlierData rows = new OutlierData(x, n, d, data.featureNames());
        String method = params.choice("method");
        MethodRun run = switch (method) {
            case FOREST -> new ForestRun(rows, trees(params.integer("nEstimators"), n),
                    subSample(params.choice("maxSamples"), n), contamination(params), seed);
            case LOF -> new LofRun(rows, neighbours(params.integer("nNeighbors"), n), contamination(params));
            default -> new RuleRun(rows, method.equals(IQR));
        };
        return new OutliersEngine(method, rows, run);
    }

    /**
     * The run keeps every point's summed path length after each tree (so every step's snapshot
     * reads its own row): at most {@link #KEPT_SUMS} of them.
     */
    private static int trees(int count, int n) {
        if ((long) count * n > KEPT_SUMS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%d trees on %,d points is more "
                    + "than the lesson can keep step by step (%,d path sums); use fewer trees or fewer points.",
                    count, n, KEPT_SUMS));
        }
        return count;
    }

    /** ψ: "auto" is min(256, n); a fraction below 1 is that share of n; a count must be whole and at most n. */
    static int subSample(String value, int n) {
        if (value.equals("auto")) {
            return Math.min(AUTO_SAMPLES, n);
        }
        double v = Double.parseDouble(value);
        if (v < 1) {
            int psi = (int) (v * n);
            if (psi < 1) {
                throw new IllegalArgumentException("maxSamples = " + value + " of " + n + " points is less than one "
                        + "point; take a larger fraction.");
            }
            return psi;
        }
        if (v != Math.rint(v)) {
            throw new IllegalArgumentException("maxSamples must be 'auto', a fraction below 1, or a whole number of "
                    + "points; got " + value + ".");
        }
        if (v > n) {
            throw new IllegalArgumentException("maxSamples (" + (long) v + ") is more than the " + n + " points there "
                    + "are; a tree's sub-sample is drawn from them without replacement.");
        }
        return (int) v;
    }

    /** The contamination as a number in (0, 0.5], NaN for "auto". */
    static double contamination(Params params) {
        String value = params.choice("contamination");
        if (value.equals("auto")) {
            return Double.NaN;
        }
        double c = Double.parseDouble(value);
        if (!(c > 0 && c <= 0.5)) {
            throw new IllegalArgumentException("contamination must be 'auto' or a share of outliers in (0, 0.5]; got "
                    + value + ".");
        }
        return c;
    }

    private static int neighbours(int k, int n) {
        if (k >= n) {
            throw new IllegalArgumentException("nNeighbors (" + k + ") must be below the number of points (" + n
                    + "): each point needs k other points to compare its density with.");
        }
        return k;
    }
}
