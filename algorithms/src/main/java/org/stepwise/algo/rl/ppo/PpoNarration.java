package org.stepwise.algo.rl.ppo;

import java.util.Locale;

/** The sentences of a PPO run, from the most detailed down to the briefest that fits. */
final class PpoNarration {

    private PpoNarration() {
    }

    static String describe(PpoSnapshot s, int characters) {
        String[] forms = switch (s.stage()) {
            case START -> new String[] {
                "Ready: the policy pushes left or right with probability about ½. Each collection plays "
                        + s.batchSize() + " cart-pole steps; then " + s.epochsPerBatch()
                        + " epochs of clipped updates (ε = " + number(s.clipEpsilon()) + ") in minibatches of "
                        + s.minibatchSize() + ".",
                "Ready: collect " + s.batchSize() + " steps, then " + s.epochsPerBatch() + " epochs (ε = "
                        + number(s.clipEpsilon()) + ")."};
            case COLLECT -> new String[] {
                "Batch " + s.batches() + ": played " + s.batchSize() + " steps with the current policy ("
                        + s.episodesThisBatch() + " episodes ended); GAE (γ = " + number(s.gamma()) + ", λ = "
                        + number(s.lambda()) + ") scored each action. Every ratio r starts at 1. " + mean(s) + end(s),
                "Batch " + s.batches() + ": " + s.batchSize() + " steps, " + s.episodesThisBatch()
                        + " episodes ended. " + mean(s) + end(s)};
            case EPOCH -> s.problem().isEmpty() ? new String[] {
                "Batch " + s.batches() + ", epoch " + s.epoch() + " of " + s.epochsPerBatch() + ": "
                        + percent(s.clipFraction()) + " of the ratios left [" + number(1 - s.clipEpsilon()) + ", "
                        + number(1 + s.clipEpsilon()) + "] (the flat, zero-gradient part where A pushes them "
                        + "further); approximate KL " + String.format(Locale.ROOT, "%.4f", s.approxKl()) + ". "
                        + mean(s) + end(s),
                "Batch " + s.batches() + ", epoch " + s.epoch() + ": clip fraction "
                        + String.format(Locale.ROOT, "%.2f", s.clipFraction()) + ", KL "
                        + String.format(Locale.ROOT, "%.4f", s.approxKl()) + "." + end(s)}
                    : new String[] {s.problem()};
        };
        for (String form : forms) {
            if (form.length() <= characters) {
                return form;
            }
        }
        return forms[forms.length - 1];
    }

    static String diverged(String why) {
        return "Stopped: " + why + ".";
    }

    static String budgetSpent(int batches, double mean) {
        return "the budget of " + batches + " batches is spent with a mean return of "
                + String.format(Locale.ROOT, "%.1f", mean) + " over the last 100 episodes (195 solves the task); "
                + "raise maxUpdates or try another seed";
    }

    private static String mean(PpoSnapshot s) {
        if (s.episodes() == 0) {
            return "No episode has ended yet.";
        }
        return String.format(Locale.ROOT, "Mean return of the last %d episodes: %.1f.",
                Math.min(s.episodes(), PpoEngine.WINDOW), s.meanReturnLast100());
    }

    private static String end(PpoSnapshot s) {
        if (s.status().equals(org.stepwise.algo.StepResult.CONVERGED)) {
            return " Solved: 195 or more over 100 episodes, after " + s.episodes() + " episodes.";
        }
        if (s.status().isFinal()) {
            return " Stopped: " + s.status().reason() + ".";
        }
        return "";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
