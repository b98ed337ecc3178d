package org.stepwise.algo.ensemble;

import java.util.Locale;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.tree.DecisionTree;

/** The random-forest lesson's sentence for a step, with its numbers. */
final class ForestNarration {

    private ForestNarration() {
    }

    static String of(RandomForestSnapshot s) {
        int trees = s.forest().treeCount();
        return switch (s.event()) {
            case NONE -> "";
            case DRAWN -> {
                int distinct = s.inBagRows();
                yield String.format(Locale.ROOT, "Tree %d's bootstrap sample: %d draws with replacement hit %d of"
                        + " the %d points (%.0f%%); the %d left out are its out-of-bag points.", trees + 1, s.rows(),
                        distinct, s.rows(), 100.0 * distinct / s.rows(), s.rows() - distinct);
            }
            case GROWN -> grown(s, trees);
        };
    }

    private static String grown(RandomForestSnapshot s, int trees) {
        DecisionTree tree = s.newest();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Tree %d grew %d leaves (depth %d), each split choosing among %d of the %d features. The forest of"
                        + " %d: training accuracy %.1f%%", trees, tree.leafCount(), tree.maxDepth(), s.maxFeatures(),
                tree.featureCount(), trees, 100 * s.accuracy()));
        if (s.bootstrap()) {
            if (s.oobRows() == 0) {
                text.append(", no out-of-bag estimate yet (every point was drawn into every sample)");
            } else if (s.oobRows() < s.rows()) {
                text.append(String.format(Locale.ROOT, ", out of bag %.1f%% (%d of %d points have a vote)",
                        100 * s.oobScore(), s.oobRows(), s.rows()));
            } else {
                text.append(String.format(Locale.ROOT, ", out of bag %.1f%%", 100 * s.oobScore()));
            }
        }
        text.append('.');
        if (s.status() == StepResult.CONVERGED && s.bootstrap() && s.oobRows() < s.rows()) {
            text.append(String.format(Locale.ROOT, " %d points were drawn into every tree's sample, so they have no"
                    + " out-of-bag estimate: the data is too small (or the trees too few) for a full one; scikit-learn"
                    + " would count them as class 0 and warn.", s.rows() - s.oobRows()));
        }
        return text.toString();
    }
}
