package org.stepwise.viz.lessons.neural;

import javafx.scene.Node;
import org.stepwise.algo.neural.backprop.BackpropSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.NetworkValuesView;

/**
 * The backprop panel: the network with every number computed so far written on it (z, a, δ in
 * the nodes, weights and their gradients on the edges), the node just computed outlined, and the
 * chain rule of the highlighted (or clicked) weight with its numbers beneath.
 */
final class BackpropView implements LessonView<BackpropSnapshot> {

    private final NetworkValuesView network = new NetworkValuesView();

    @Override
    public Node node() { return network; }

    @Override
    public void show(BackpropSnapshot snapshot, Dataset data) {
        network.setValues(new BackpropPicture(snapshot));
    }

    @Override
    public void setDark(boolean dark) { network.setDark(dark); }

    @Override
    public void drawNow() { network.draw(); }

    /** The view, for tests. */
    NetworkValuesView network() { return network; }
}
