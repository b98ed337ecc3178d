package org.stepwise.algo.ensemble;

import java.util.Locale;

/**
 * What a gradient-boosting round did, in words with its numbers: the negative gradients the trees
 * were fitted to, the trees, the shrunken update and the loss before and after.
 */
final class BoostingNarration {

    private BoostingNarration() {
    }

    static String full(GradientBoostingSnapshot s) {
        if (s.step() == 0) {
            return String.format(Locale.ROOT, "F₀ = %s before any tree: training %s %.4g. Each round fits a tree"
                    + " to the %s and adds %s × its prediction.", initial(s), s.lossName(), s.trainingLoss(),
                    s.loss().equals("squared_error") ? "residuals y − F" : "negative gradients y − p",
                    number(s.model().learningRate()));
        }
        GradientBoostingModel model = s.model();
        int m = s.step();
        int leaves = 0;
        for (int k = 0; k < model.treesPerRound(); k++) {
            leaves += model.tree(m - 1, k).leafCount();
        }
        String trees = model.treesPerRound() == 1 ? "a tree of " + leaves + " leaves"
                : model.treesPerRound() + " trees (one per class) of " + leaves + " leaves in all";
        String fitted = s.loss().equals("squared_error") ? "the residuals y − F" + sub(m - 1)
                : "the negative gradients y − p" + (model.treesPerRound() == 1 ? "" : "ₖ")
                + (model.treesPerRound() == 1 ? " (leaves take a Newton step)" : " (Newton leaves, × (K−1)/K)");
        return String.format(Locale.ROOT, "Round %d: %s fitted to %s (mean |r| %.3g); F%s = F%s + %s·h: training"
                        + " %s %.4g → %.4g.", m, trees, fitted, meanAbsResidual(s), sub(m), sub(m - 1),
                number(model.learningRate()), s.lossName(), s.trainScore(m - 1), s.trainScore(m));
    }

    static String brief(GradientBoostingSnapshot s) {
        if (s.step() == 0) {
            return String.format(Locale.ROOT, "F₀ = %s; %s %.4g.", initial(s), s.lossName(), s.trainingLoss());
        }
        return String.format(Locale.ROOT, "Round %d: %s %.4g → %.4g.", s.step(), s.lossName(),
                s.trainScore(s.step() - 1), s.trainScore(s.step()));
    }

    private static String initial(GradientBoostingSnapshot s) {
        GradientBoostingModel model = s.model();
        if (!model.isClassifier()) {
            return "mean of y = " + number(model.init(0));
        }
        if (model.treesPerRound() == 1) {
            return "log-odds of class " + s.classNames().get(1) + " = " + number(model.init(0));
        }
        return "the log class priors";
    }

    private static double meanAbsResidual(GradientBoostingSnapshot s) {
        double sum = 0.0;
        int k = s.model().treesPerRound();
        for (int t = 0; t < k; t++) {
            for (int i = 0; i < s.rows(); i++) {
                sum += Math.abs(s.residual(t, i));
            }
        }
        return sum / (s.rows() * k);
    }

    private static String number(double value) { return String.format(Locale.ROOT, "%.3g", value); }

    /** A round number as subscript digits (F₁₂). */
    static String sub(int m) {
        StringBuilder digits = new StringBuilder();
        for (char c : Integer.toString(m).toCharArray()) {
            digits.append((char) ('₀' + (c - '0')));
        }
        return digits.toString();
    }
}
