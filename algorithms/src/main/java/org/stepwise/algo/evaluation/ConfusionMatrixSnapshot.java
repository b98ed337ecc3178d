package org.stepwise.algo.evaluation;

import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * One threshold's confusion matrix of the held-out rows and every metric read from it, under
 * scikit-learn's names: {@code accuracy}, {@code balanced_accuracy}, {@code precision},
 * {@code recall}, {@code specificity}, {@code f1} (the positive class's, one-vs-rest: scikit-learn's
 * {@code average="binary"} for two classes), their {@code _macro}, {@code _micro} and
 * {@code _weighted} averages and {@code _per_class} vectors, {@code matthews_corrcoef},
 * {@code cohen_kappa}; and the threshold-free {@code log_loss}, {@code brier_score},
 * {@code roc_auc}, {@code average_precision}. An ill-defined metric (precision when nothing is
 * predicted positive) is reported as scikit-learn reports it, 0.0, and {@link #problems()} says why.
 * Immutable.
 */
public final class ConfusionMatrixSnapshot implements Snapshot {

    private static final Scalars<ConfusionMatrixSnapshot> SCALARS = Scalars.<ConfusionMatrixSnapshot>builder()
            .scalar("threshold", ConfusionMatrixSnapshot::threshold)
            .scalar("accuracy", s -> ClassificationMetrics.accuracy(s.matrix).value())
            .scalar("balanced_accuracy", s -> ClassificationMetrics.balancedAccuracy(s.matrix).value())
            .scalar("precision", s -> s.precision().value())
            .scalar("recall", s -> s.recall().value())
            .scalar("specificity", s -> s.specificity().value())
            .scalar("f1", s -> s.f1().value())
            .scalar("matthews_corrcoef", s -> ClassificationMetrics.matthewsCorrcoef(s.matrix).value())
            .scalar("cohen_kappa", s -> ClassificationMetrics.cohenKappa(s.matrix).value())
            .scalar("log_loss", s -> s.rows.logLoss())
            .scalar("brier_score", s -> s.rows.brierScore())
            .scalar("roc_auc", s -> s.rows.rocAuc())
            .scalar("average_precision", s -> s.rows.averagePrecision())
            .scalar("precision_macro", s -> ClassificationMetrics.precision(s.matrix, Average.MACRO, 0).value())
            .scalar("recall_macro", s -> ClassificationMetrics.recall(s.matrix, Average.MACRO, 0).value())
            .scalar("f1_macro", s -> ClassificationMetrics.f1(s.matrix, Average.MACRO, 0).value())
            .scalar("precision_weighted", s -> ClassificationMetrics.precision(s.matrix, Average.WEIGHTED, 0).value())
            .scalar("recall_weighted", s -> ClassificationMetrics.recall(s.matrix, Average.WEIGHTED, 0).value())
            .scalar("f1_weighted", s -> ClassificationMetrics.f1(s.matrix, Average.WEIGHTED, 0).value())
            .scalar("f1_micro", s -> ClassificationMetrics.f1(s.matrix, Average.MICRO, 0).value())
            .count("true_positives", s -> s.matrix.truePositives(s.positive()))
            .count("false_positives", s -> s.matrix.falsePositives(s.positive()))
            .count("false_negatives", s -> s.matrix.falseNegatives(s.positive()))
            .count("true_negatives", s -> s.matrix.trueNegatives(s.positive()))
            .count("n_scored", s -> s.rows.size())
            .build();

    private final int step;
    private final StepResult status;
    private final ScoredRows rows;
    private final double threshold;
    private final double notch;
    private final ConfusionMatrix matrix;

    ConfusionMatrixSnapshot(int step, StepResult status, ScoredRows rows, double threshold, double notch,
                            ConfusionMatrix matrix) {
        this.step = step;
        this.status = status;
        this.rows = rows;
        this.threshold = threshold;
        this.notch = notch;
        this.matrix = matrix;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return ConfusionMatrixNarration.of(this); }

    /** The threshold on P(positive class) at this step. */
    public double threshold() { return threshold; }

    /**
     * This step's rows at another threshold, as a learner dragging the threshold sees them: the same
     * step, status and scores, the matrix and every metric counted at {@code t} (no refit, no sort).
     * It equals the snapshot a run whose {@code threshold} parameter is t ends with.
     */
    public ConfusionMatrixSnapshot atThreshold(double t) {
        return new ConfusionMatrixSnapshot(step, status, rows, t, notch, rows.matrixAt(t));
    }

    /** How far a step moves the threshold: 1 / notches. */
    public double notch() { return notch; }

    /** The scored rows, their probabilities and the threshold-free metrics. */
    public ScoredRows rows() { return rows; }

    public ConfusionMatrix matrix() { return matrix; }

    public int positive() { return rows.positiveClass(); }

    /** The positive class's precision (one-vs-rest). */
    public Score precision() { return ClassificationMetrics.precisionPerClass(matrix)[positive()]; }

    public Score recall() { return ClassificationMetrics.recallPerClass(matrix)[positive()]; }

    public Score specificity() { return ClassificationMetrics.specificityPerClass(matrix)[positive()]; }

    public Score f1() { return ClassificationMetrics.fbetaPerClass(matrix, 1)[positive()]; }

    /** The sentences of every ill-defined metric at this threshold (empty when all are defined). */
    public java.util.List<String> problems() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Score score : new Score[] {precision(), recall(), specificity(), f1(),
                ClassificationMetrics.matthewsCorrcoef(matrix), ClassificationMetrics.precision(matrix, Average.MACRO, 0)}) {
            score.problem().filter(p -> !out.contains(p)).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public Metrics metrics() {
        double[][] counts = new double[matrix.classes()][matrix.classes()];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                counts[i][j] = matrix.count(i, j);
            }
        }
        return SCALARS.addTo(Metrics.builder(), this)
                .matrix("confusion_matrix", counts)
                .vector("precision_per_class", EvaluationValues.of(ClassificationMetrics.precisionPerClass(matrix)))
                .vector("recall_per_class", EvaluationValues.of(ClassificationMetrics.recallPerClass(matrix)))
                .vector("specificity_per_class", EvaluationValues.of(ClassificationMetrics.specificityPerClass(matrix)))
                .vector("f1_per_class", EvaluationValues.of(ClassificationMetrics.fbetaPerClass(matrix, 1)))
                .build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }
}
