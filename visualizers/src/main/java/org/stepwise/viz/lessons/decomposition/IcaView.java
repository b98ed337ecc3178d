package org.stepwise.viz.lessons.decomposition;

import javafx.scene.Node;
import org.stepwise.algo.decomposition.IcaSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.SecondaryViews;

/**
 * The stacked signals ({@link IcaSignalsPlot}) and beside them the whitened mixtures with the
 * unmixing directions ({@link IcaWhitenedPlot}) over the estimates' scatter
 * ({@link IcaEstimatesPlot}).
 */
final class IcaView implements LessonView<IcaSnapshot> {

    private final IcaSignalsPlot signals = new IcaSignalsPlot();
    private final IcaWhitenedPlot whitened = new IcaWhitenedPlot();
    private final IcaEstimatesPlot estimates = new IcaEstimatesPlot();
    private final SecondaryViews pane = new SecondaryViews(signals.node(), whitened.node(), estimates.node());

    IcaView() {
        pane.setSideShare(0.32);
        setDark(false);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(IcaSnapshot snapshot, Dataset data) {
        signals.show(snapshot, data);
        whitened.show(snapshot);
        estimates.show(snapshot);
    }

    @Override
    public void setDark(boolean dark) {
        signals.setDark(dark);
        whitened.setDark(dark);
        estimates.setDark(dark);
    }
}
