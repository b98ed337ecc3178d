package org.stepwise.algo.evaluation;

import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * One stage of a calibration run, under scikit-learn's names: the raw probabilities'
 * {@code brier_score} and {@code log_loss} and their reliability curve {@code prob_true},
 * {@code prob_pred} (as {@code calibration_curve} names them; {@code bin_counts} the rows of each
 * non-empty bin); Platt scaling's {@code a} and {@code b} ({@code _SigmoidCalibration.a_, b_}) and
 * Newton steps {@code sigmoid_n_iter}; isotonic regression's {@code isotonic_poolings}; and, once
 * each calibrator has finished, its rows' {@code sigmoid_brier_score}, {@code sigmoid_log_loss},
 * {@code sigmoid_prob_true}, {@code sigmoid_prob_pred} (and the same with {@code isotonic_}), and
 * isotonic regression's {@code x_thresholds}, {@code y_thresholds} ({@code X_thresholds_},
 * {@code y_thresholds_}). Immutable.
 */
public final class CalibrationSnapshot implements Snapshot {

    private static final Scalars<CalibrationSnapshot> SCALARS = Scalars.<CalibrationSnapshot>builder()
            .scalar("brier_score", s -> s.raw().brierScore())
            .scalar("log_loss", s -> s.raw().logLoss())
            .count("n_scored", s -> s.inputs.scores().length)
            .count("bins_filled", CalibrationSnapshot::binsShown)
            .scalarWhileDefined("a", s -> s.sigmoidValue(SigmoidState::a))
            .scalarWhileDefined("b", s -> s.sigmoidValue(SigmoidState::b))
            .countWhileDefined("sigmoid_n_iter", s -> s.sigmoidValue(SigmoidState::iterations))
            .scalarWhileDefined("sigmoid_brier_score", s -> s.after(s.sigmoid().flatMap(SigmoidState::result),
                    Calibrated::brierScore))
            .scalarWhileDefined("sigmoid_log_loss", s -> s.after(s.sigmoid().flatMap(SigmoidState::result),
                    Calibrated::logLoss))
            .countWhileDefined("isotonic_poolings", s -> s.isotonic == null ? Double.NaN : s.isotonic.poolings())
            .scalarWhileDefined("isotonic_brier_score", s -> s.after(s.isotonic().flatMap(IsotonicState::result),
                    Calibrated::brierScore))
            .scalarWhileDefined("isotonic_log_loss", s -> s.after(s.isotonic().flatMap(IsotonicState::result),
                    Calibrated::logLoss))
            .build();

    private final int step;
    private final StepResult status;
    private final CalibrationStage stage;
    private final CalibrationInputs inputs;
    private final int binsShown;
    private final SigmoidState sigmoid;
    private final IsotonicState isotonic;

    CalibrationSnapshot(int step, StepResult status, CalibrationStage stage, CalibrationInputs inputs, int binsShown,
                        SigmoidState sigmoid, IsotonicState isotonic) {
        this.step = step;
        this.status = status;
        this.stage = stage;
        this.inputs = inputs;
        this.binsShown = binsShown;
        this.sigmoid = sigmoid;
        this.isotonic = isotonic;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return CalibrationNarration.of(this); }

    /** What this step did. */
    public CalibrationStage stage() { return stage; }

    /** The raw probabilities of the positive class, measured. */
    public Calibrated raw() { return inputs.raw(); }

    /** The held-out rows' probabilities of the positive class (not to be modified). */
    public double[] scores() { return inputs.scores(); }

    /** Whether each held-out row is of the positive class, 1 or 0 (not to be modified). */
    public int[] labels() { return inputs.labels(); }

    /** How many of the reliability curve's non-empty bins are filled so far. */
    public int binsShown() { return binsShown; }

    public int nBins() { return inputs.nBins(); }

    public Calibration.Strategy strategy() { return inputs.strategy(); }

    /** The classifier's name in a sentence or legend ("naive Bayes"). */
    public String modelName() { return inputs.modelName(); }

    public String positiveName() { return inputs.positiveName(); }

    public int positives() { return inputs.positives(); }

    /** Platt scaling's state, when the lesson fits it. */
    public Optional<SigmoidState> sigmoid() { return Optional.ofNullable(sigmoid); }

    /** Isotonic regression's state, when the lesson fits it. */
    public Optional<IsotonicState> isotonic() { return Optional.ofNullable(isotonic); }

    private double sigmoidValue(ToDoubleFunction<SigmoidState> value) {
        return sigmoid == null ? Double.NaN : value.applyAsDouble(sigmoid);
    }

    private double after(Optional<Calibrated> result, ToDoubleFunction<Calibrated> value) {
        return result.map(value::applyAsDouble).orElse(Double.NaN);
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder b = SCALARS.addTo(Metrics.builder(), this);
        CalibrationCurve curve = raw().curve();
        b.vector("prob_true", curve.probTrue()).vector("prob_pred", curve.probPred()).vector("bin_counts", counts(curve));
        sigmoid().flatMap(SigmoidState::result).ifPresent(c -> curveOf(b, "sigmoid_", c));
        isotonic().flatMap(IsotonicState::result).ifPresent(c -> {
            curveOf(b, "isotonic_", c);
            IsotonicState iso = isotonic;
            double[][] thresholds = IsotonicCalibration.thresholds(iso.scores(), iso.fitted());
            b.vector("x_thresholds", thresholds[0]).vector("y_thresholds", thresholds[1]);
        });
        return b.build();
    }

    private static void curveOf(Metrics.Builder b, String prefix, Calibrated c) {
        b.vector(prefix + "prob_true", c.curve().probTrue()).vector(prefix + "prob_pred", c.curve().probPred());
    }

    private static double[] counts(CalibrationCurve curve) {
        double[] out = new double[curve.counts().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = curve.counts()[i];
        }
        return out;
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }
}
