package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.LeakagePipelines;
import org.stepwise.algo.evaluation.SplitsLeakageSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.BarView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;

/**
 * The two pipelines side by side as their stages (written over the plot) and their scores as bars:
 * the leaky pipeline's mean cross-validated accuracy, the honest one's, and the honest pipeline's
 * accuracy on the test rows, each fold's score a ring on its bar, the bars still to come empty. The
 * optimistic gap between the leaky and the honest score is drawn as a bracket with its size, and
 * chance (the majority class's share) as a dashed line, so a score on noise is seen for what it is.
 */
final class PipelineScoreBars {

    /** The live chart's colours for the same scores (its series: honest, leaky, test). */
    static final Color LEAKY = ColorMaps.classColor(1);
    static final Color HONEST = ColorMaps.classColor(0);
    static final Color TEST = ColorMaps.classColor(2);
    private static final String[] NAMES = {"leaky CV", "honest CV", "test"};
    /** Room above 1 for the stages written over the bars, and under 0 for the bars' names. */
    private static final Domain DOMAIN = new Domain(0.4, 3.6, -0.16, 1.55);

    private final BarView view = BarView.named();

    Node node() { return view; }

    BarView plot() { return view; }

    void setDark(boolean dark) { view.setDark(dark); }

    void show(SplitsLeakageSnapshot s, Dataset data) {
        double[] values = {mean(s.leakyScores()), mean(s.honestScores()), s.testScore()};
        int marked = switch (s.stage()) {
            case LEAKY -> 0;
            case HONEST -> 1;
            case TEST -> 2;
            default -> -1;
        };
        double chance = majorityShare(data);
        view.change(() -> {
            view.setAxisNames("pipeline", "accuracy");
            view.setDomain(DOMAIN);
            view.setBars(3, k -> Double.isNaN(values[k]) ? 0 : values[k], k -> NAMES[k]);
            view.setColors(k -> k == 0 ? LEAKY : k == 1 ? HONEST : TEST);
            // The values are written by the overlay, over the fold rings; an empty label here keeps
            // the bars' names under the zero line.
            view.setValueLabels(k -> "");
            view.setMarked(marked, 0);
            view.setOverlay(pen -> draw(pen, s, data, values, chance));
        });
    }

    private static void draw(OverlayPen pen, SplitsLeakageSnapshot s, Dataset data, double[] values, double chance) {
        Domain d = pen.transform().domain();
        pen.dashedSegment(d.xMin(), chance, d.xMax(), chance, pen.ink().deriveColor(0, 1, 1, 0.6), 2);
        dots(pen, s.leakyScores(), 1);
        dots(pen, s.honestScores(), 2);
        valueLabels(pen, values);
        if (!Double.isNaN(values[0]) && !Double.isNaN(values[1])) {
            double gap = values[0] - values[1];
            pen.segment(1.5, values[1], 1.5, values[0], pen.ink(), 3);
            pen.segment(1.42, values[0], 1.58, values[0], pen.ink(), 3);
            pen.segment(1.42, values[1], 1.58, values[1], pen.ink(), 3);
            pen.label(1.5, Math.max(values[0], values[1]) + 0.12, String.format(Locale.ROOT, "optimistic gap %+.2f",
                    gap), pen.ink(), 15);
        }
        // The chance line is named in the caption: a label on it would sit on a bar near chance.
        pen.caption(13, stages(s, data, chance));
    }

    /**
     * Each bar's value over its top, on a plate drawn after the fold rings: a ring just above the
     * mean would otherwise cross the number out.
     */
    private static void valueLabels(OverlayPen pen, double[] values) {
        org.stepwise.viz.view.PlotTransform t = pen.transform();
        pen.graphics().save();
        pen.graphics().setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        for (int k = 0; k < values.length; k++) {
            if (!Double.isNaN(values[k])) {
                // OverlayPen.label writes 8 px right of and above its point: centred over the bar, just above its top.
                double x = t.toDataX(t.toPixelX(k + 1) - 8 * pen.scale());
                double y = t.toDataY(t.toPixelY(values[k]) + 2 * pen.scale());
                pen.label(x, y, String.format(Locale.ROOT, "%.2f", values[k]), pen.ink(), 14);
            }
        }
        pen.graphics().restore();
    }

    /** The fold scores as rings spread across bar {@code x}. */
    private static void dots(OverlayPen pen, double[] scores, double x) {
        for (int f = 0; f < scores.length; f++) {
            double offset = scores.length == 1 ? 0 : -0.2 + 0.4 * f / (scores.length - 1);
            pen.ring(x + offset, scores[f], 4.5, pen.ink(), 2);
        }
    }

    /** The pipelines' stages in words, and the chance line's value. */
    private static String[] stages(SplitsLeakageSnapshot s, Dataset data, double chance) {
        String step = s.preprocessing() == LeakagePipelines.Step.SELECT
                ? String.format(Locale.ROOT, "keep %d", s.kept(data.featureCount()))
                : "scale";
        return new String[]{
            // Short: the app's panel gives the bars a third of its width.
            String.format(Locale.ROOT, "leaky: %s, then split", step),
            String.format(Locale.ROOT, "honest: split, %s per fold", step),
            String.format(Locale.ROOT, "test: once, on %d rows", s.testSplit().test().length),
            String.format(Locale.ROOT, "dashed: chance %.2f", chance)};
    }

    private static double mean(double[] scores) {
        double sum = 0;
        for (double v : scores) {
            sum += v;
        }
        return scores.length == 0 ? Double.NaN : sum / scores.length;
    }

    /** The share of the most frequent class: the accuracy of always guessing it. */
    private static double majorityShare(Dataset data) {
        int[] counts = new int[data.classCount()];
        int top = 0;
        for (int i = 0; i < data.size(); i++) {
            top = Math.max(top, ++counts[data.label(i)]);
        }
        return data.size() == 0 ? 0 : (double) top / data.size();
    }
}
