package org.stepwise.algo.ensemble;

import java.util.Locale;

/**
 * The sentences of a voting step: "Fitted k-NN on all 200 points: training accuracy 94.5%; next,
 * the decision tree" or "Soft vote of 3 members (the mean of their probabilities): training accuracy
 * 97.0%, the best member alone 100.0% (tree)".
 */
final class VotingNarration {

    private VotingNarration() {
    }

    static String of(VotingSnapshot s) {
        if (s.step() == 0) {
            return "";
        }
        if (s.status().status() == org.stepwise.algo.StepResult.Status.STOPPED) {
            return s.status().reason();
        }
        if (!s.status().isFinal() || s.ensemble() == null) {
            return member(s);
        }
        return combination(s);
    }

    private static String member(VotingSnapshot s) {
        int m = s.fittedCount() - 1;
        StringBuilder text = new StringBuilder(160);
        text.append("Fitted ").append(s.kinds().get(m).shortName()).append(String.format(Locale.ROOT,
                ": training accuracy %.1f%%", 100 * s.memberAccuracy(m)));
        if (s.voting() == VotingEnsemble.Voting.STACKING) {
            text.append(", and its out-of-fold probabilities from ").append(s.folds())
                    .append(" stratified folds (each row predicted by a fit that never saw it)");
        }
        if (m + 1 < s.kinds().size()) {
            text.append("; next, ").append(s.kinds().get(m + 1).shortName());
        } else {
            text.append("; next, the combination");
        }
        return text.toString();
    }

    /** The combination in few words, for a narrow narration box: "Hard vote: 90.5% (best alone: tree, 100.0%)". */
    static String brief(VotingSnapshot s) {
        if (s.ensemble() == null) {
            return of(s);
        }
        String how = switch (s.voting()) {
            case HARD -> "Hard vote";
            case SOFT -> "Soft vote";
            case STACKING -> "Stacked";
        };
        int best = best(s);
        return how + String.format(Locale.ROOT, ": %.1f%% (best alone: %s, %.1f%%)", 100 * s.accuracy(),
                s.kinds().get(best).shortName(), 100 * s.memberAccuracy(best));
    }

    private static int best(VotingSnapshot s) {
        int best = 0;
        for (int i = 1; i < s.kinds().size(); i++) {
            if (s.memberAccuracy(i) > s.memberAccuracy(best)) {
                best = i;
            }
        }
        return best;
    }

    private static String combination(VotingSnapshot s) {
        int members = s.kinds().size();
        String how = switch (s.voting()) {
            case HARD -> "Hard vote of " + members + " members (each predicts a class; the most votes win, a tie"
                    + " to the lowest class)";
            case SOFT -> "Soft vote of " + members + " members (the mean of their probabilities)";
            case STACKING -> "Logistic meta-learner fitted on the " + members + " members' out-of-fold probabilities";
        };
        int best = best(s);
        return how + String.format(Locale.ROOT, ": training accuracy %.1f%%, the best member alone %.1f%% (%s)",
                100 * s.accuracy(), 100 * s.memberAccuracy(best), s.kinds().get(best).shortName());
    }
}
