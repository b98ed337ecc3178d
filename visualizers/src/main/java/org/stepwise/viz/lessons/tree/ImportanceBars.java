package org.stepwise.viz.lessons.tree;

import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.viz.view.BarView;
import org.stepwise.viz.view.ColorMaps;

/**
 * Feature importances as bars named by feature under a title: the impurity importance of each
 * feature, and once there are permutation importances, each beside its feature's impurity bar in
 * a second colour. The axes run from 0 (a little below when a permutation importance is negative:
 * shuffling that feature helped by chance) to the largest, with room for the names and the title.
 */
final class ImportanceBars {

    static final Color IMPURITY = ColorMaps.classColor(0);
    static final Color PERMUTATION = ColorMaps.classColor(3);

    private final BarView view = BarView.named();

    BarView node() { return view; }

    /**
     * The impurity importances, and the permutation importances beside them (null for none yet),
     * under a title and a line saying what the colours are.
     */
    void show(double[] impurity, double[] permutation, List<String> names, String title, String legend) {
        int d = impurity.length;
        boolean paired = permutation != null;
        int count = paired ? 2 * d : d;
        double[] values = new double[count];
        double high = 0;
        double low = 0;
        for (int k = 0; k < count; k++) {
            values[k] = paired ? (k % 2 == 0 ? impurity[k / 2] : permutation[k / 2]) : impurity[k];
            high = Math.max(high, values[k]);
            low = Math.min(low, values[k]);
        }
        high = high > 0 ? high : 1;
        Domain bare = BarView.domain(count, low, high);
        double span = high - low;
        // Room under the zero line for the names and above the bars for the title.
        Domain domain = new Domain(bare.xMin(), bare.xMax(), low - 0.22 * span, high + 0.75 * span);
        view.change(() -> {
            view.setDomain(domain);
            view.setBars(count, k -> values[k], k -> !paired ? names.get(k) : k % 2 == 0 ? names.get(k / 2) : "");
            view.setColors(paired ? k -> k % 2 == 0 ? IMPURITY : PERMUTATION : null);
            view.setValueLabels(count <= 8 ? k -> String.format(Locale.ROOT, "%.2f", values[k]) : null);
            view.setOverlay(pen -> pen.caption(14, title, legend));
        });
    }
}
