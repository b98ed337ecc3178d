package org.stepwise.algo.rl.ppo;

import java.util.random.RandomGenerator;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neural.DivergenceException;
import org.stepwise.algo.rl.CartPole;

/**
 * Proximal policy optimization (Schulman et al. 2017, Algorithm 1, "PPO, Actor-Critic Style") on
 * the cart-pole. One step is one stage: a <b>collect</b> step plays {@code batchSize}
 * environment steps with the current policy and computes GAE advantages; each of the next
 * {@code epochs} steps is one <b>epoch</b>: the batch in a fresh random order, cut into
 * minibatches, each giving one Adam step of the clipped surrogate and of the value loss
 * ({@link ActorCritic}). π_old stays the policy that collected the batch, so the ratios move
 * away from 1 epoch after epoch and the clipping starts to bite.
 *
 * <p>The run is CONVERGED when the mean return of the last 100 episodes reaches 195
 * ({@code CartPole-v0}'s "solved"), checked after each collection; STOPPED when the budget of
 * {@code maxUpdates} batches is spent first, or when a loss stops being finite.
 */
final class PpoEngine implements Engine<PpoSnapshot> {

    /** CartPole-v0's "solved": a mean return of 195 over 100 consecutive episodes. */
    static final double SOLVED = 195;
    static final int WINDOW = 100;
    /** How many (r, Â) pairs a snapshot keeps for the surrogate diagram. */
    static final int DIAGRAM_SAMPLES = 256;

    private final PpoSettings settings;
    private final CartPole env;
    private final ActorCritic networks;
    private final Rollout rollout;
    private final EpisodeLog log;
    private final RandomGenerator random;
    private final RatioStatistics statistics = new RatioStatistics();
    private final Series clipFractions = new Series();
    private final Series approxKls = new Series();
    private final int[] order;
    private final double[] ratioOfSample;
    private final double[] miniStates;
    private final int[] miniActions;
    private final double[] miniAdvantages;
    private final double[] miniOld;
    private final double[] miniReturns;
    private final double[] miniRatios;
    private int step;
    private int batches;
    private int epoch;
    private long environmentSteps;
    private StepResult status = StepResult.CONTINUE;
    private boolean needBatch = true;
    private PpoSnapshot snapshot;
    private EpisodePath lastPath;

    PpoEngine(PpoSettings settings, RandomGenerator random) {
        this.settings = settings;
        this.random = random;
        this.env = new CartPole(settings.maxEpisodeSteps());
        this.networks = new ActorCritic(settings.hidden(), settings.clipEpsilon(), settings.learningRate(),
                settings.minibatchSize(), random);
        this.rollout = new Rollout(settings.batchSize());
        this.log = new EpisodeLog(settings.maxEpisodeSteps());
        this.order = new int[settings.batchSize()];
        this.ratioOfSample = new double[settings.batchSize()];
        int m = settings.minibatchSize();
        miniStates = new double[m * CartPole.STATE_SIZE];
        miniActions = new int[m];
        miniAdvantages = new double[m];
        miniOld = new double[m];
        miniReturns = new double[m];
        miniRatios = new double[m];
        snapshot = build(PpoSnapshot.Stage.START, "");
    }

    @Override
    public PpoSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        if (needBatch) {
            collect();
        } else {
            try {
                runEpoch();
            } catch (DivergenceException e) {
                status = StepResult.stopped(e.getMessage());
                snapshot = build(PpoSnapshot.Stage.EPOCH, PpoNarration.diverged(e.getMessage()));
            }
        }
        return status;
    }

    private void collect() {
        rollout.collect(env, networks, random, log, settings.gamma(), settings.lambda());
        environmentSteps += rollout.size();
        batches++;
        epoch = 0;
        for (int t = 0; t < ratioOfSample.length; t++) {
            ratioOfSample[t] = 1;
        }
        if (rollout.episodesEnded() > 0) {
            lastPath = log.lastPath();
        }
        double mean = log.returns().meanOfLast(WINDOW);
        if (log.episodes() >= WINDOW && mean >= SOLVED) {
            status = StepResult.CONVERGED;
        }
        snapshot = build(PpoSnapshot.Stage.COLLECT, "");
        needBatch = false;
    }

    private void runEpoch() {
        Randomness.permutation(order, random);   // a fresh order of the batch each epoch
        statistics.clear();
        int m = settings.minibatchSize();
        for (int first = 0; first < order.length; first += m) {
            int rows = Math.min(m, order.length - first);
            gather(first, rows);
            networks.update(miniStates, miniActions, miniAdvantages, miniOld, miniReturns, rows, miniRatios);
            for (int i = 0; i < rows; i++) {
                statistics.add(miniRatios[i], settings.clipEpsilon());
                ratioOfSample[order[first + i]] = miniRatios[i];
            }
        }
        epoch++;
        clipFractions.add(statistics.clipFraction());
        approxKls.add(statistics.approxKl());
        needBatch = epoch == settings.epochs();
        if (needBatch && batches >= settings.maxUpdates()) {
            status = StepResult.stopped(PpoNarration.budgetSpent(settings.maxUpdates(), log.returns().meanOfLast(WINDOW)));
        }
        snapshot = build(PpoSnapshot.Stage.EPOCH, "");
    }

    private void gather(int first, int rows) {
        for (int i = 0; i < rows; i++) {
            int t = order[first + i];
            System.arraycopy(rollout.states, t * CartPole.STATE_SIZE, miniStates, i * CartPole.STATE_SIZE,
                    CartPole.STATE_SIZE);
            miniActions[i] = rollout.actions[t];
            miniAdvantages[i] = rollout.normalized[t];
            miniOld[i] = rollout.oldProbabilities[t];
            miniReturns[i] = rollout.returns[t];
        }
    }

    private PpoSnapshot build(PpoSnapshot.Stage stage, String problem) {
        int n = Math.min(DIAGRAM_SAMPLES, ratioOfSample.length);
        double[] ratios = new double[n];
        double[] advantages = new double[n];
        if (stage != PpoSnapshot.Stage.START) {
            for (int i = 0; i < n; i++) {
                int t = (int) ((long) i * ratioOfSample.length / n);
                ratios[i] = ratioOfSample[t];
                advantages[i] = rollout.normalized[t];
            }
        }
        return new PpoSnapshot(step, status, stage, settings, batches, epoch, environmentSteps,
                log.returns(), clipFractions, approxKls,
                stage == PpoSnapshot.Stage.START ? 0 : rollout.episodesEnded(), lastPath, ratios, advantages,
                problem);
    }
}
