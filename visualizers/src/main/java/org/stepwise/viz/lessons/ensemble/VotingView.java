package org.stepwise.viz.lessons.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.ensemble.VotingSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.BoundaryThumbnails;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;
import org.stepwise.viz.view.TreeDiagramView;

/**
 * The combined boundary big; each member's own boundary as a thumbnail captioned with its training
 * accuracy (the member a step just fitted outlined); bars of the accuracies, or for stacking the
 * meta-learner's weights. Until the members are combined the plane shows the newest member alone.
 * With other than two features the plane and thumbnails give way to the bars.
 */
final class VotingView implements LessonView<VotingSnapshot>, EditablePoints, DraftDrawing {

    private final DecisionBoundaryView plane = new DecisionBoundaryView();
    private final VotingBars mainBars = new VotingBars();
    private final BoundaryThumbnails thumbnails = new BoundaryThumbnails();
    private final VotingBars bars = new VotingBars();
    private final StackPane plots = new StackPane(plane, mainBars.node());
    private final SecondaryViews pane = new SecondaryViews(plots, thumbnails, bars.node());
    private Dataset shownData;
    private ClassProbabilities drawnModel;
    private List<BoundaryThumbnails.Thumbnail> shownThumbnails = List.of();

    VotingView() {
        plane.setEditable(true);
        thumbnails.setHighlight(TreeDiagramView.HIGHLIGHT);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(VotingSnapshot s, Dataset data) {
        boolean onPlane = data.featureCount() == 2;
        plane.setVisible(onPlane);
        thumbnails.setVisible(onPlane && s.fittedCount() > 0);
        bars.node().setVisible(onPlane && s.fittedCount() > 0);
        mainBars.node().setVisible(!onPlane && s.fittedCount() > 0);
        if (onPlane) {
            showPlane(s, data);
            showThumbnails(s);
            bars.show(s);
        } else {
            mainBars.show(s);
        }
        shownData = data;
    }

    private void showPlane(VotingSnapshot s, Dataset data) {
        ClassProbabilities model = s.ensemble() != null ? s.ensemble()
                : s.fittedCount() > 0 ? s.member(s.fittedCount() - 1).grid() : null;
        String caption = caption(s);
        plane.change(() -> {
            if (data != shownData) {
                plane.setData(data);
            }
            if (model != drawnModel) {
                drawnModel = model;
                plane.setModel(model);
            }
            plane.setOverlay(caption.isEmpty() ? null : pen -> pen.caption(16, caption));
        });
    }

    /** What the big boundary is: "soft vote: 94.0%", or "k-NN alone: 91.0%" before the combination. */
    static String caption(VotingSnapshot s) {
        if (s.ensemble() != null) {
            String how = switch (s.voting()) {
                case HARD -> "hard vote";
                case SOFT -> "soft vote";
                case STACKING -> "stacked";
            };
            return String.format(Locale.ROOT, "%s of %d: %.1f%%", how, s.kinds().size(), 100 * s.accuracy());
        }
        if (s.fittedCount() == 0) {
            return "";
        }
        int m = s.fittedCount() - 1;
        return String.format(Locale.ROOT, "%s alone: %.1f%%", s.kinds().get(m).shortName(), 100 * s.memberAccuracy(m));
    }

    private void showThumbnails(VotingSnapshot s) {
        List<BoundaryThumbnails.Thumbnail> members = new ArrayList<>();
        for (int i = 0; i < s.fittedCount(); i++) {
            members.add(new BoundaryThumbnails.Thumbnail(s.member(i).grid(), String.format(Locale.ROOT, "%s%n%.1f%%",
                    s.kinds().get(i).shortName(), 100 * s.memberAccuracy(i)),
                    s.justFittedMember() && i == s.fittedCount() - 1));
        }
        shownThumbnails = List.copyOf(members);
        if (!members.isEmpty()) {
            thumbnails.setThumbnails("each member alone", plane.domain(), members);
        }
    }

    @Override
    public void setDark(boolean dark) {
        plane.setDark(dark);
        thumbnails.setDark(dark);
        mainBars.node().setDark(dark);
        bars.node().setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) {
        plane.setPointEditListener(listener);
    }

    /** While the lesson plays fast the regions are a quarter-size draft, painted off the FX thread. */
    @Override
    public void setDraft(boolean draft) { plane.setDraft(draft); }

    DecisionBoundaryView plane() { return plane; }

    BoundaryThumbnails thumbnails() { return thumbnails; }

    VotingBars bars() { return bars; }

    /** The thumbnails last shown, with which is outlined; for tests. */
    List<BoundaryThumbnails.Thumbnail> shownThumbnails() { return shownThumbnails; }

    /** The model the big plane draws; for tests. */
    ClassProbabilities drawnModel() { return drawnModel; }
}
