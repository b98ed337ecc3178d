package org.stepwise.algo.manifold;

import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * t-SNE after some iterations: the embedding (n × 2), the error of the last iteration and which
 * phase it was in.
 *
 * <p>Metrics, named as scikit-learn's fitted attributes: {@code embedding} (n × 2),
 * {@code kl_divergence} (the last iteration's KL(αP ‖ Q), with α the early exaggeration during its
 * phase, as {@code TSNE} reports it), {@code n_iter} (the last iteration's index, as
 * {@code n_iter_}); the scalars {@code gradient_norm} (‖gain · g‖ of the last update) and
 * {@code exaggeration} (α of the last iteration, or of the first before it).
 */
public final class TsneSnapshot implements Snapshot {

    private static final Scalars<TsneSnapshot> SCALARS = Scalars.<TsneSnapshot>builder()
            .scalarWhileDefined("kl_divergence", TsneSnapshot::klDivergence)
            .countWhileDefined("n_iter", s -> s.step == 0 ? Double.NaN : s.step - 1)
            .scalarWhileDefined("gradient_norm", TsneSnapshot::gradientNorm)
            .scalar("exaggeration", TsneSnapshot::currentExaggeration)
            .build();

    private final int step;
    private final StepResult status;
    private final TsneInput input;
    private final int[] labels;
    private final double[] embedding;
    private final double[] history;
    private final double kl;
    private final double gradientNorm;
    private final boolean exploring;
    private final int explorationEnd;
    private final TsneSchedule schedule;
    private final String ending;

    TsneSnapshot(int step, StepResult status, TsneInput input, int[] labels, double[] embedding, double[] history,
                 double kl, double gradientNorm, boolean exploring, int explorationEnd, TsneSchedule schedule, String ending) {
        this.step = step;
        this.status = status;
        this.input = input;
        this.labels = labels;
        this.embedding = embedding;
        this.history = history;
        this.kl = kl;
        this.gradientNorm = gradientNorm;
        this.exploring = exploring;
        this.explorationEnd = explorationEnd;
        this.schedule = schedule;
        this.ending = ending;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** The data, the βs and the original-space neighbours: one object for the whole run. */
    public TsneInput input() { return input; }

    public int samples() { return input.samples(); }

    public double x(int row) { return embedding[2 * row]; }

    public double y(int row) { return embedding[2 * row + 1]; }

    /** Point {@code row}'s class, or −1 when the data has none. */
    public int label(int row) { return labels == null ? -1 : labels[row]; }

    /** The error of iteration {@code iteration} (0 .. step − 1), as {@link #klDivergence()} was then. */
    public double klAt(int iteration) {
        if (iteration < 0 || iteration >= step) {
            throw new IndexOutOfBoundsException("iteration " + iteration + " of " + step);
        }
        return history[iteration];
    }

    /** KL(αP ‖ Q) at the last iteration; NaN before the first. */
    public double klDivergence() { return kl; }

    public double gradientNorm() { return gradientNorm; }

    /** True while the next iteration is still in the early-exaggeration phase. */
    public boolean exploring() { return exploring; }

    /** The iteration at which the early exaggeration ends (250 unless its phase stopped early). */
    public int explorationEnd() { return explorationEnd; }

    /** α of the last iteration taken: the early exaggeration during its phase, then 1. */
    public double lastExaggeration() { return step <= explorationEnd ? schedule.exaggeration() : 1.0; }

    /** α of the last iteration, or of the first one before any. */
    public double currentExaggeration() { return step == 0 ? schedule.exaggeration() : lastExaggeration(); }

    public double earlyExaggeration() { return schedule.exaggeration(); }

    /** The learning rate in use ("auto" already resolved). */
    public double learningRate() { return schedule.learningRate(); }

    public int nIter() { return schedule.nIter(); }

    /** Why the run ended (empty while it runs). */
    public String ending() { return ending; }

    @Override
    public String narration() {
        return step == 0 ? "" : TsneNarration.full(this);
    }

    @Override
    public String narration(int characters) {
        if (step == 0) {
            return "";
        }
        String full = TsneNarration.full(this);
        return full.length() <= characters ? full : TsneNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        double[][] rows = new double[samples()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {x(i), y(i)};
        }
        return SCALARS.addTo(Metrics.builder(), this).matrix("embedding", rows).build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TsneSnapshot[iteration %d of %d, KL %.4f, %s]", step, nIter(), kl, status);
    }
}
