package org.stepwise.viz.lessons.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.cluster.HierarchicalSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.PlotTransform;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hierarchical view: points stay grey until a merge takes them in, the run's cut colours the
 * nClusters clusters at the end, and a cut moved down the dendrogram splits them further.
 */
@ExtendWith(ApplicationExtension.class)
class HierarchicalViewTest {

    private final HierarchicalLesson lesson = new HierarchicalLesson();
    private final Dataset data = lesson.defaultData();
    private HierarchicalView view;

    @Start
    void start(Stage stage) {
        view = (HierarchicalView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 650));
        stage.show();
    }

    private HierarchicalSnapshot after(int steps) {
        Engine<HierarchicalSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    @Test
    void theRunsCutColoursItsClustersAndALowerCutSplitsThem() {
        HierarchicalSnapshot end = after(data.size());
        int[] atRunsCut = HierarchicalView.colours(end, end.cutHeight());
        assertThat(IntStream.of(atRunsCut).distinct().count()).isEqualTo(3);
        for (int i = 0; i < data.size(); i++) {
            for (int k = 0; k < data.size(); k++) {
                assertThat(atRunsCut[i] == atRunsCut[k]).isEqualTo(end.label(i) == end.label(k));
            }
        }
        int[] lower = HierarchicalView.colours(end, end.height(data.size() - 6));
        assertThat(IntStream.of(lower).distinct().count()).isGreaterThan(3);
    }

    @Test
    void aPointIsGreyUntilAMergeTakesItIn() {
        HierarchicalSnapshot later = after(12);
        int[] colours = HierarchicalView.colours(later, Double.POSITIVE_INFINITY);
        int last = later.lastMerge();
        java.util.Set<Integer> ringed = new java.util.HashSet<>();
        IntStream.concat(IntStream.of(later.members(later.left(last))), IntStream.of(later.members(later.right(last))))
                .forEach(ringed::add);
        // A merged point away from the last merge's rings, with no other point's mark over its centre.
        int row = -1;
        double apart = 0;
        for (int i = 0; i < data.size(); i++) {
            if (colours[i] < 0 || ringed.contains(i)) {
                continue;
            }
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < data.size(); j++) {
                nearest = j == i ? nearest : Math.min(nearest, Math.hypot(data.feature(i, 0) - data.feature(j, 0),
                        data.feature(i, 1) - data.feature(j, 1)));
            }
            if (nearest > apart) {
                apart = nearest;
                row = i;
            }
        }
        int merged = row;
        assertThat(merged).as("a merged point").isNotNegative();
        WritableImage before = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(after(0), data);
            view.plot().drawNow();
            return view.plot().snapshot(null, null);
        });
        WritableImage after = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(later, data);
            view.plot().drawNow();
            return view.plot().snapshot(null, null);
        });
        PlotTransform t = view.plot().transform();
        int x = (int) Math.round(t.toPixelX(data.feature(merged, 0)));
        int y = (int) Math.round(t.toPixelY(data.feature(merged, 1)));
        int colour = ColorMaps.classArgb(colours[merged]);
        assertThat(before.getPixelReader().getArgb(x, y)).as("alone: not a cluster's colour").isNotEqualTo(colour);
        assertThat(after.getPixelReader().getArgb(x, y)).as("merged: its cluster's colour").isEqualTo(colour);
        assertThat(view.dendrogram().view().treeLayout().leafCount()).isEqualTo(data.size());
    }
}
