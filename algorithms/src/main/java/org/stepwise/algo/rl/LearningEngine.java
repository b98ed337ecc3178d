package org.stepwise.algo.rl;

import java.util.random.RandomGenerator;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * Model-free control on the grid world, one action a step, episodes running on: Q-learning
 * (Sutton and Barto, 2nd ed., §6.5), SARSA (§6.4) and every-visit Monte Carlo control of an ε-soft
 * policy (§5.3–5.4: Q(s, a) the average of every return that followed a visit, updated when the
 * episode ends). Q starts at 0; actions are ε-greedy (a random action of the four with probability
 * ε, else a greedy one, ties broken at random). An episode starts on S and ends on a goal or pit,
 * or is cut off after {@link #MAX_EPISODE_STEPS} actions (Monte Carlo then learns from the returns
 * of the part it saw). The run is CONVERGED after its budget of episodes.
 *
 * <p>The environment's chances (the slip) and the policy's (ε, ties) come from one generator
 * seeded by the run's seed. {@link #step()} allocates nothing: the episode's record is a buffer
 * of {@link #MAX_EPISODE_STEPS} entries.
 */
final class LearningEngine implements Engine<GridWorldSnapshot> {

    /** Actions after which an episode is cut off. */
    static final int MAX_EPISODE_STEPS = 1000;

    private final GridModel model;
    private final GridAlgorithm algorithm;
    private final double alpha;
    private final double epsilon;
    private final int budget;
    private final RandomGenerator random;
    private final double[] q;
    /** Monte Carlo's visit counts per (s, a): the averages' denominators. */
    private final int[] visits;
    /** The current episode: cells visited (length + 1 of them), actions and rewards. */
    private final int[] cells = new int[MAX_EPISODE_STEPS + 1];
    private final int[] actions = new int[MAX_EPISODE_STEPS];
    private final double[] rewards = new double[MAX_EPISODE_STEPS];
    private final LearningStep last = new LearningStep();
    private int length;
    private boolean inEpisode;
    /** SARSA's next action, chosen when the last was learned from. */
    private int pending = -1;
    private int steps;
    private int episodes;
    private double episodeReturn;
    private double discount = 1;
    private double lastReturn = Double.NaN;
    private StepResult status = StepResult.CONTINUE;

    LearningEngine(GridModel model, GridAlgorithm algorithm, double alpha, double epsilon, int budget,
                   RandomGenerator random) {
        this.model = model;
        this.algorithm = algorithm;
        this.alpha = alpha;
        this.epsilon = epsilon;
        this.budget = budget;
        this.random = random;
        q = new double[model.states() * GridModel.ACTIONS];
        visits = algorithm == GridAlgorithm.MONTE_CARLO ? new int[q.length] : null;
    }

    @Override
    public GridWorldSnapshot snapshot() {
        int n = model.states();
        double[] values = new double[n];
        int[] policy = new int[n];
        for (int s = 0; s < n; s++) {
            policy[s] = model.acts(s) ? greedyFirst(s) : -1;
            values[s] = model.acts(s) ? q[s * GridModel.ACTIONS + policy[s]] : 0;
        }
        int shown = inEpisode || length > 0 ? length + 1 : 0;
        int[] trace = java.util.Arrays.copyOf(cells, shown);
        EpisodeState episode = new EpisodeState(episodes, lastReturn, episodeReturn, trace, inEpisode,
                last.copy());
        return new GridWorldSnapshot(model, algorithm, steps, status, values, policy, q.clone(), null, episode);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        steps++;
        if (!inEpisode) {
            begin();
        }
        int s = cells[length];
        int a = pending >= 0 ? pending : choose(s);
        pending = -1;
        last.explored = lastExplored;
        int k = outcome();
        int to = model.next(s, a, k);
        double r = model.reward(s, a, k);
        actions[length] = a;
        rewards[length] = r;
        cells[++length] = to;
        episodeReturn += discount * r;
        discount *= model.gamma();
        boolean ends = model.terminal(to);
        last.set(s, a, k, r, to, q[s * GridModel.ACTIONS + a]);
        learn(s, a, r, to, ends);
        last.after = q[s * GridModel.ACTIONS + a];
        if (ends || length == MAX_EPISODE_STEPS) {
            end(ends);
        }
        status = episodes >= budget ? StepResult.CONVERGED : StepResult.CONTINUE;
        return status;
    }

    private void begin() {
        length = 0;
        cells[0] = model.layout().start();
        episodeReturn = 0;
        discount = 1;
        inEpisode = true;
        pending = -1;
    }

    private void learn(int s, int a, double r, int to, boolean ends) {
        int sa = s * GridModel.ACTIONS + a;
        switch (algorithm) {
            case Q_LEARNING -> {
                double target = r + (ends ? 0 : model.gamma() * q[to * GridModel.ACTIONS + greedyFirst(to)]);
                last.target = target;
                q[sa] += alpha * (target - q[sa]);
            }
            case SARSA -> {
                if (!ends && length < MAX_EPISODE_STEPS) {
                    pending = choose(to);
                    last.nextAction = pending;
                    last.nextExplored = lastExplored;
                }
                double target = r + (ends || pending < 0 ? 0 : model.gamma() * q[to * GridModel.ACTIONS + pending]);
                last.target = target;
                q[sa] += alpha * (target - q[sa]);
            }
            default -> last.target = Double.NaN;
        }
    }

    private void end(boolean reachedTerminal) {
        if (algorithm == GridAlgorithm.MONTE_CARLO) {
            // Every visit (§5.1's every-visit MC), averaged incrementally (§2.4): Q ← Q + (G − Q) / N.
            double g = 0;
            for (int t = length - 1; t >= 0; t--) {
                g = model.gamma() * g + rewards[t];
                int sa = cells[t] * GridModel.ACTIONS + actions[t];
                visits[sa]++;
                q[sa] += (g - q[sa]) / visits[sa];
            }
            last.after = q[last.state * GridModel.ACTIONS + last.action];
        }
        last.episodeEnded = true;
        last.cutOff = !reachedTerminal;
        episodes++;
        lastReturn = episodeReturn;
        inEpisode = false;
        pending = -1;
    }

    private boolean lastExplored;

    /** ε-greedy: a uniformly random action with probability ε, else a greedy one (ties at random). */
    private int choose(int s) {
        lastExplored = random.nextDouble() < epsilon;
        if (lastExplored) {
            return random.nextInt(GridModel.ACTIONS);
        }
        int base = s * GridModel.ACTIONS;
        double best = Double.NEGATIVE_INFINITY;
        int ties = 0;
        for (int a = 0; a < GridModel.ACTIONS; a++) {
            if (q[base + a] > best) {
                best = q[base + a];
                ties = 1;
            } else if (q[base + a] == best) {
                ties++;
            }
        }
        int pick = ties == 1 ? 0 : random.nextInt(ties);
        for (int a = 0; a < GridModel.ACTIONS; a++) {
            if (q[base + a] == best && pick-- == 0) {
                return a;
            }
        }
        throw new AssertionError("no greedy action");
    }

    /** The greedy action with ties to the first (index order): what the arrows and the policy show. */
    private int greedyFirst(int s) {
        int base = s * GridModel.ACTIONS;
        int best = 0;
        for (int a = 1; a < GridModel.ACTIONS; a++) {
            if (q[base + a] > q[base + best]) {
                best = a;
            }
        }
        return best;
    }

    /** Which way the move goes: as meant with probability 1 − slip, else one of the two slips. */
    private int outcome() {
        double u = random.nextDouble();
        double meant = model.probability(0);
        return u < meant ? 0 : u < meant + model.probability(1) ? 1 : 2;
    }
}
