package org.stepwise.algo.manifold;

import java.util.Arrays;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * t-SNE, one gradient iteration per step (van der Maaten &amp; Hinton 2008, "Visualizing Data using
 * t-SNE", JMLR 9, §3.4; van der Maaten 2014 for Barnes–Hut), as scikit-learn 1.2.1's
 * {@code TSNE._tsne} runs {@code _gradient_descent} ({@code sklearn/manifold/_t_sne.py}).
 *
 * <p>Each iteration evaluates KL(αP ‖ Q) and its gradient g ({@link KlObjective}); each
 * coordinate's gain grows by 0.2 where the gradient's sign differs from the last update's and
 * shrinks by ×0.8 where it agrees (at least 0.01; Jacobs 1988, "delta-bar-delta"); then
 * update ← momentum · update − learning rate · gain · g and y ← y + update. The first 250
 * iterations use α = the early exaggeration and momentum 0.5; then the update and gains start
 * afresh with α = 1 and momentum 0.8 until {@code nIter}. Every 50th iteration checks the error:
 * a phase ends early when the error has not improved on its best for more than 250 iterations
 * (exaggeration) or 300 (after), or when ‖gain · g‖ ≤ 1e-7, exactly as there. The run then
 * converges; {@code n_iter} is the last iteration's index and {@code kl_divergence} its error.
 *
 * <p>{@link #step()} allocates nothing of the run's size (the snapshot copies the embedding); the
 * Barnes–Hut tree reuses its arrays.
 */
final class TsneEngine implements Engine<TsneSnapshot> {

    private final KlObjective objective;
    private final TsneSchedule schedule;
    private final TsneInput input;
    private final int[] labels;
    private final double[] y;
    private final double[] update;
    private final double[] gains;
    private final double[] gradient;
    /** Each iteration's error; a snapshot reads only the iterations before it, which never change. */
    private final double[] history;
    private int iteration;
    private boolean exploring = true;
    private int explorationEnd = TsneSchedule.EXPLORATION_ITERATIONS;
    private double bestError = Double.MAX_VALUE;
    private int bestIteration;
    private double error = Double.NaN;
    private double gradientNorm = Double.NaN;
    private String ending = "";
    private StepResult status = StepResult.CONTINUE;
    private TsneSnapshot last;

    TsneEngine(KlObjective objective, TsneSchedule schedule, TsneInput input, int[] labels, double[] initial) {
        this.objective = objective;
        this.schedule = schedule;
        this.input = input;
        this.labels = labels;
        this.y = initial.clone();
        this.update = new double[y.length];
        this.gains = new double[y.length];
        this.gradient = new double[y.length];
        this.history = new double[schedule.nIter()];
        Arrays.fill(gains, 1.0);
    }

    @Override
    public TsneSnapshot snapshot() {
        if (last == null || last.step() != iteration || last.status() != status) {
            last = new TsneSnapshot(iteration, status, input, labels, y.clone(), history, error, gradientNorm,
                    exploring, explorationEnd, schedule, ending);
        }
        return last;
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        int i = iteration;
        double momentum = exploring ? TsneSchedule.EXPLORATION_MOMENTUM : TsneSchedule.MOMENTUM;
        error = objective.evaluate(y, exploring ? schedule.exaggeration() : 1.0, gradient);
        double squaredNorm = 0;
        for (int c = 0; c < y.length; c++) {
            if (update[c] * gradient[c] < 0.0) {
                gains[c] += 0.2;
            } else {
                gains[c] *= 0.8;
            }
            gains[c] = Math.max(gains[c], TsneSchedule.MIN_GAIN);
            double g = gradient[c] * gains[c];
            squaredNorm += g * g;
            update[c] = momentum * update[c] - schedule.learningRate() * g;
            y[c] += update[c];
        }
        gradientNorm = Math.sqrt(squaredNorm);
        history[i] = error;
        iteration++;
        if (!Double.isFinite(error) || !Double.isFinite(gradientNorm)) {
            status = StepResult.stopped("the embedding diverged at iteration " + i
                    + " (a non-finite error or gradient): lower the learning rate");
            return status;
        }
        boolean phaseOver = checkProgress(i) || iteration == (exploring ? explorationEnd : schedule.nIter());
        if (phaseOver && exploring) {
            exploring = false;
            explorationEnd = iteration;
            Arrays.fill(update, 0);
            Arrays.fill(gains, 1.0);
            bestError = Double.MAX_VALUE;
            bestIteration = iteration;
            phaseOver = iteration >= schedule.nIter();
        }
        if (phaseOver) {
            if (ending.isEmpty()) {
                ending = "reached nIter = " + schedule.nIter();
            }
            status = StepResult.CONVERGED;
        }
        return status;
    }

    /** sklearn's check every 50th iteration; true when it ends the phase. */
    private boolean checkProgress(int i) {
        if ((i + 1) % TsneSchedule.CHECK_EVERY != 0) {
            return false;
        }
        int patience = exploring ? TsneSchedule.EXPLORATION_PATIENCE : TsneSchedule.PATIENCE;
        boolean over = false;
        if (error < bestError) {
            bestError = error;
            bestIteration = i;
        } else if (i - bestIteration > patience) {
            ending = "no progress for " + patience + " iterations";
            over = true;
        }
        if (!over && gradientNorm <= TsneSchedule.MIN_GRAD_NORM) {
            ending = "gradient norm " + gradientNorm + " ≤ 1e-7";
            over = true;
        }
        if (over && exploring) {
            ending = "";
        }
        return over;
    }
}
