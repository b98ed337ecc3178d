package org.stepwise.viz.lessons.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.ensemble.VotingEnsemble;
import org.stepwise.algo.ensemble.VotingMember;
import org.stepwise.algo.ensemble.VotingSnapshot;
import org.stepwise.viz.view.BarView;
import org.stepwise.viz.view.ColorMaps;

/**
 * Bars beside the plane: each member's training accuracy and, once combined, the ensemble's (in
 * a second colour); for stacking, once the meta-learner is fitted, its weight on each member's
 * probability instead, the learnt say of each member.
 */
final class VotingBars {

    static final Color MEMBER = ColorMaps.classColor(0);
    static final Color ENSEMBLE = ColorMaps.classColor(3);

    private final BarView view = BarView.named();

    BarView node() { return view; }

    void show(VotingSnapshot s) {
        double[][] weights = s.metaCoef();
        if (weights != null) {
            showWeights(s, weights);
        } else {
            showAccuracies(s);
        }
    }

    private void showAccuracies(VotingSnapshot s) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < s.fittedCount(); i++) {
            names.add(barName(s.kinds().get(i)));
            values.add(s.memberAccuracy(i));
        }
        boolean combined = s.ensemble() != null;
        if (combined) {
            names.add(s.voting() == VotingEnsemble.Voting.STACKING ? "stack" : "vote");
            values.add(s.accuracy());
        }
        int count = values.size();
        Domain bare = BarView.domain(Math.max(count, 1), 0, 1);
        // Room above the bars (1 at most, their labels over them) for the two-line caption.
        Domain domain = new Domain(bare.xMin(), bare.xMax(), -0.22, 1.85);
        view.change(() -> {
            view.setDomain(domain);
            view.setBars(count, k -> values.get(k), names::get);
            view.setColors(k -> combined && k == count - 1 ? ENSEMBLE : MEMBER);
            // Whole percentages once the bars grow narrow, so that neighbouring labels stay apart.
            String format = count > 4 ? "%.0f%%" : "%.1f%%";
            view.setValueLabels(k -> String.format(Locale.ROOT, format, 100 * values.get(k)));
            view.setOverlay(pen -> pen.caption(14, "Training accuracy", combined ? "red: the " + names.get(count - 1) : "each member"));
        });
    }

    /** The meta-learner's coefficients: for two classes one per member, else one per member and class (class 0's row for the first). */
    private void showWeights(VotingSnapshot s, double[][] weights) {
        double[] values = weights.length == 1 ? weights[0] : diagonal(weights, s.classNames().size());
        List<String> shown = s.kinds().stream().map(VotingBars::barName).toList();
        int count = values.length;
        double high = 0;
        double low = 0;
        for (double v : values) {
            high = Math.max(high, v);
            low = Math.min(low, v);
        }
        double span = Math.max(high - low, 1e-9);
        Domain bare = BarView.domain(count, low, high);
        Domain domain = new Domain(bare.xMin(), bare.xMax(), low - 0.22 * span, high + 0.75 * span);
        String legend = weights.length == 1 ? "on each member's P(" + s.classNames().get(1) + ")"
                : "mean weight on its own P(k)";
        view.change(() -> {
            view.setDomain(domain);
            view.setBars(count, k -> values[k], shown::get);
            view.setColors(k -> values[k] >= 0 ? MEMBER : ENSEMBLE);
            view.setValueLabels(k -> String.format(Locale.ROOT, "%.2f", values[k]));
            view.setOverlay(pen -> pen.caption(14, "Meta-learner weights", legend));
        });
    }

    /**
     * With K classes the meta-learner has a weight for every (class, member, class) triple; the bar of a
     * member is the mean over classes k of its weight on its own P(k) in class k's score: how far it trusts
     * that member's probabilities.
     */
    private static double[] diagonal(double[][] weights, int classes) {
        int members = weights[0].length / classes;
        double[] values = new double[members];
        for (int m = 0; m < members; m++) {
            for (int k = 0; k < classes; k++) {
                values[m] += weights[k][m * classes + k] / classes;
            }
        }
        return values;
    }

    /** A member's name under its bar, short enough for nine bars side by side (the thumbnails spell it out). */
    static String barName(VotingMember kind) {
        return switch (kind) {
            case LOGISTIC -> "LR";
            case NAIVE_BAYES -> "NB";
            case FOREST -> "RF";
            default -> kind.shortName();
        };
    }
}
