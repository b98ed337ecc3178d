package org.stepwise.algo.evaluation;

import java.util.List;

/**
 * What a calibration run works on, fixed for the run: the held-out rows' probabilities of the
 * positive class as the classifier scored them ({@code scores}) and whether each row is of that
 * class ({@code labels}, 0/1), the raw probabilities measured, and the lesson's bins and methods.
 * The arrays are never written after construction.
 */
record CalibrationInputs(String model, String positiveName, double[] scores, int[] labels, Calibrated raw,
                         int nBins, Calibration.Strategy strategy, Method method) {

    /** Which calibrators the lesson fits: the {@code method} parameter. */
    enum Method {
        BOTH("both"), SIGMOID("sigmoid"), ISOTONIC("isotonic");

        static final List<String> NAMES = List.of("both", "sigmoid", "isotonic");

        private final String word;

        Method(String word) { this.word = word; }

        static Method named(String word) {
            for (Method m : values()) {
                if (m.word.equals(word)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("method must be one of " + NAMES + "; got '" + word + "'");
        }

        boolean sigmoid() { return this != ISOTONIC; }

        boolean isotonic() { return this != SIGMOID; }
    }

    /** The one-vs-rest scores of {@code rows}' positive class, measured. */
    static CalibrationInputs of(ScoredRows rows, int nBins, Calibration.Strategy strategy, Method method) {
        int n = rows.size();
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = rows.score(i);
            labels[i] = rows.label(i) == rows.positiveClass() ? 1 : 0;
        }
        return new CalibrationInputs(rows.model(), rows.classNames().get(rows.positiveClass()), scores, labels,
                Calibrated.of(labels, scores.clone(), nBins, strategy), nBins, strategy, method);
    }

    /** Calibrated probabilities of the same rows (handed over), measured with the same bins. */
    Calibrated measure(double[] probabilities) { return Calibrated.of(labels, probabilities, nBins, strategy); }

    /** The classifier's name in a sentence ("naive Bayes"). */
    String modelName() { return ScoringModel.named(model).shortName(); }

    int positives() {
        int p = 0;
        for (int y : labels) {
            p += y;
        }
        return p;
    }
}
