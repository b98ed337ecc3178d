package org.stepwise.algo.evaluation;

import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * A classifier's held-out probabilities calibrated one stage a step (curriculum T1.29): first the
 * reliability diagram is filled one non-empty bin a step ({@link Calibration#curve}, scikit-learn
 * 1.2.1's {@code calibration_curve}); then Platt scaling is fitted one Newton step a step
 * ({@link PlattScaling}, {@code _sigmoid_calibration}'s objective); then isotonic regression one
 * pooling of adjacent violators a step ({@link IsotonicCalibration},
 * {@code IsotonicRegression(out_of_bounds="clip")}); each calibrator's probabilities are measured
 * as it finishes. Both calibrators are fitted to the held-out rows and measured on them, as
 * {@code CalibratedClassifierCV(cv="prefit")} would be if it were scored on its calibration set.
 * The run ends, converged, when the last chosen calibrator has. A Newton step that cannot lower
 * Platt's loss stops the run with the reason.
 */
final class CalibrationEngine implements Engine<CalibrationSnapshot> {

    private final CalibrationInputs inputs;
    private final PlattScaling platt;
    private final IsotonicCalibration isotonic;
    private final double[] isotonicScores;

    private int step;
    private int binsShown;
    private CalibrationStage stage = CalibrationStage.SCORED;
    private StepResult status = StepResult.CONTINUE;
    private Calibrated sigmoid;
    private Calibrated isotonicResult;
    private CalibrationSnapshot snapshot;

    CalibrationEngine(CalibrationInputs inputs) {
        this.inputs = inputs;
        this.platt = inputs.method().sigmoid() ? new PlattScaling(inputs.scores(), inputs.labels()) : null;
        this.isotonic = inputs.method().isotonic() ? new IsotonicCalibration(inputs.scores(), inputs.labels()) : null;
        this.isotonicScores = isotonic == null ? null : isotonic.uniqueScores();
        snapshot = capture();
    }

    @Override
    public CalibrationSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        if (binsShown < inputs.raw().curve().counts().length) {
            binsShown++;
            stage = CalibrationStage.BINNED;
        } else if (platt != null && sigmoid == null) {
            stepSigmoid();
        } else {
            stepIsotonic();
        }
        if (!status.isFinal() && binsShown == inputs.raw().curve().counts().length
                && (platt == null || sigmoid != null) && (isotonic == null || isotonicResult != null)) {
            status = StepResult.CONVERGED;
        }
        snapshot = capture();
        return status;
    }

    private void stepSigmoid() {
        stage = CalibrationStage.SIGMOID;
        if (!platt.iterate() || platt.iterations() > PlattScaling.MOST_ITERATIONS) {
            status = StepResult.stopped(String.format(java.util.Locale.ROOT,
                    "Platt scaling cannot lower its loss further from A = %.4g, B = %.4g: the scores do not separate"
                            + " the classes in a way a sigmoid can fit.", platt.a(), platt.b()));
            return;
        }
        if (platt.converged()) {
            double[] probabilities = new double[inputs.scores().length];
            for (int i = 0; i < probabilities.length; i++) {
                probabilities[i] = platt.probability(inputs.scores()[i]);
            }
            sigmoid = inputs.measure(probabilities);
        }
    }

    private void stepIsotonic() {
        stage = CalibrationStage.ISOTONIC;
        if (!isotonic.poolOnce()) {
            isotonicResult = inputs.measure(isotonic.predict(inputs.scores()));
        }
    }

    private CalibrationSnapshot capture() {
        CalibrationStage shown = status == StepResult.CONVERGED ? CalibrationStage.DONE : stage;
        SigmoidState sigmoidState = platt == null ? null
                : new SigmoidState(platt.a(), platt.b(), platt.loss(), platt.iterations(), sigmoid);
        IsotonicState isotonicState = isotonic == null ? null
                : new IsotonicState(isotonicScores, isotonic.fittedValues(), isotonic.poolings(),
                        isotonic.lastPooledBlock(), isotonicResult);
        return new CalibrationSnapshot(step, status, shown, inputs, binsShown, sigmoidState, isotonicState);
    }
}
