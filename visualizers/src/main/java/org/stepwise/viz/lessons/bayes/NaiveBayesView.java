package org.stepwise.viz.lessons.bayes;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.stepwise.algo.bayes.NaiveBayesSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.PointEditListener;

/**
 * The fitted Gaussians over the training points: each fitted class's 1σ and 2σ ellipses in its
 * colour (thicker for the class the step just fitted), its mean as a cross labelled with its
 * prior; after the last step the posterior's shading under them, and the least certain training
 * point ringed with its posterior as bars ({@link PosteriorBars}).
 */
final class NaiveBayesView implements LessonView<NaiveBayesSnapshot>, EditablePoints, DraftDrawing {

    private final DecisionBoundaryView view = new DecisionBoundaryView();
    private Dataset shownData;
    private NaiveBayesSnapshot shown;

    NaiveBayesView() {
        view.setEditable(true);
        view.setOverlay(this::drawGaussians);
    }

    @Override
    public Node node() { return view; }

    @Override
    public void show(NaiveBayesSnapshot snapshot, Dataset data) {
        shown = snapshot.featureCount() == 2 ? snapshot : null;
        if (data != shownData) {
            shownData = data;
            view.setData(data);
        }
        view.setModel(shown != null && shown.hasPosterior() ? shown : null);
        view.setOverlay(this::drawGaussians);
    }

    private void drawGaussians(OverlayPen pen) {
        NaiveBayesSnapshot s = shown;
        if (s == null) {
            return;
        }
        for (int k = 0; k < s.classCount(); k++) {
            if (!s.isFitted(k)) {
                continue;
            }
            Color color = ColorMaps.classColor(k);
            boolean fresh = k == s.lastFittedClass();
            double mx = s.mean(k, 0);
            double my = s.mean(k, 1);
            double sxx = s.covariance(k, 0, 0);
            double sxy = s.covariance(k, 0, 1);
            double syy = s.covariance(k, 1, 1);
            if (Double.isFinite(sxx) && Double.isFinite(sxy) && Double.isFinite(syy)) {
                // An ink halo under the class colour: over the class's own shading the colour alone would vanish.
                double one = fresh ? 5 : 3.5;
                double two = fresh ? 3 : 2;
                pen.ellipse(mx, my, sxx, sxy, syy, 1, halo(pen), one + 3);
                pen.ellipse(mx, my, sxx, sxy, syy, 1, color, one);
                pen.ellipse(mx, my, sxx, sxy, syy, 2, halo(pen), two + 2.5);
                pen.ellipse(mx, my, sxx, sxy, syy, 2, color, two);
            }
            pen.cross(mx, my, 22, pen.ink(), 7);
            pen.cross(mx, my, 22, color, 3.5);
            // The prior beside the mean, clear of the cross's arms.
            PlotTransform t = pen.transform();
            double lx = t.toDataX(t.toPixelX(mx) + 8 * pen.scale());
            double ly = t.toDataY(t.toPixelY(my) - 6 * pen.scale());
            pen.label(lx, ly, String.format(Locale.ROOT, "π = %.2f", s.prior(k)), pen.ink(), 16);
        }
        int probe = s.probeRow();
        if (s.hasPosterior() && probe >= 0 && shownData != null && probe < shownData.size()) {
            double px = shownData.feature(probe, 0);
            double py = shownData.feature(probe, 1);
            pen.ring(px, py, 13, pen.ink(), 3);
            PosteriorBars.draw(pen, px, py, s);
        }
    }

    /**
     * The mean log-likelihood of the fitted classes' points, from the first step (accuracy and log
     * loss exist only at the last step, a single point the chart's lines would not show).
     */
    @Override
    public List<String> chartedMetrics() { return List.of("log_likelihood"); }

    @Override
    public String metricLabel(String metric) {
        return metric.equals("log_likelihood") ? "mean log-likelihood of the fitted classes' points" : metric;
    }

    /** The ink, a little transparent: dark under the light theme's lines, light under the dark theme's. */
    private static Color halo(OverlayPen pen) {
        return pen.ink().deriveColor(0, 1, 1, 0.75);
    }

    @Override
    public void setDark(boolean dark) {
        view.setInk(dark ? Color.rgb(230, 237, 243) : Color.rgb(40, 40, 40));
        view.setPaper(dark ? DecisionBoundaryView.DARK_PAPER : DecisionBoundaryView.LIGHT_PAPER);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) { view.setPointEditListener(listener); }

    @Override
    public void setDraft(boolean draft) { view.setDraft(draft); }

    /** The underlying view, for tests. */
    DecisionBoundaryView boundaryView() { return view; }
}
