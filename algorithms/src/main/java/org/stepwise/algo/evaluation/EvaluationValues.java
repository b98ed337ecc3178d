package org.stepwise.algo.evaluation;

/** Scores as the numbers {@code run --json} prints (each one's value, scikit-learn's substitute where ill-defined). */
final class EvaluationValues {

    private EvaluationValues() {
    }

    static double[] of(Score[] scores) {
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i].value();
        }
        return out;
    }
}
