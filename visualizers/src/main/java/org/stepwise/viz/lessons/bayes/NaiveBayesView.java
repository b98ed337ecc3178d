package org.stepwise.viz.lessons.bayes;

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
 * prior; after the last step the posterior's shading under them, and a point's posterior as bars
 * ({@link PosteriorBars}): the place under the pointer, or while the pointer is away the least
 * certain training point, ringed.
 */
final class NaiveBayesView implements LessonView<NaiveBayesSnapshot>, EditablePoints, DraftDrawing {

    private final DecisionBoundaryView view = new DecisionBoundaryView();
    private Dataset shownData;
    private NaiveBayesSnapshot shown;
    /** Where the pointer is over the plot (NaN when it is not), and the posterior there. */
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;
    private final double[] pointerXs = new double[1];
    private final double[] pointerYs = new double[1];
    private double[] pointed = new double[0];
    private double[] probe = new double[0];

    NaiveBayesView() {
        view.setEditable(true);
        view.setOverlay(this::drawGaussians);
        view.setPointerListener(this::pointAt);
    }

    /**
     * The pointer moved to (x, y) (NaN when it left the plot): once the posterior is formed, the
     * bars show the posterior there instead of at the least certain point.
     */
    void pointAt(double x, double y, int row) {
        boolean onPoint = row >= 0 && shownData != null && row < shownData.size();
        pointerX = onPoint ? shownData.feature(row, 0) : x;
        pointerY = onPoint ? shownData.feature(row, 1) : y;
        if (shown != null && shown.hasPosterior()) {
            view.setOverlay(this::drawGaussians);
        }
    }

    @Override
    public Node node() { return view; }

    @Override
    public void show(NaiveBayesSnapshot snapshot, Dataset data) {
        shown = snapshot.featureCount() == 2 ? snapshot : null;
        if (data != shownData) {
            shownData = data;
            pointerX = Double.NaN;
            pointerY = Double.NaN;
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
        if (!s.hasPosterior()) {
            return;
        }
        int k = s.classCount();
        if (pointed.length < k) {
            pointed = new double[k];
            probe = new double[k];
        }
        if (!Double.isNaN(pointerX)) {
            // The posterior where the pointer is, below and left of it (the hover readout is above and right).
            pointerXs[0] = pointerX;
            pointerYs[0] = pointerY;
            s.predictProbabilities(pointerXs, pointerYs, 1, pointed);
            pen.ring(pointerX, pointerY, 13, pen.ink(), 3);
            PosteriorBars.draw(pen, pointerX, pointerY, pointed, s, "P(k | here)", true);
            return;
        }
        // The engine counts training rows; the view draws every row, held-out ones among them.
        int row = shownData != null && s.probeRow() >= 0 && s.probeRow() < shownData.size() - shownData.heldOutCount()
                ? shownData.trainingRow(s.probeRow()) : -1;
        if (row >= 0) {
            double px = shownData.feature(row, 0);
            double py = shownData.feature(row, 1);
            for (int j = 0; j < k; j++) {
                probe[j] = s.probeProbability(j);
            }
            pen.ring(px, py, 13, pen.ink(), 3);
            PosteriorBars.draw(pen, px, py, probe, s, "P(k | x)", false);
        }
    }

    /** The posterior the bars show for the pointed place, class k (tests). */
    double pointedProbability(int k) { return pointed[k]; }

    /** The ink, a little transparent: dark under the light theme's lines, light under the dark theme's. */
    private static Color halo(OverlayPen pen) {
        return pen.ink().deriveColor(0, 1, 1, 0.75);
    }

    @Override
    public void setDark(boolean dark) {
        view.setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) { view.setPointEditListener(listener); }

    @Override
    public void setDraft(boolean draft) { view.setDraft(draft); }

    /** The underlying view, for tests. */
    DecisionBoundaryView boundaryView() { return view; }
}
