package org.stepwise.algo.rl.ppo;

import java.util.Arrays;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * PPO after a stage: the batches collected, the epoch of updates within the batch, the episodes'
 * returns, the last epoch's clip fraction and approximate KL, the last finished episode's path,
 * and up to 256 of the batch's samples as (r, Â) pairs for the surrogate diagram (r = 1 at a
 * collection, before any update). Immutable: the returns array is shared by every snapshot of a
 * run but only ever written past the count a snapshot holds.
 *
 * <p>Metrics: {@code mean_return_last_100}, {@code clip_fraction}, {@code approx_kl} (the last
 * epoch's; absent before the first), the counts {@code episodes}, {@code updates} (batches
 * collected), {@code epoch} and {@code environment_steps}, and the vectors {@code episode_returns},
 * {@code clip_fractions} and {@code approx_kls} (one per epoch run).
 */
public final class PpoSnapshot implements Snapshot {

    /** What the step did. */
    public enum Stage { START, COLLECT, EPOCH }

    private static final Scalars<PpoSnapshot> SCALARS = Scalars.<PpoSnapshot>builder()
            .scalarWhileDefined("mean_return_last_100", PpoSnapshot::meanReturnLast100)
            .scalarWhileDefined("clip_fraction", PpoSnapshot::clipFraction)
            .scalarWhileDefined("approx_kl", PpoSnapshot::approxKl)
            .count("episodes", PpoSnapshot::episodes)
            .count("updates", PpoSnapshot::batches)
            .count("epoch", PpoSnapshot::epoch)
            .count("environment_steps", s -> s.environmentSteps)
            .build();

    private final int step;
    private final StepResult status;
    private final Stage stage;
    private final PpoSettings settings;
    private final int batches;
    private final int epoch;
    private final long environmentSteps;
    private final double[] returns;
    private final int episodes;
    private final double meanReturnLast100;
    private final double[] clipFractions;
    private final double[] approxKls;
    private final int epochsDone;
    private final int episodesThisBatch;
    private final EpisodePath lastPath;
    private final double[] ratios;
    private final double[] advantages;
    private final String problem;

    PpoSnapshot(int step, StepResult status, Stage stage, PpoSettings settings, int batches, int epoch,
                long environmentSteps, Series returns, Series clipFractions, Series approxKls, int episodesThisBatch, EpisodePath lastPath, double[] ratios, double[] advantages,
                String problem) {
        this.step = step;
        this.status = status;
        this.stage = stage;
        this.settings = settings;
        this.batches = batches;
        this.epoch = epoch;
        this.environmentSteps = environmentSteps;
        this.returns = returns.values();
        this.episodes = returns.count();
        this.meanReturnLast100 = returns.meanOfLast(PpoEngine.WINDOW);
        this.clipFractions = clipFractions.values();
        this.approxKls = approxKls.values();
        this.epochsDone = clipFractions.count();
        this.episodesThisBatch = episodesThisBatch;
        this.lastPath = lastPath;
        this.ratios = ratios;
        this.advantages = advantages;
        this.problem = problem;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return PpoNarration.describe(this, Integer.MAX_VALUE); }

    @Override
    public String narration(int characters) { return PpoNarration.describe(this, characters); }

    public Stage stage() { return stage; }

    /** ε of the clipped surrogate. */
    public double clipEpsilon() { return settings.clipEpsilon(); }

    public int epochsPerBatch() { return settings.epochs(); }

    public int batchSize() { return settings.batchSize(); }

    public int minibatchSize() { return settings.minibatchSize(); }

    public double gamma() { return settings.gamma(); }

    public double lambda() { return settings.lambda(); }

    public int maxUpdates() { return settings.maxUpdates(); }

    public int maxEpisodeSteps() { return settings.maxEpisodeSteps(); }

    /** Batches collected so far (each one policy update of {@link #epochsPerBatch()} epochs). */
    public int batches() { return batches; }

    /** Epochs done on the current batch (0 right after collecting it). */
    public int epoch() { return epoch; }

    public long environmentSteps() { return environmentSteps; }

    /** Episodes finished so far. */
    public int episodes() { return episodes; }

    /** The return of episode i (0-based), i &lt; {@link #episodes()}. */
    public double episodeReturn(int i) {
        return returns[checked(i, episodes)];
    }

    /** Mean return of the last 100 episodes (of all, while fewer have ended); NaN before the first. */
    public double meanReturnLast100() { return meanReturnLast100; }

    /** The last epoch's share of samples with |r − 1| &gt; ε; NaN before the first epoch. */
    public double clipFraction() { return epochsDone == 0 ? Double.NaN : clipFractions[epochsDone - 1]; }

    /** The last epoch's mean of (r − 1) − log r; NaN before the first epoch. */
    public double approxKl() { return epochsDone == 0 ? Double.NaN : approxKls[epochsDone - 1]; }

    /** Epochs of updates run so far, over all batches. */
    public int epochsDone() { return epochsDone; }

    /** The clip fraction of epoch i (0-based, over all batches), i &lt; {@link #epochsDone()}. */
    public double clipFractionOfEpoch(int i) { return clipFractions[checked(i, epochsDone)]; }

    /** The approximate KL of epoch i (0-based, over all batches), i &lt; {@link #epochsDone()}. */
    public double approxKlOfEpoch(int i) { return approxKls[checked(i, epochsDone)]; }

    private static int checked(int i, int count) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException(i + " of " + count);
        }
        return i;
    }

    /** Episodes that ended while the current batch was collected. */
    public int episodesThisBatch() { return episodesThisBatch; }

    /** The last finished episode, or null before one has ended. */
    public EpisodePath lastEpisode() { return lastPath; }

    /** How many (r, Â) samples the diagram can draw (0 before the first batch). */
    public int samples() { return stage == Stage.START ? 0 : ratios.length; }

    /** Sample i's ratio r as its minibatch saw it before its update in the last epoch (1 after a collection). */
    public double sampleRatio(int i) { return ratios[i]; }

    /** Sample i's advantage, normalized over the batch. */
    public double sampleAdvantage(int i) { return advantages[i]; }

    /** The sentence of a stop for numerical trouble, or "". */
    String problem() { return problem; }

    @Override
    public Metrics metrics() {
        return SCALARS.addTo(Metrics.builder(), this)
                .vector("episode_returns", Arrays.copyOf(returns, episodes))
                .vector("clip_fractions", Arrays.copyOf(clipFractions, epochsDone))
                .vector("approx_kls", Arrays.copyOf(approxKls, epochsDone)).build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return "PpoSnapshot[step " + step + ", " + status + ", " + stage + ", batch " + batches + ", epoch " + epoch
                + ", episodes " + episodes + ", mean " + meanReturnLast100 + ", clip " + clipFraction() + ", kl "
                + approxKl() + ", ratios " + Arrays.toString(ratios) + "]";
    }
}
