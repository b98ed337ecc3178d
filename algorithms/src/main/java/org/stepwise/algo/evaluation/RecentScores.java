package org.stepwise.algo.evaluation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.stepwise.data.Dataset;

/**
 * The held-out scores of the last few classifier fits, so that a run that differs from one before
 * only in its threshold or its notches (the learner let go of a dragged threshold, which starts a
 * new run) does not fit the classifier again: at 100,000 rows a logistic regression's fit held the
 * FX thread for half a second. A fit is the same when the data, the positive class, the held-out
 * share, the seed and the model are equal; the scores are immutable, so sharing them is
 * safe. A few entries, since the ROC lesson scores two models per run. Thread-safe: the panel and
 * the engine warm-up create runs on different threads.
 */
final class RecentScores {

    private static final int KEPT = 4;

    private record Fit(Dataset data, int positive, double testSize, long seed, String model) {
        boolean sameAs(Fit other) {
            // Equal data, the same object in the usual case (a threshold let go of on unsplit data).
            return (data == other.data || data.equals(other.data)) && positive == other.positive && testSize == other.testSize
                    && seed == other.seed && model.equals(other.model);
        }
    }

    private record Entry(Fit fit, ScoredRows scores) {
    }

    private static final Deque<Entry> RECENT = new ArrayDeque<>();

    private RecentScores() {
    }

    /** The scores of that fit: remembered, or made by {@code fitAndScore} and remembered. */
    static ScoredRows of(Dataset data, int positive, double testSize, long seed, String model,
                         Supplier<ScoredRows> fitAndScore) {
        Fit fit = new Fit(data, positive, testSize, seed, model);
        synchronized (RECENT) {
            for (Entry entry : RECENT) {
                if (entry.fit().sameAs(fit)) {
                    return entry.scores();
                }
            }
        }
        ScoredRows scores = fitAndScore.get();
        synchronized (RECENT) {
            RECENT.addFirst(new Entry(fit, scores));
            while (RECENT.size() > KEPT) {
                RECENT.removeLast();
            }
        }
        return scores;
    }
}
