package org.stepwise.viz.lessons.decomposition;

import java.util.function.IntConsumer;
import javafx.scene.paint.Color;
import org.stepwise.algo.decomposition.PcaFit;
import org.stepwise.algo.decomposition.PcaSnapshot;
import org.stepwise.viz.view.BarView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;

/**
 * The scree: each found component's share of the variance as a bar (the newest outlined), the
 * cumulative share as a line over them, on a fixed 0 to 1 axis, and a dashed cut the learner
 * drags to choose how many components rebuild the images.
 */
final class ScreePicture {

    private static final Color CUMULATIVE = ColorMaps.classColor(3);

    private final BarView view = new BarView();
    private double[] ratio = new double[0];
    private double[] cumulative = new double[0];
    private int found;
    private int shownWanted = -1;

    ScreePicture(IntConsumer cutDragged) {
        view.setCutListener(cutDragged);
    }

    BarView node() { return view; }

    void show(PcaSnapshot snapshot, int cut) {
        PcaFit fit = snapshot.fit();
        int wanted = snapshot.wanted();
        found = snapshot.componentCount();
        if (ratio.length != wanted) {
            ratio = new double[wanted];
            cumulative = new double[wanted];
        }
        double sum = 0;
        for (int j = 0; j < found; j++) {
            ratio[j] = fit.explainedVarianceRatio(j);
            sum += ratio[j];
            cumulative[j] = sum;
        }
        view.change(() -> {
            if (wanted != shownWanted) {
                shownWanted = wanted;
                view.setDomain(BarView.domain(wanted, 0, 1));
                view.setAxisNames("component", "share of variance");
            }
            view.setBars(wanted, j -> j < found ? ratio[j] : 0, j -> wanted <= 12 ? "PC" + (j + 1) : "");
            view.setMarked(found - 1, 0);
            view.setLine(cumulative, found, CUMULATIVE);
            view.setCut(cut);
            view.setOverlay(pen -> caption(pen, cut));
        });
    }

    private void caption(OverlayPen pen, int cut) {
        double kept = cut > 0 ? cumulative[cut - 1] : 0;
        // Two short lines: a narrow scree (beside a wide projection) cut one long one off.
        pen.caption(14, String.format(java.util.Locale.ROOT, "keep %d: %.1f%%", cut, 100 * kept), "line: cumulative");
    }
}
