package org.stepwise.algo.neural.init;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neural.ActivationFunction;

/**
 * The statistics of the last batch's pass through every compared net.
 *
 * <p>Metrics, of the net with the chosen {@code init}: {@code activation_std} (per layer, the
 * standard deviation of its activations over the batch, numpy's {@code a.std()}),
 * {@code gradient_norm} (per layer, the Frobenius norm of ∂L/∂W), and the scalars
 * {@code output_std} (the last layer's activation std) and {@code input_gradient_norm} (the first
 * layer's gradient norm), the two ends where vanishing and exploding show first.
 */
public final class ActivationsInitSnapshot implements Snapshot {

    private static final Scalars<ActivationsInitSnapshot> SCALARS = Scalars.<ActivationsInitSnapshot>builder()
            .scalarWhileDefined("output_std", s -> s.chosenEnd(true))
            .scalarWhileDefined("input_gradient_norm", s -> s.chosenEnd(false))
            .build();

    private final InitRun run;
    private final int step;
    private final StepResult status;
    private final SchemeStatistics[] statistics;

    ActivationsInitSnapshot(InitRun run, int step, StepResult status, SchemeStatistics[] statistics) {
        this.run = run;
        this.step = step;
        this.status = status;
        this.statistics = statistics;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    public ActivationFunction function() { return run.function(); }

    public int depth() { return run.depth(); }

    public int width() { return run.width(); }

    /** Rows in each batch. */
    public int rows() { return run.rows(); }

    /** Batches in the run. */
    public int batches() { return run.batches(); }

    /** The schemes drawn side by side, in order. */
    public List<WeightScheme> compared() { return run.compared(); }

    /** The index in {@link #compared()} of the chosen {@code init}. */
    public int chosen() { return run.chosen(); }

    /** Whether a batch has passed (before the first step there are no statistics). */
    public boolean hasStatistics() { return statistics.length > 0; }

    /** The statistics of the {@code s}-th compared scheme; only when {@link #hasStatistics()}. */
    public SchemeStatistics statistics(int s) { return statistics[s]; }

    private double chosenEnd(boolean output) {
        if (!hasStatistics()) {
            return Double.NaN;
        }
        SchemeStatistics chosen = statistics[run.chosen()];
        return output ? chosen.activationStd()[run.depth() - 1] : chosen.gradientNorm()[0];
    }

    @Override
    public String narration() { return InitNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = narration();
        return full.length() <= characters ? full : InitNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this);
        if (hasStatistics()) {
            SchemeStatistics chosen = statistics[run.chosen()];
            metrics.vector("activation_std", chosen.activationStd().clone())
                    .vector("gradient_norm", chosen.gradientNorm().clone());
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ActivationsInitSnapshot[batch %d, %s]", step, status);
    }
}
