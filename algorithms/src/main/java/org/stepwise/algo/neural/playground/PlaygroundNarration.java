package org.stepwise.algo.neural.playground;

import java.util.Locale;
import org.stepwise.algo.StepResult;

/** The playground's sentences, with the epoch's real numbers. */
final class PlaygroundNarration {

    private PlaygroundNarration() {
    }

    static String full(PlaygroundSnapshot s) {
        String network = describe(s);
        if (s.step() == 0) {
            return s.status().isFinal() ? network + "." + ending(s)
                    : network + ", weights drawn at random (Glorot uniform); press step to train.";
        }
        if (s.midEpoch()) {
            return batchSentence(s) + " The epoch's loss and the stopping rule come after its last batch. " + network
                    + "." + ending(s);
        }
        int updates = (s.run().rows() + s.batchSize() - 1) / s.batchSize();
        String text = String.format(Locale.ROOT, "Epoch %d: %d updates of %s with η = %s over batches of %d; "
                        + "loss %s, %s of the training points right.", s.epoch(), updates, s.optimizer(),
                number(s.learningRate()), Math.min(s.batchSize(), s.run().rows()), number(s.loss()),
                percent(s.accuracy()));
        return text + " " + network + "." + ending(s);
    }

    static String brief(PlaygroundSnapshot s) {
        if (s.step() == 0) {
            return describe(s) + "." + ending(s);
        }
        if (s.midEpoch()) {
            return batchSentence(s) + ending(s);
        }
        return String.format(Locale.ROOT, "Epoch %d: loss %s, accuracy %s.", s.epoch(), number(s.loss()),
                percent(s.accuracy())) + ending(s);
    }

    /** "Epoch 6, batch 3 of 20: one update of SGD with η = 0.03; batch loss 0.41." */
    private static String batchSentence(PlaygroundSnapshot s) {
        return String.format(Locale.ROOT, "Epoch %d, batch %d of %d: one update of %s with η = %s; batch loss %s.",
                s.epoch() + 1, s.nextBatch() - 1, s.batchesPerEpoch(), s.optimizer(), number(s.learningRate()),
                number(s.batchLoss()));
    }

    private static String describe(PlaygroundSnapshot s) {
        int[] widths = s.widths();
        if (widths.length == 2) {
            return "No hidden layer: this network is a linear model (logistic regression on "
                    + String.join(", ", s.featureLabels()) + ")";
        }
        StringBuilder layers = new StringBuilder();
        for (int l = 1; l < widths.length - 1; l++) {
            layers.append(l > 1 ? "-" : "").append(widths[l]);
        }
        return "Hidden layers " + layers + " of " + s.activationLabel() + " neurons on "
                + String.join(", ", s.featureLabels());
    }

    private static String ending(PlaygroundSnapshot s) {
        if (s.status().status() == StepResult.Status.CONVERGED) {
            return String.format(Locale.ROOT, " The loss has not improved by more than %s for %d epochs: converged.",
                    number(PlaygroundParams.TOL), PlaygroundParams.N_ITER_NO_CHANGE + 1);
        }
        if (s.status().status() == StepResult.Status.STOPPED) {
            return " Stopped: " + s.status().reason() + ".";
        }
        return "";
    }

    static String number(double value) {
        return org.stepwise.algo.Digits.four(value);
    }

    private static String percent(double share) {
        return org.stepwise.algo.Digits.percent(share);
    }
}
