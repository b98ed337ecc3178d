package org.stepwise.viz.lessons.evaluation;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.evaluation.ModelCurves;
import org.stepwise.algo.evaluation.OperatingPoint;
import org.stepwise.algo.evaluation.Score;
import org.stepwise.viz.view.MetricTableView.Line;

/** A classifier's operating point and areas as lines of the metric table, the counts in the formulas. */
final class RocPrLines {

    private RocPrLines() {
    }

    static List<Line> of(OperatingPoint p, ModelCurves curves) {
        long tp = (long) p.truePositives();
        long fp = (long) p.falsePositives();
        Score precision = p.precision();
        // The table's line is short; the narration gives the whole sentence.
        String why = precision.isWellDefined() ? null : "0/0: nothing predicted positive";
        return List.of(
                new Line("FPR", "FP/N = " + fp + "/" + (long) p.negatives(), number(p.fpr()), false),
                new Line("TPR = recall", "TP/P = " + tp + "/" + (long) p.positives(), number(p.tpr()), false),
                new Line("precision", why == null ? "TP/(TP+FP) = " + tp + "/(" + tp + "+" + fp + ")" : why,
                        number(precision.value()), why != null),
                new Line("ROC AUC", "area under ROC", number(curves.rocAuc()), false),
                new Line("average precision", "Σ (Rₙ − Rₙ₋₁)·Pₙ", number(curves.averagePrecision()), false));
    }

    /** What a classifier is measured against, when no second one is compared. */
    static List<Line> rowsOf(OperatingPoint p) {
        long positives = (long) p.positives();
        long negatives = (long) p.negatives();
        return List.of(
                new Line("positive rows P", "of the class thresholded", String.valueOf(positives), false),
                new Line("negative rows N", "of every other class", String.valueOf(negatives), false),
                new Line("prevalence", "P/n: precision of a guess", number((double) positives / (positives + negatives)),
                        false),
                new Line("guessing", "TPR = FPR: ROC AUC 0.5", "0.500", false));
    }

    private static String number(double value) { return String.format(Locale.ROOT, "%.3f", value); }
}
