package org.stepwise.algo.rl.cartpole;

import java.util.random.RandomGenerator;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neural.DivergenceException;
import org.stepwise.algo.rl.CartPole;

/**
 * A learner balancing the cart-pole, one environment step per step: the agent acts in the
 * present state, the physics moves (Gym's Euler step, {@link CartPole}), and the agent learns
 * from the transition. Episodes run on: the step after one ends starts the next from a random
 * state near upright. The run is CONVERGED when the mean return of the last 100 episodes
 * reaches the solved mark (195 for the cap of 200, CartPole-v0's), and STOPPED, saying how far
 * it got, when the episode budget is spent first or a loss stops being a finite number.
 *
 * <p>The policy picture (a copy of the network's parameters) is taken when an episode ends, so
 * the heatmap follows the learning without a copy at every step.
 */
final class CartPoleEngine implements Engine<CartPoleSnapshot> {

    private final CartPoleSettings settings;
    private final CartPole environment;
    private final CartPoleAgent agent;
    private final RandomGenerator starts;
    private final EpisodeLog log = new EpisodeLog();
    private final double[] state = new double[CartPole.STATE_SIZE];
    private final double[] next = new double[CartPole.STATE_SIZE];
    private PolicyPicture picture;
    private int step;
    private int lastAction = -1;
    private StepResult status = StepResult.CONTINUE;

    CartPoleEngine(CartPoleSettings settings, CartPoleAgent agent, RandomGenerator starts) {
        this.settings = settings;
        this.environment = new CartPole(settings.maxEpisodeSteps());
        this.agent = agent;
        this.starts = starts;
        this.picture = agent.picture();
        environment.reset(starts);
        environment.state(next);
    }

    @Override
    public CartPoleSnapshot snapshot() {
        return new CartPoleSnapshot(settings, step, status, next.clone(), lastAction, environment.steps(),
                environment.done() && environment.fallen(), agent.signal(), agent.epsilon(), log.returns(),
                log.means(), log.count(), picture);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        if (environment.done()) {
            environment.reset(starts);
        }
        environment.state(state);
        int action = agent.act(state);
        double reward = environment.step(action);
        environment.state(next);
        lastAction = action;
        step++;
        boolean ended = environment.done();
        try {
            agent.learn(state, action, reward, next, environment.fallen(), ended);
        } catch (DivergenceException e) {
            status = StepResult.stopped(e.getMessage());
            return status;
        }
        if (ended) {
            endEpisode();
        }
        return status;
    }

    private void endEpisode() {
        log.add(environment.steps());
        picture = agent.picture();
        int episodes = log.count();
        if (episodes >= CartPoleSettings.WINDOW && log.meanOfLast() >= settings.target()) {
            status = StepResult.CONVERGED;
        } else if (episodes >= settings.episodes()) {
            status = StepResult.stopped(String.format(java.util.Locale.ROOT,
                    "the budget of %d episodes is spent: the mean return of the last 100 is %.1f, short of %s",
                    settings.episodes(), log.meanOfLast(), CartPoleNarration.number(settings.target())));
        }
    }
}
