package org.stepwise.algo.ensemble;

/**
 * scikit-learn's {@code score(X, y)} of a boosted ensemble on the rows it was fitted on, read from
 * their raw predictions: accuracy of {@code predict} for a classifier, R² = 1 − Σ(y − F)² / Σ(y − ȳ)²
 * for a regressor (1 when both sums are 0, 0 when only the second is, as {@code r2_score}).
 */
final class BoostingScores {

    private BoostingScores() {
    }

    static double training(GradientBoostingModel model, double[] raw, double[] y) {
        int n = y.length;
        int trees = model.treesPerRound();
        if (model.isClassifier()) {
            int correct = 0;
            for (int i = 0; i < n; i++) {
                correct += GradientBoostingModel.classOf(raw, i * trees, trees) == (int) y[i] ? 1 : 0;
            }
            return (double) correct / n;
        }
        double mean = 0.0;
        for (double target : y) {
            mean += target;
        }
        mean /= n;
        double residual = 0.0;
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            residual += (y[i] - raw[i]) * (y[i] - raw[i]);
            total += (y[i] - mean) * (y[i] - mean);
        }
        if (total == 0.0) {
            return residual == 0.0 ? 1.0 : 0.0;
        }
        return 1.0 - residual / total;
    }
}
