package org.stepwise.algo.ensemble;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.tree.DecisionTree;
import org.stepwise.algo.tree.SplitCriterion;
import org.stepwise.algo.tree.TreeBuilder;

/**
 * Gradient boosting one round per step, as scikit-learn 1.2.1's {@code GradientBoostingRegressor}
 * / {@code GradientBoostingClassifier} ({@code sklearn/ensemble/_gb.py}: {@code _fit_stages},
 * {@code _fit_stage}; the losses of {@link GradientBoostingLoss}; Friedman 2001, Algorithm 1):
 *
 * <ol>
 * <li>the negative gradients r = −∂L/∂F at F_{m−1} (the residuals y − F for squared error), all
 *     taken at the previous round's predictions for every one of the K trees of a round;</li>
 * <li>a regression tree h_m fitted to them ({@code friedman_mse}, {@code max_depth}; with
 *     {@code subsample} &lt; 1 on a fresh sample of ⌊subsample·n⌋ rows drawn without replacement,
 *     scikit-learn's {@code _random_sample_mask}, the others of weight 0);</li>
 * <li>for log loss each leaf's value replaced by one Newton step ({@code _update_terminal_region});</li>
 * <li>F_m = F_{m−1} + ν·h_m for every row, in-bag or not.</li>
 * </ol>
 *
 * <p>F₀ is the initial prediction the source lesson's from-scratch code forgets at predict time
 * (INVENTORY §8): the mean, the log-odds, or the log priors; every prediction starts from it.
 * {@code train_score} is the loss after each round on the in-bag rows, {@code oob_improvement}
 * the drop of the out-of-bag loss the round brought (subsample &lt; 1 only).
 *
 * <p>Buffers are allocated in the constructor; a round allocates only what {@link TreeBuilder}
 * makes for its tree and the tree's leaf values (and the snapshot).
 */
final class GradientBoostingEngine implements Engine<GradientBoostingSnapshot> {

    private final GradientBoostingLoss loss;
    private final int classes;
    private final int trees;
    private final int n;
    private final int d;
    private final double[] x;
    private final double[] y;
    private final double learningRate;
    private final int nEstimators;
    private final int inBagCount;
    private final TreeBuilder builder;
    private final RandomGenerator random;
    private final List<String> featureNames;
    private final List<String> classNames;

    private final double[] init;
    private final double[] raw;
    private final double[] rawBefore;
    private final double[][] residuals;
    private final double[] oneHot;
    private final double[] weights;
    private final boolean[] inBag;
    private final int[] leafOfRow;
    private final double[] numerators;
    private final double[] denominators;
    private final DecisionTree[] fitted;
    private final double[][] leafValues;
    private final double[] trainScore;
    private final double[] oobImprovement;
    private final double initialLoss;

    private int round;
    private StepResult status = StepResult.CONTINUE;
    private GradientBoostingSnapshot cached;

    GradientBoostingEngine(GradientBoostingLoss loss, double[] x, int d, double[] y, int classes, double learningRate,
                           int nEstimators, int maxDepth, double subsample, RandomGenerator random,
                           List<String> featureNames, List<String> classNames) {
        this.loss = loss;
        this.classes = classes;
        this.trees = loss.classifies() ? GradientBoostingLoss.treesPerRound(classes) : 1;
        this.n = y.length;
        this.d = d;
        this.x = x;
        this.y = y;
        this.learningRate = learningRate;
        this.nEstimators = nEstimators;
        this.inBagCount = subsample < 1.0 ? Math.max(1, (int) (subsample * n)) : n;
        this.builder = TreeBuilder.regressor(SplitCriterion.FRIEDMAN_MSE).maxDepth(maxDepth);
        this.random = random;
        this.featureNames = List.copyOf(featureNames);
        this.classNames = List.copyOf(classNames);
        this.init = new double[trees];
        loss.initialPrediction(y, n, classes, init);
        this.raw = new double[n * trees];
        for (int i = 0; i < n; i++) {
            System.arraycopy(init, 0, raw, i * trees, trees);
        }
        this.rawBefore = new double[n * trees];
        this.residuals = new double[trees][n];
        this.oneHot = new double[n];
        this.weights = subsample < 1.0 ? new double[n] : null;
        this.inBag = new boolean[n];
        Arrays.fill(inBag, true);
        this.leafOfRow = new int[n];
        int maxNodes = (int) Math.min(2L * n, (1L << Math.min(maxDepth + 1, 30)) - 1);
        this.numerators = new double[maxNodes];
        this.denominators = new double[maxNodes];
        this.fitted = new DecisionTree[nEstimators * trees];
        this.leafValues = new double[nEstimators * trees][];
        this.trainScore = new double[nEstimators];
        this.oobImprovement = subsample < 1.0 && inBagCount < n ? new double[nEstimators] : null;
        this.initialLoss = loss.loss(y, raw, n, trees, null, true);
    }

