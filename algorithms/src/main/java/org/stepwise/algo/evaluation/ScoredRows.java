package org.stepwise.algo.evaluation;

import java.util.List;

/**
 * The held-out rows a fitted classifier scored, and what does not depend on the threshold:
 * their true classes, their class probabilities (n × K, row-major), the positive class, and the
 * threshold-free metrics of its probability (log loss over all classes; the positive class's
 * one-vs-rest Brier score, ROC AUC and average precision). Immutable; shared by every snapshot of
 * a run (the arrays are never written after construction).
 */
public final class ScoredRows {

    private final String model;
    private final List<String> classNames;
    private final int positiveClass;
    private final int[] labels;
    private final double[] probabilities;
    private final double[] positiveScores;
    private final int[] positiveLabels;
    private final double logLoss;
    private final double brierScore;
    private final double rocAuc;
    private final double averagePrecision;
    private final RankedScores ranked;
    private final ThresholdCounter counter;

    /**
     * @param labels        true class of each scored row (handed over, not copied)
     * @param probabilities row-major n × K class probabilities (handed over)
     */
    ScoredRows(String model, List<String> classNames, int positiveClass, int[] labels, double[] probabilities) {
        this.model = model;
        this.classNames = List.copyOf(classNames);
        this.positiveClass = positiveClass;
        this.labels = labels;
        this.probabilities = probabilities;
        int n = labels.length;
        int k = classNames.size();
        positiveScores = new double[n];
        positiveLabels = new int[n];
        double[][] rows = new double[n][k];
        for (int i = 0; i < n; i++) {
            positiveScores[i] = probabilities[i * k + positiveClass];
            positiveLabels[i] = labels[i] == positiveClass ? 1 : 0;
            System.arraycopy(probabilities, i * k, rows[i], 0, k);
        }
        logLoss = ProbabilityMetrics.logLoss(labels, rows);
        brierScore = ProbabilityMetrics.brierScore(positiveLabels, positiveScores);
        ranked = RankedScores.of(positiveLabels, positiveScores, 1);
        rocAuc = ThresholdCurves.rocAuc(ranked);
        averagePrecision = ThresholdCurves.averagePrecision(ranked);
        counter = new ThresholdCounter(this);
    }

    /** The {@code model} parameter's word for the classifier that scored the rows. */
    public String model() { return model; }

    public List<String> classNames() { return classNames; }

    public int classCount() { return classNames.size(); }

    public int positiveClass() { return positiveClass; }

    public int size() { return labels.length; }

    /** The true class of scored row i. */
    public int label(int i) { return labels[i]; }

    /** P(class k | row i). */
    public double probability(int i, int k) { return probabilities[i * classNames.size() + k]; }

    /** P(positive class | row i): the score the threshold is compared with. */
    public double score(int i) { return positiveScores[i]; }

    public double logLoss() { return logLoss; }

    public double brierScore() { return brierScore; }

    public double rocAuc() { return rocAuc; }

    public double averagePrecision() { return averagePrecision; }

    /** The positive class's scores ranked once: every threshold curve is read from it. */
    public RankedScores ranked() { return ranked; }

    /**
     * The class predicted for row i at {@code threshold}: the positive class when its probability is
     * at least the threshold, else the most probable of the other classes (the lowest on a tie).
     * With two classes this is "positive when P(positive) ≥ threshold".
     */
    public int predict(int i, double threshold) {
        int k = classNames.size();
        if (positiveScores[i] >= threshold) {
            return positiveClass;
        }
        int best = -1;
        for (int c = 0; c < k; c++) {
            if (c != positiveClass && (best < 0 || probabilities[i * k + c] > probabilities[i * k + best])) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The confusion matrix of {@link #predict} over every row at {@code threshold}, counted from
     * the rows sorted once ({@link ThresholdCounter}): a few binary searches, no pass over the rows,
     * so a threshold the learner drags is counted within a frame however many rows were scored.
     */
    public ConfusionMatrix matrixAt(double threshold) { return counter.at(threshold); }

    /** The true classes (a copy). */
    public int[] labels() { return labels.clone(); }
}
