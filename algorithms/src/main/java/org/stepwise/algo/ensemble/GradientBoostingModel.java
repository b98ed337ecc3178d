package org.stepwise.algo.ensemble;

import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.tree.DecisionTree;

/**
 * The boosted ensemble after some rounds, F_m(x) = F₀ + ν·Σ_{j ≤ m} h_j(x): the initial raw
 * prediction, the trees of each round (K a round) with their leaf values (a regression tree's own
 * means, or the Newton steps that replaced them) and the learning rate ν. Predictions add
 * {@code ν·value} tree by tree in the order they were fitted, as scikit-learn's
 * {@code predict_stages} does, so staged predictions match its {@code staged_predict} /
 * {@code staged_decision_function} to the last bits.
 *
 * <p>Immutable: the engine's arrays of trees grow at the end and what a model reads (the first
 * {@link #rounds()} rounds) never changes, so every snapshot shares them.
 */
public final class GradientBoostingModel implements ClassProbabilities, Predictor {

    private final GradientBoostingLoss loss;
    private final int classes;
    private final int trees;
    private final double learningRate;
    private final double[] init;
    private final DecisionTree[] fitted;
    private final double[][] leafValues;
    private final int rounds;

    GradientBoostingModel(GradientBoostingLoss loss, int classes, double learningRate, double[] init,
                          DecisionTree[] fitted, double[][] leafValues, int rounds) {
        this.loss = loss;
        this.classes = classes;
        this.trees = GradientBoostingLoss.treesPerRound(Math.max(classes, 1));
        this.learningRate = learningRate;
        this.init = init;
        this.fitted = fitted;
        this.leafValues = leafValues;
        this.rounds = rounds;
    }

    /** The same ensemble cut after {@code fewer} rounds (staged predictions). */
    public GradientBoostingModel upTo(int fewer) {
        return new GradientBoostingModel(loss, classes, learningRate, init, fitted, leafValues,
                Math.min(fewer, rounds));
    }

    /** Rounds of trees added to F₀. */
    public int rounds() { return rounds; }

    /** Raw predictions a row: 1, or the class count for more than two classes. */
    public int treesPerRound() { return trees; }

    public double learningRate() { return learningRate; }

    /** F₀,k, the initial raw prediction of output k. */
    public double init(int k) { return init[k]; }

    /** Tree k of round m (0-based; m &lt; rounds). */
    public DecisionTree tree(int round, int k) { return fitted[round * trees + k]; }

    /** The value a leaf of tree k of round m adds before shrinking: a mean residual or a Newton step. */
    public double leafValue(int round, int k, int node) { return leafValues[round * trees + k][node]; }

    /** Classes of a classifier; 0 for a regressor. */
    @Override
    public int classCount() { return classes; }

    public boolean isClassifier() { return classes > 0; }

    /**
     * The raw prediction F_m of the row {@code x[offset .. offset + d)} into
     * {@code out[at .. at + K)} ({@code decision_function}, or {@code predict} of a regressor).
     */
    public void raw(double[] x, int offset, double[] out, int at) {
        System.arraycopy(init, 0, out, at, trees);
        for (int m = 0; m < rounds; m++) {
            for (int k = 0; k < trees; k++) {
                int tree = m * trees + k;
                out[at + k] += learningRate * leafValues[tree][fitted[tree].leafOf(x, offset)];
            }
        }
    }

    private void raw2(double a, double b, double[] out, int at) {
        System.arraycopy(init, 0, out, at, trees);
        for (int m = 0; m < rounds; m++) {
            for (int k = 0; k < trees; k++) {
                int tree = m * trees + k;
                out[at + k] += learningRate * leafValues[tree][fitted[tree].leafOf2(a, b)];
            }
        }
    }

    /**
     * Class probabilities from raw predictions {@code raw[at ..]} into {@code out[to .. to + classes)}:
     * σ(F) and 1 − σ(F) for two classes, the softmax for more ({@code _raw_prediction_to_proba}).
     * {@code out} may be {@code raw} at the same place for more than two classes.
     */
    public void probabilities(double[] raw, int at, double[] out, int to) {
        if (trees == 1) {
            double p = GradientBoostingLoss.sigmoid(raw[at]);
            out[to] = 1.0 - p;
            out[to + 1] = p;
            return;
        }
        double logSum = GradientBoostingLoss.logSumExp(raw, at, trees);
        for (int k = 0; k < trees; k++) {
            out[to + k] = Math.exp(raw[at + k] - logSum);
        }
    }

    /** Class probabilities on a plane of the two features (the decision-boundary grid); allocates nothing. */
    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            raw2(xs[i], ys[i], out, i * classes);
            if (trees == 1) {
                out[i * classes + 1] = out[i * classes];
            }
            probabilities(out, i * classes + (trees == 1 ? 1 : 0), out, i * classes);
        }
    }

    /** {@code predict}: the class with the largest probability (the lower on a tie), or F_m for a regressor. */
    @Override
    public double predict(double[] x, int offset) {
        if (classes == 0) {
            double[] out = new double[1];
            raw(x, offset, out, 0);
            return out[0];
        }
        double[] out = new double[trees];
        raw(x, offset, out, 0);
        return classOf(out, 0, trees);
    }

    /**
     * The class scikit-learn predicts from raw predictions {@code raw[at .. at + K)}: for two
     * classes the larger of 1 − σ(F) and σ(F), class 0 on a tie (argmax of {@code predict_proba});
     * for more the argmax of the raw predictions, the lowest on a tie
     * ({@code MultinomialDeviance._raw_prediction_to_decision}).
     */
    static int classOf(double[] raw, int at, int trees) {
        if (trees == 1) {
            double p = GradientBoostingLoss.sigmoid(raw[at]);
            return p > 1.0 - p ? 1 : 0;
        }
        return ClassProbabilities.mostProbable(raw, at, trees);
    }

    /**
     * The loss of this ensemble after each round 0 .. rounds on the rows {@code x} (row-major,
     * {@code d} features) with targets {@code y}, as {@code train_score_} measures it (MSE,
     * binomial or multinomial deviance): the held-out curve beside the training one. Index 0 is F₀'s.
     */
    public double[] stagedLoss(double[] x, int d, double[] y) {
        int n = y.length;
        double[] raw = new double[n * trees];
        for (int i = 0; i < n; i++) {
            System.arraycopy(init, 0, raw, i * trees, trees);
        }
        double[] losses = new double[rounds + 1];
        losses[0] = loss.loss(y, raw, n, trees, null, true);
        for (int m = 0; m < rounds; m++) {
            for (int k = 0; k < trees; k++) {
                int tree = m * trees + k;
                for (int i = 0; i < n; i++) {
                    raw[i * trees + k] += learningRate * leafValues[tree][fitted[tree].leafOf(x, i * d)];
                }
            }
            losses[m + 1] = loss.loss(y, raw, n, trees, null, true);
        }
        return losses;
    }
}