    @Override
    public GradientBoostingSnapshot snapshot() {
        if (cached == null || cached.step() != round) {
            GradientBoostingModel model = new GradientBoostingModel(loss, classes, learningRate, init, fitted,
                    leafValues, round);
            cached = new GradientBoostingSnapshot(round, status, loss, model, round == 0 ? null : copyResiduals(),
                    raw.clone(), x, d, y, trainScore, oobImprovement, initialLoss, inBagCount, featureNames, classNames);
        }
        return cached;
    }

    private double[][] copyResiduals() {
        double[][] copy = new double[trees][];
        for (int k = 0; k < trees; k++) {
            copy[k] = residuals[k].clone();
        }
        return copy;
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        System.arraycopy(raw, 0, rawBefore, 0, raw.length);
        double oobBefore = Double.NaN;
        if (weights != null) {
            drawSample();
            oobBefore = oobImprovement == null ? Double.NaN : loss.loss(y, raw, n, trees, inBag, false);
        }
        for (int k = 0; k < trees; k++) {
            double[] target = targetOf(k);
            loss.negativeGradient(target, rawBefore, n, trees, k, residuals[k]);
            DecisionTree tree = builder.fit(x, d, residuals[k], weights);
            double[] values = leafValues(tree, target, residuals[k]);
            for (int i = 0; i < n; i++) {
                raw[i * trees + k] += learningRate * values[leafOfRow[i]];
            }
            fitted[round * trees + k] = tree;
            leafValues[round * trees + k] = values;
        }
        trainScore[round] = loss.loss(y, raw, n, trees, weights == null ? null : inBag, true);
        if (oobImprovement != null) {
            oobImprovement[round] = oobBefore - loss.loss(y, raw, n, trees, inBag, false);
        }
        round++;
        if (!Double.isFinite(trainScore[round - 1])) {
            status = StepResult.stopped("the training loss is no longer a finite number after round " + round
                    + "; lower the learning rate");
        } else if (round == nEstimators) {
            status = StepResult.CONVERGED;
        }
        return status;
    }

    /** y for squared error and two classes; for more, 1 where the row's class is k and 0 elsewhere. */
    private double[] targetOf(int k) {
        if (trees == 1) {
            return y;
        }
        for (int i = 0; i < n; i++) {
            oneHot[i] = y[i] == k ? 1.0 : 0.0;
        }
        return oneHot;
    }

    /**
     * Each row's leaf (into {@link #leafOfRow}) and the value each node adds: the tree's mean
     * residual, and for log loss at each leaf the Newton step over its in-bag rows.
     */
    private double[] leafValues(DecisionTree tree, double[] target, double[] residual) {
        int nodes = tree.nodeCount();
        double[] values = new double[nodes];
        for (int node = 0; node < nodes; node++) {
            values[node] = tree.mean(node);
        }
        for (int i = 0; i < n; i++) {
            leafOfRow[i] = tree.leafOf(x, i * d);
        }
        if (!loss.classifies()) {
            return values;
        }
        Arrays.fill(numerators, 0, nodes, 0.0);
        Arrays.fill(denominators, 0, nodes, 0.0);
        for (int i = 0; i < n; i++) {
            if (inBag[i]) {
                double r = residual[i];
                numerators[leafOfRow[i]] += r;
                denominators[leafOfRow[i]] += (target[i] - r) * (1.0 - target[i] + r);
            }
        }
        for (int node = 0; node < nodes; node++) {
            if (tree.isLeaf(node)) {
                values[node] = GradientBoostingLoss.newtonStep(numerators[node], denominators[node], trees);
            }
        }
        return values;
    }

    /**
     * A fresh in-bag sample of {@link #inBagCount} rows, scikit-learn's {@code _random_sample_mask}
     * (selection sampling: row i is taken with probability still-needed / still-left); weights 1 in, 0 out.
     */
    private void drawSample() {
        int taken = 0;
        for (int i = 0; i < n; i++) {
            inBag[i] = random.nextDouble() * (n - i) < inBagCount - taken;
            taken += inBag[i] ? 1 : 0;
            weights[i] = inBag[i] ? 1.0 : 0.0;
        }
    }
}
