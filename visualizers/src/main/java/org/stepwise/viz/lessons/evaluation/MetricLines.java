package org.stepwise.viz.lessons.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.evaluation.Average;
import org.stepwise.algo.evaluation.ClassificationMetrics;
import org.stepwise.algo.evaluation.ConfusionMatrix;
import org.stepwise.algo.evaluation.ConfusionMatrixSnapshot;
import org.stepwise.algo.evaluation.Score;
import org.stepwise.algo.evaluation.ScoredRows;
import org.stepwise.viz.view.MetricTableView.Line;

/**
 * Every metric of a threshold step as a line of the metric table: its formula with the step's
 * counts in it, and its value. The one-vs-rest counts are the positive class's; with more than two
 * classes, each class's precision, recall and F1 follow, and their macro, weighted and micro means.
 */
final class MetricLines {

    private MetricLines() {
    }

    static List<Line> of(ConfusionMatrixSnapshot s) {
        ConfusionMatrix m = s.matrix();
        int k = s.positive();
        long tp = m.truePositives(k);
        long fp = m.falsePositives(k);
        long fn = m.falseNegatives(k);
        long tn = m.trueNegatives(k);
        long n = m.total();
        List<Line> lines = new ArrayList<>();
        lines.add(line("accuracy", "correct/n = " + m.correct() + "/" + n, ClassificationMetrics.accuracy(m)));
        lines.add(line("balanced accuracy", "mean recall of the classes", ClassificationMetrics.balancedAccuracy(m)));
        lines.add(line("precision", "TP/(TP+FP) = " + tp + "/(" + tp + "+" + fp + ")", s.precision()));
        lines.add(line("recall", "TP/(TP+FN) = " + tp + "/(" + tp + "+" + fn + ")", s.recall()));
        lines.add(line("specificity", "TN/(TN+FP) = " + tn + "/(" + tn + "+" + fp + ")", s.specificity()));
        lines.add(line("F1", "2PR/(P+R) = 2·" + number(s.precision()) + "·" + number(s.recall()) + "/"
                + sum(s.precision(), s.recall()), s.f1()));
        lines.add(line("MCC", m.classes() == 2
                ? "(" + tp + "·" + tn + " − " + fp + "·" + fn + ")/√(" + (tp + fp) + "·"
                        + (tp + fn) + "·" + (tn + fp) + "·" + (tn + fn) + ")"
                : "(c·n − Σtₖpₖ)/√((n²−Σpₖ²)(n²−Σtₖ²))", ClassificationMetrics.matthewsCorrcoef(m)));
        lines.add(line("Cohen's κ", "(p₀ − pₑ)/(1 − pₑ), pₑ = Σtₖpₖ/n²", ClassificationMetrics.cohenKappa(m)));
        ScoredRows rows = s.rows();
        lines.add(new Line("of the scores", "need no threshold", "", false));
        lines.add(line("log loss", "−mean log p(true class)", Score.of(rows.logLoss())));
        lines.add(line("Brier score", "mean (𝟙[positive] − p)²", Score.of(rows.brierScore())));
        lines.add(line("ROC AUC", "area under the ROC curve", Score.of(rows.rocAuc())));
        lines.add(line("average precision", "Σ (Rₙ − Rₙ₋₁)·Pₙ", Score.of(rows.averagePrecision())));
        if (m.classes() > 2) {
            perClass(lines, m, rows.classNames());
        }
        return lines;
    }

    private static void perClass(List<Line> lines, ConfusionMatrix m, List<String> names) {
        Score[] precision = ClassificationMetrics.precisionPerClass(m);
        Score[] recall = ClassificationMetrics.recallPerClass(m);
        Score[] f1 = ClassificationMetrics.fbetaPerClass(m, 1);
        for (int c = 0; c < m.classes(); c++) {
            lines.add(new Line("  " + names.get(c), "P " + number(precision[c]) + "  R " + number(recall[c]) + "  n " + m.support(c), "F1 " + number(f1[c]), !precision[c].isWellDefined() || !recall[c].isWellDefined()));
        }
        lines.add(line("precision (macro)", "mean over the classes",
                ClassificationMetrics.precision(m, Average.MACRO, 0)));
        lines.add(line("recall (macro)", "mean over the classes", ClassificationMetrics.recall(m, Average.MACRO, 0)));
        lines.add(line("F1 (macro)", "mean over the classes", ClassificationMetrics.f1(m, Average.MACRO, 0)));
        lines.add(line("F1 (weighted)", "Σ supportₖ·F1ₖ/n", ClassificationMetrics.f1(m, Average.WEIGHTED, 0)));
        lines.add(line("F1 (micro)", "pooled counts (= accuracy)", ClassificationMetrics.f1(m, Average.MICRO, 0)));
    }

    private static Line line(String name, String formula, Score score) {
        String why = score.problem().orElse(null);
        return new Line(name, why == null ? formula : why, score.hasValue() ? number(score) : "undefined", why != null);
    }

    private static String sum(Score a, Score b) {
        return a.hasValue() && b.hasValue() ? String.format(Locale.ROOT, "%.3f", a.value() + b.value()) : "—";
    }

    private static String number(Score score) {
        return score.hasValue() ? String.format(Locale.ROOT, "%.3f", score.value()) : "—";
    }
}
