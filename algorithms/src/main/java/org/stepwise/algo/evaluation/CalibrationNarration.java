package org.stepwise.algo.evaluation;

import java.util.Locale;

/** One sentence on a calibration step, with the step's numbers. */
final class CalibrationNarration {

    private CalibrationNarration() {
    }

    static String of(CalibrationSnapshot s) {
        return switch (s.stage()) {
            case SCORED -> String.format(Locale.ROOT, "%s scored the %d held-out rows (%d of them '%s'): Brier score"
                            + " %s, log loss %s. Next, %d %s bins of P('%s').", capital(s.modelName()),
                    s.scores().length, s.positives(), s.positiveName(), f(s.raw().brierScore()), f(s.raw().logLoss()),
                    s.nBins(), s.strategy().name().toLowerCase(Locale.ROOT), s.positiveName());
            case BINNED -> binned(s);
            case SIGMOID -> sigmoid(s.sigmoid().orElseThrow());
            case ISOTONIC -> isotonic(s.isotonic().orElseThrow());
            case DONE -> done(s);
        };
    }

    private static String binned(CalibrationSnapshot s) {
        CalibrationCurve c = s.raw().curve();
        int b = s.binsShown() - 1;
        double predicted = c.probPred()[b];
        double observed = c.probTrue()[b];
        String verdict = Math.abs(predicted - observed) < 0.05 ? "close to calibrated"
                : predicted > observed == predicted > 0.5 ? "over-confident" : "under-confident";
        String rows = c.counts()[b] == 1 ? "its one row predicts %s and %s of it is"
                : "its " + c.counts()[b] + " rows predict %s on average and %s of them are";
        return String.format(Locale.ROOT, "Bin %d of %d: " + rows + " '%s' (%s).", b + 1, c.counts().length,
                f(predicted), f(observed), s.positiveName(), verdict);
    }

    private static String sigmoid(SigmoidState p) {
        if (p.result().isPresent()) {
            Calibrated c = p.result().get();
            return String.format(Locale.ROOT, "Platt scaling has converged after %d Newton steps: p = 1/(1 + exp(%s·s %s))."
                            + " Brier score %s, log loss %s.", p.iterations(), f(p.a()), signed(p.b()),
                    f(c.brierScore()), f(c.logLoss()));
        }
        return String.format(Locale.ROOT, "Newton step %d of Platt scaling: A = %s, B = %s, loss against Platt's"
                + " smoothed targets %s.", p.iterations(), f(p.a()), f(p.b()), f(p.loss()));
    }

    private static String isotonic(IsotonicState iso) {
        if (iso.result().isPresent()) {
            Calibrated c = iso.result().get();
            return String.format(Locale.ROOT, "Isotonic regression is non-decreasing after %d poolings. Brier score %s,"
                    + " log loss %s.", iso.poolings(), f(c.brierScore()), f(c.logLoss()));
        }
        int[] block = iso.lastBlock();
        return String.format(Locale.ROOT, "Pooling %d: the scores from %s to %s broke the order and now share"
                        + " their mean label %s.", iso.poolings(), f(iso.scores()[block[0]]), f(iso.scores()[block[1]]),
                f(iso.fitted()[block[0]]));
    }

    private static String done(CalibrationSnapshot s) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Calibrated: Brier score %s before",
                f(s.raw().brierScore())));
        s.sigmoid().flatMap(SigmoidState::result).ifPresent(c -> text.append(", ").append(f(c.brierScore()))
                .append(" after Platt scaling"));
        s.isotonic().flatMap(IsotonicState::result).ifPresent(c -> text.append(", ").append(f(c.brierScore()))
                .append(" after isotonic regression"));
        text.append(String.format(Locale.ROOT, " (log loss %s before); both fitted and measured on the same rows.",
                f(s.raw().logLoss())));
        return text.toString();
    }

    private static String capital(String name) { return Character.toUpperCase(name.charAt(0)) + name.substring(1); }

    private static String signed(double value) { return (value < 0 ? "− " : "+ ") + f(Math.abs(value)); }

    private static String f(double value) { return ConfusionMatrixNarration.format(value); }
}
