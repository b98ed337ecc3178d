package org.stepwise.algo.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.tree.DecisionTree;
import org.stepwise.algo.tree.SplitCriterion;
import org.stepwise.algo.tree.TreeBuilder;
import org.stepwise.data.Dataset;

/**
 * AdaBoost by SAMME (Zhu, Zou, Rosset &amp; Hastie, "Multi-class AdaBoost", 2009), one boosting
 * round per step, as scikit-learn 1.2.1's {@code AdaBoostClassifier(algorithm="SAMME")} runs it
 * ({@code BaseWeightBoosting.fit} and {@code _boost_discrete} in
 * {@code sklearn/ensemble/_weight_boosting.py}). The sample weights start at 1/n; round m:
 *
 * <ol>
 *   <li>clip each weight to at least machine ε (2.2e-16, scikit-learn's guard, issue #20320);</li>
 *   <li>fit the weak learner h_m, a gini tree of depth {@code maxDepth}, to the weighted rows
 *       ({@link TreeBuilder}, scikit-learn's {@code DecisionTreeClassifier});</li>
 *   <li>its weighted error ε_m = Σ w_i·[h_m(x_i) ≠ y_i] / Σ w_i. If ε_m = 0 the learner is perfect:
 *       it is kept with weight 1 and error 0 and the run ends. If ε_m ≥ 1 − 1/K it is no better
 *       than chance: it is dropped and the run ends (in the first round there is no ensemble at
 *       all, where scikit-learn raises: the run stops);</li>
 *   <li>its weight α_m = learningRate·(ln((1 − ε_m)/ε_m) + ln(K − 1)): for two classes twice the
 *       classic AdaBoost's ½·ln((1 − ε)/ε) (Freund &amp; Schapire 1997), since SAMME votes with
 *       one-hot class vectors rather than ±1;</li>
 *   <li>unless it is the last round, w_i ← exp(ln w_i + α_m·[h_m(x_i) ≠ y_i]): only the misclassified
 *       rows grow, by e^α_m; then the weights are normalized to sum 1.</li>
 * </ol>
 *
 * The run converges after {@code nEstimators} rounds or at an early end above; weights that
 * overflow stop it (scikit-learn warns and stops). Where two splits of a weighted tree tie exactly,
 * scikit-learn picks by a random order of the features and this engine the lower feature.
 *
 * <p>The row buffers (weights, the learner's predictions, the ensemble's votes) are allocated in
 * the constructor; a round allocates only the new tree (and a snapshot its copies).
 */
final class AdaBoostEngine implements Engine<AdaBoostSnapshot> {

    /** {@code np.finfo(np.float64).eps}: the least sample weight scikit-learn lets a row have. */
    static final double SMALLEST_WEIGHT = Math.ulp(1.0);

    private final double[] rows;
    private final int d;
    private final int n;
    /** Each row's class among those present, 0 .. K − 1, as the trees are given it. */
    private final double[] y;
    private final int classes;
    private final int[] labelOf;
    private final int labelCount;
    private final int nEstimators;
    private final double learningRate;
    private final TreeBuilder builder;
    private final List<String> featureNames;
    private final List<String> classNames;

    /** The weights the next learner is fitted with (sum 1). */
    private final double[] weights;
    /** The weights the newest learner was fitted with. */
    private final double[] fittedWeights;
    private final boolean[] missed;
    private final int[] predicted;
    /** Σ α_m·[h_m(x_i) = k] at votes[i·K + k]. */
    private final double[] votes;
    private final List<DecisionTree> trees = new ArrayList<>();
    private final List<int[]> nodeClasses = new ArrayList<>();
    private final double[] alphas;
    private final double[] errors;
    private double norm;

    private int step;
    private StepResult status = StepResult.CONTINUE;
    private AdaBoostSnapshot.Event event = AdaBoostSnapshot.Event.NONE;
    private DecisionTree newest;
    private double error = Double.NaN;
    private double alpha = Double.NaN;
    private int missedCount;
    private double accuracy = Double.NaN;
    private AdaBoostSnapshot cached;

