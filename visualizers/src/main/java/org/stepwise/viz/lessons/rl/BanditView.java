package org.stepwise.viz.lessons.rl;

import javafx.scene.Node;
import org.stepwise.algo.rl.BanditSnapshot;
import org.stepwise.algo.rl.PolicyKind;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.PlotGrid;

/** The bandit lesson's view: one {@link PolicyPanel} per policy playing, in a grid of equal plots. */
final class BanditView implements LessonView<BanditSnapshot> {

    private final PolicyPanel[] panels = PolicyKind.ALL.stream().map(PolicyPanel::new).toArray(PolicyPanel[]::new);
    private final PlotGrid grid = new PlotGrid(java.util.Arrays.stream(panels).map(PolicyPanel::node)
            .toArray(Node[]::new));

    @Override
    public Node node() { return grid; }

    @Override
    public void show(BanditSnapshot snapshot, Dataset data) {
        for (PolicyPanel panel : panels) {
            panel.show(snapshot);
        }
    }

    @Override
    public void setDark(boolean dark) {
        for (PolicyPanel panel : panels) {
            panel.setDark(dark);
        }
    }

    /** The panel of a policy (shown or not). */
    PolicyPanel panel(PolicyKind kind) { return panels[kind.ordinal()]; }

    @Override
    public void drawNow() {
        for (PolicyPanel panel : panels) {
            panel.node().drawNow();
        }
    }
}
