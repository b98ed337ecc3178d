package org.stepwise.algo.rl.cartpole;

import java.util.random.RandomGenerator;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.optim.Adam;
import org.stepwise.algo.rl.CartPole;
import org.stepwise.algo.rl.policy.QNetwork;

/**
 * Deep Q-learning with experience replay and a target network (Mnih et al. 2015, Algorithm 1).
 * Actions are ε-greedy in Q(s, ·, θ), ε falling linearly from ε_start to ε_end over the first
 * {@code epsilonDecay} steps and staying there. Every transition goes into the
 * {@link ReplayBuffer}; once it holds {@code learningStarts} transitions, each step draws a
 * mini-batch and takes one Adam step on the TD loss (1/n) Σᵢ ℓ(Q(sᵢ, aᵢ, θ) − yᵢ), with
 * yᵢ = rᵢ + γ maxₐ Q(s′ᵢ, a, θ⁻) (rᵢ alone when s′ᵢ is terminal) and ℓ the Huber loss (the
 * paper's clipping of the error to [−1, 1]) or the squared error; every {@code targetUpdate}
 * steps the target network θ⁻ is set to θ. A transition cut short by the episode cap is not
 * terminal.
 */
final class DqnAgent implements CartPoleAgent {

    private final QNetwork q;
    private final QNetwork target;
    private final Adam rule;
    private final ReplayBuffer replay;
    private final RandomGenerator random;
    private final CartPoleSettings settings;
    private final double[] batchStates;
    private final int[] batchActions;
    private final double[] batchRewards;
    private final double[] batchNext;
    private final boolean[] batchTerminals;
    private final double[] nextValues;
    private final double[] targets;
    private long steps;
    private int updates;
    private double signal = Double.NaN;

    DqnAgent(CartPoleSettings settings, RandomGenerator random) {
        this.settings = settings;
        this.q = new QNetwork(CartPole.STATE_SIZE, CartPole.ACTIONS, settings.hidden(), settings.activation(),
                settings.tdLoss(), random);
        this.target = new QNetwork(CartPole.STATE_SIZE, CartPole.ACTIONS, settings.hidden(), settings.activation(),
                settings.tdLoss(), random);
        target.copyFrom(q);
        this.rule = settings.adam(settings.learningRate(), q.parameters().length);
        this.replay = new ReplayBuffer(settings.bufferSize(), CartPole.STATE_SIZE);
        this.random = random;
        int batch = settings.batchSize();
        this.batchStates = new double[batch * CartPole.STATE_SIZE];
        this.batchActions = new int[batch];
        this.batchRewards = new double[batch];
        this.batchNext = new double[batch * CartPole.STATE_SIZE];
        this.batchTerminals = new boolean[batch];
        this.nextValues = new double[batch * CartPole.ACTIONS];
        this.targets = new double[batch];
        q.network().prepare(batch);
        target.network().prepare(batch);
    }

    @Override
    public double epsilon() {
        double start = settings.epsilonStart();
        double end = settings.epsilonEnd();
        double fraction = Math.min(1, (double) steps / settings.epsilonDecay());
        return start + (end - start) * fraction;
    }

    @Override
    public int act(double[] state) {
        // Both numbers are drawn every step, so the stream of chances does not depend on ε.
        boolean explore = random.nextDouble() < epsilon();
        int randomAction = random.nextInt(CartPole.ACTIONS);
        return explore ? randomAction : q.greedy(state);
    }

    @Override
    public void learn(double[] state, int action, double reward, double[] next, boolean terminal, boolean episodeEnd) {
        replay.add(state, action, reward, next, terminal);
        steps++;
        signal = Double.NaN;
        if (replay.size() < Math.max(settings.learningStarts(), settings.batchSize())) {
            return;
        }
        int batch = settings.batchSize();
        replay.sample(batch, random, batchStates, batchActions, batchRewards, batchNext, batchTerminals);
        target.values(batchNext, batch, nextValues);
        double gamma = settings.gamma();
        for (int i = 0; i < batch; i++) {
            double best = Math.max(nextValues[2 * i], nextValues[2 * i + 1]);
            targets[i] = batchRewards[i] + (batchTerminals[i] ? 0 : gamma * best);
        }
        updates++;
        signal = q.gradient(batchStates, batchActions, targets, batch);
        rule.update(q.parameters(), q.gradients(), updates, rule.learningRate());
        if (updates % settings.targetUpdate() == 0) {
            target.copyFrom(q);
        }
    }

    @Override
    public double signal() { return signal; }

    @Override
    public PolicyPicture picture() { return PolicyPicture.of(q, settings.hidden(), settings.activation(), epsilon()); }
}