    AdaBoostEngine(Dataset data, int nEstimators, double learningRate, int maxDepth) {
        this.rows = data.featuresRowMajor();
        this.d = data.featureCount();
        this.n = data.size();
        int[] labels = data.labels();
        this.labelOf = Arrays.stream(labels).distinct().sorted().toArray();
        this.classes = labelOf.length;
        this.labelCount = data.classCount();
        this.y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Arrays.binarySearch(labelOf, labels[i]);
        }
        this.nEstimators = nEstimators;
        this.learningRate = learningRate;
        this.builder = TreeBuilder.classifier(SplitCriterion.GINI, classes).maxDepth(maxDepth);
        this.featureNames = List.copyOf(data.featureNames());
        this.classNames = List.copyOf(data.classNames());
        this.weights = new double[n];
        Arrays.fill(weights, 1.0 / n);
        this.fittedWeights = weights.clone();
        this.missed = new boolean[n];
        this.predicted = new int[n];
        this.votes = new double[n * classes];
        this.alphas = new double[nEstimators];
        this.errors = new double[nEstimators];
    }

    @Override
    public AdaBoostSnapshot snapshot() {
        if (cached == null || cached.step() != step) {
            int m = trees.size();
            AdaBoostEnsemble ensemble = new AdaBoostEnsemble(trees.toArray(DecisionTree[]::new),
                    nodeClasses.toArray(int[][]::new), Arrays.copyOf(alphas, m), labelOf, labelCount);
            cached = new AdaBoostSnapshot(new AdaBoostSnapshot.Round(step, status, event, newest, error, alpha,
                    missedCount, fittedWeights.clone(), weights.clone(), missed.clone()), ensemble,
                    Arrays.copyOf(errors, m), accuracy, learningRate, nEstimators, classes, featureNames, classNames);
        }
        return cached;
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        int m = trees.size();
        for (int i = 0; i < n; i++) {
            weights[i] = Math.max(weights[i], SMALLEST_WEIGHT);
        }
        System.arraycopy(weights, 0, fittedWeights, 0, n);
        newest = builder.fit(rows, d, y, weights);
        error = weightedError(newest);
        if (error <= 0) {
            keep(m, 1.0, 0.0);
            event = AdaBoostSnapshot.Event.PERFECT;
            status = StepResult.CONVERGED;
            return status;
        }
        if (error >= 1.0 - 1.0 / classes) {
            alpha = Double.NaN;
            event = AdaBoostSnapshot.Event.NO_BETTER_THAN_CHANCE;
            status = m == 0 ? StepResult.stopped(AdaBoostNarration.noStart(error, classes)) : StepResult.CONVERGED;
            return status;
        }
        event = AdaBoostSnapshot.Event.ROUND;
        keep(m, learningRate * (Math.log((1.0 - error) / error) + Math.log(classes - 1.0)), error);
        if (m == nEstimators - 1) {
            status = StepResult.CONVERGED;
            return status;
        }
        reweight();
        return status;
    }

    /** ε of the newest learner, noting which rows it misses and what it predicts. */
    private double weightedError(DecisionTree tree) {
        double missedWeight = 0.0;
        double total = 0.0;
        missedCount = 0;
        for (int i = 0; i < n; i++) {
            predicted[i] = (int) tree.predict(rows, i * d);
            missed[i] = predicted[i] != y[i];
            missedCount += missed[i] ? 1 : 0;
            missedWeight += missed[i] ? weights[i] : 0.0;
            total += weights[i];
        }
        return missedWeight / total;
    }

    /** Adds the newest learner with weight α and error ε, and its votes to the ensemble's. */
    private void keep(int m, double weight, double roundError) {
        trees.add(newest);
        nodeClasses.add(AdaBoostEnsemble.nodeClasses(newest));
        alpha = weight;
        alphas[m] = weight;
        errors[m] = roundError;
        norm += weight;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            votes[i * classes + predicted[i]] += weight;
            correct += AdaBoostEnsemble.decide(votes, i * classes, classes, norm) == y[i] ? 1 : 0;
        }
        accuracy = (double) correct / n;
    }

    /** w_i ← exp(ln w_i + α·[missed]), then normalized; stops when the weights overflow. */
    private void reweight() {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            weights[i] = Math.exp(Math.log(weights[i]) + (missed[i] ? alpha : 0.0));
            sum += weights[i];
        }
        if (!Double.isFinite(sum)) {
            status = StepResult.stopped("The sample weights overflowed after round " + trees.size()
                    + "; lower the learning rate.");
            return;
        }
        if (sum <= 0) {
            status = StepResult.CONVERGED;
            return;
        }
        for (int i = 0; i < n; i++) {
            weights[i] /= sum;
        }
    }
}
