package org.stepwise.algo.neural.regularization;

import java.util.Locale;
import org.stepwise.algo.Digits;
import org.stepwise.algo.StepResult;

/** The lesson's sentences, with the epoch's real numbers. */
final class DeepRegularizationNarration {

    private DeepRegularizationNarration() {
    }

    static String full(DeepRegularizationSnapshot s) {
        String who = "Two identical networks from the same weights: one with " + s.technique().label()
                + " (" + s.strength() + "), one without";
        if (s.step() == 0) {
            return s.status().isFinal() ? who + "." + ending(s)
                    : who + ". Both train on " + s.trainRows() + " rows and are scored on " + s.validationRows()
                    + " validation rows; press step to train one epoch.";
        }
        String text = String.format(Locale.ROOT, "Epoch %d: %s training loss %s, validation loss %s; "
                        + "without it %s and %s.", s.step(), s.technique().label(), Digits.four(s.loss()),
                Digits.four(s.valLoss()), Digits.four(s.baselineLoss()), Digits.four(s.baselineValLoss()));
        return text + gap(s) + stopping(s) + ending(s);
    }

    static String brief(DeepRegularizationSnapshot s) {
        if (s.step() == 0) {
            String technique = s.technique().label();
            return Character.toUpperCase(technique.charAt(0)) + technique.substring(1) + " against no regularizer."
                    + ending(s);
        }
        return String.format(Locale.ROOT, "Epoch %d: validation loss %s with %s, %s without.", s.step(),
                Digits.four(s.valLoss()), s.technique().label(), Digits.four(s.baselineValLoss())) + ending(s);
    }

    /** How far each network's validation loss sits above its training loss: the overfitting gap. */
    private static String gap(DeepRegularizationSnapshot s) {
        double with = s.valLoss() - s.loss();
        double without = s.baselineValLoss() - s.baselineLoss();
        return String.format(Locale.ROOT, " Gap between validation and training: %s with, %s without.",
                Digits.four(with), Digits.four(without));
    }

    private static String stopping(DeepRegularizationSnapshot s) {
        if (s.technique() != Technique.EARLY_STOPPING) {
            return "";
        }
        if (s.stoppedAt() > 0) {
            return String.format(Locale.ROOT, " Early stopping ended training at epoch %d and kept the weights of "
                    + "epoch %d (validation accuracy %s).", s.stoppedAt(), s.bestEpoch(), Digits.percent(s.valAccuracy()));
        }
        return String.format(Locale.ROOT, " Best validation accuracy so far at epoch %d.", s.bestEpoch());
    }

    private static String ending(DeepRegularizationSnapshot s) {
        if (s.status().status() == StepResult.Status.CONVERGED) {
            return " Both networks have had their " + s.maxIter() + " epochs.";
        }
        if (s.status().status() == StepResult.Status.STOPPED) {
            return " Stopped: " + s.status().reason() + ".";
        }
        return "";
    }
}
