package org.stepwise.algo.rl;

import java.util.Locale;

/**
 * What one step of the grid world did, in the learner's numbers: a sweep's largest change and what
 * policy iteration improved, or the action a learner took, where it led, what it paid and how
 * Q(s, a) moved. Cells are named by row and column from 1, as the layout's lines and columns.
 */
final class GridWorldNarration {

    private static final String[] MOVES = {"up", "right", "down", "left"};

    private GridWorldNarration() {
    }

    static String describe(GridWorldSnapshot s) {
        if (s.step() == 0) {
            return "";
        }
        return s.algorithm().planning() ? sweep(s) : action(s);
    }

    private static String sweep(GridWorldSnapshot s) {
        String start = "Sweep " + s.sweeps() + ": ";
        String change = "the largest change was " + number(s.lastChange());
        String tail = "; V(S) = " + number(s.value(s.layout().start()))
                + (s.model().startReachesTerminal() ? "." : " (no goal or pit can be reached from S: V sums the"
                        + " discounted step rewards for ever).");
        if (s.algorithm() == GridAlgorithm.VALUE_ITERATION) {
            return start + "every cell took its best action's backup max_a Σ p[r + γV(s')]; " + change
                    + (s.status().isFinal() ? ", below tol: V is the Bellman fixed point" : "") + tail;
        }
        String evaluating = s.changedActions() < 0 ? "evaluating " + (s.improvements() == 0
                ? "the first policy (a shortest way to a goal or pit)" : "the policy of improvement " + s.improvements())
                + ", " : "";
        String improved = s.changedActions() < 0 ? ""
                : s.changedActions() == 0 ? "; the values settled and no cell's best action changed: the policy is optimal"
                : "; the values settled, so the policy turned greedy: " + s.changedActions()
                        + (s.changedActions() == 1 ? " cell changed its action" : " cells changed their action");
        return start + evaluating + change + improved + tail;
    }

    private static String action(GridWorldSnapshot s) {
        LearningStep last = s.lastAction();
        GridLayout layout = s.layout();
        StringBuilder text = new StringBuilder("Episode ").append(s.episodes() + (last.episodeEnded ? 0 : 1))
                .append(": at ").append(cell(layout, last.state)).append(" went ").append(MOVES[last.action])
                .append(last.explored ? " (explored, chance ε)" : " (greedy)");
        if (last.outcome != 0) {
            text.append(", slipped ").append(MOVES[(last.action + (last.outcome == 1 ? 1 : 3)) % 4]);
        }
        text.append(", paid ").append(number(last.reward));
        text.append(layout.cell(last.next).terminal() ? ", ended on " : ", reached ").append(cell(layout, last.next));
        if (!Double.isNaN(last.target)) {
            text.append("; Q ").append(number(last.before)).append(" → ").append(number(last.after))
                    .append(" (target ").append(number(last.target)).append(')');
        }
        if (last.episodeEnded) {
            text.append(last.cutOff ? "; cut off after " + LearningEngine.MAX_EPISODE_STEPS + " actions"
                    : "; the episode ended").append(" with return ").append(number(s.lastReturn()));
            if (s.algorithm() == GridAlgorithm.MONTE_CARLO) {
                text.append(": every visit's Q moved to the average of the returns that followed it");
            }
        }
        return text.append('.').toString();
    }

    private static String cell(GridLayout layout, int index) {
        return "row " + (index / layout.columns() + 1) + ", column " + (index % layout.columns() + 1);
    }

    /** Three significant decimals, with small changes in scientific form and a typographic minus. */
    static String number(double value) {
        if (value != 0 && Math.abs(value) < 1e-3) {
            return String.format(Locale.ROOT, "%.1e", value).replace('-', '−');
        }
        String text = String.format(Locale.ROOT, "%.3f", value);
        return (text.equals("-0.000") ? "0.000" : text).replace('-', '−');
    }
}
