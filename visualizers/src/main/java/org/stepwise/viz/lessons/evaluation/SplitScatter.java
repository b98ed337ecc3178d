package org.stepwise.viz.lessons.evaluation;

import java.util.Arrays;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.stepwise.algo.evaluation.KFold;
import org.stepwise.algo.evaluation.Split;
import org.stepwise.algo.evaluation.SplitsLeakageSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The data on its first two features, coloured and shaped by class, with the split drawn on it
 * once the test rows are drawn: the test rows hollow and ringed in vermillion (put aside until the
 * last stage), the first fold's validation rows ringed in ink (each fold takes its turn), the
 * other development rows, that fold's training rows, as they are.
 */
final class SplitScatter {

    /** The ring of a test row: vermillion, as the cross-validation lesson's validation rows. */
    static final Color TEST = ColorMaps.classColor(3);

    private final XYChartView view = new XYChartView();
    private Dataset shown;
    private boolean[] testMask;

    Node node() { return view; }

    XYChartView plot() { return view; }

    void setDark(boolean dark) { view.setDark(dark); }

    void show(SplitsLeakageSnapshot s, Dataset data) {
        boolean split = s.stage() != SplitsLeakageSnapshot.Stage.START;
        Split test = s.testSplit();
        view.change(() -> {
            if (data != shown) {
                shown = data;
                FoldScatter.showClasses(view, data);
                testMask = null; // the new rows take their mask below, whatever the last data's was
            }
            boolean[] mask = new boolean[data.size()];
            if (split) {
                for (int i : test.test()) {
                    mask[i] = true;
                }
            }
            if (!Arrays.equals(mask, testMask)) {
                testMask = mask;
                view.points().setHeldOut(mask);
                view.redraw();
            }
            view.setOverlay(pen -> draw(pen, s, data, split));
        });
    }

    private static void draw(OverlayPen pen, SplitsLeakageSnapshot s, Dataset data, boolean split) {
        if (!split) {
            pen.caption(13, String.format(Locale.ROOT, "%d rows, %d features", data.size(), data.featureCount()),
                    "next: a test set");
            return;
        }
        Split test = s.testSplit();
        int[] development = test.train();
        Split first = KFold.split(development.length, s.nSplits()).get(0);
        for (int p : first.test()) {
            int i = development[p];
            pen.ring(data.feature(i, 0), FoldScatter.y(data, i), 10, pen.ink(), 2);
        }
        for (int i : test.test()) {
            pen.ring(data.feature(i, 0), FoldScatter.y(data, i), 11, TEST, 3);
        }
        // Short: the app's panel gives the scatter under half of its width.
        pen.caption(13, String.format(Locale.ROOT, "test: %d, hollow, red", test.test().length),
                String.format(Locale.ROOT, "validation: %d (fold 1 of %d)", first.test().length, s.nSplits()),
                String.format(Locale.ROOT, "training: the other %d", first.train().length));
    }
}
