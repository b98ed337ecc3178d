package org.stepwise.algo.rl.cartpole;

import java.util.Arrays;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The cart-pole learner after some environment steps: the state the cart-pole is in, the last
 * push, the current episode's return so far, every finished episode's return with the running
 * mean of the last 100, the learner's last learning signal (REINFORCE's advantage at an
 * episode's end, actor-critic's TD error, DQN's TD loss), DQN's ε, and the policy as it stood
 * when the last episode ended. Immutable: the returns are shared, read only up to this
 * snapshot's count.
 *
 * <p>Metrics: {@code episode_returns} (vector), {@code mean_return_last_100} (of all episodes
 * when fewer than 100 have ended; 0 before the first), {@code episodes}, {@code return_so_far},
 * {@code last_return}, {@code target} (195 for the cap of 200), and while defined
 * {@code advantage}, {@code td_error}, {@code td_loss} and {@code epsilon}.
 */
public final class CartPoleSnapshot implements Snapshot {

    private static final Scalars<CartPoleSnapshot> SCALARS = Scalars.<CartPoleSnapshot>builder()
            .scalar("mean_return_last_100", CartPoleSnapshot::meanReturnLast100)
            .count("episodes", CartPoleSnapshot::episodes)
            .count("return_so_far", CartPoleSnapshot::returnSoFar)
            .scalarWhileDefined("last_return", CartPoleSnapshot::lastReturn)
            .scalar("target", s -> s.settings.target())
            .scalarWhileDefined("advantage", s -> s.signalOf(CartPoleAlgorithm.REINFORCE))
            .scalarWhileDefined("td_error", s -> s.signalOf(CartPoleAlgorithm.ACTOR_CRITIC))
            .scalarWhileDefined("td_loss", s -> s.signalOf(CartPoleAlgorithm.DQN))
            .scalarWhileDefined("epsilon", CartPoleSnapshot::epsilon)
            .build();

    private final CartPoleSettings settings;
    private final int step;
    private final StepResult status;
    private final double[] state;
    private final int lastAction;
    private final int returnSoFar;
    private final boolean fallen;
    private final double signal;
    private final double epsilon;
    private final double[] returns;
    private final double[] means;
    private final int episodes;
    private final PolicyPicture policy;

    CartPoleSnapshot(CartPoleSettings settings, int step, StepResult status, double[] state, int lastAction,
                     int returnSoFar, boolean fallen, double signal, double epsilon, double[] returns, double[] means,
                     int episodes, PolicyPicture policy) {
        this.settings = settings;
        this.step = step;
        this.status = status;
        this.state = state;
        this.lastAction = lastAction;
        this.returnSoFar = returnSoFar;
        this.fallen = fallen;
        this.signal = signal;
        this.epsilon = epsilon;
        this.returns = returns;
        this.means = means;
        this.episodes = episodes;
        this.policy = policy;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return CartPoleNarration.describe(this, Integer.MAX_VALUE); }

    /** With the state and the learner's formula, or, when that is too long, the numbers alone. */
    @Override
    public String narration(int characters) { return CartPoleNarration.describe(this, characters); }

    public CartPoleAlgorithm algorithm() { return settings.algorithm(); }

    /** State variable i (CartPole.X, X_DOT, THETA, THETA_DOT) after this step. */
    public double state(int i) { return state[i]; }

    /** The last push (0 left, 1 right), -1 before the first step. */
    public int lastAction() { return lastAction; }

    /** Whether this step ended an episode by a fall (the pole past 12° or the cart off the track). */
    public boolean fallen() { return fallen; }

    /** Steps of the current episode so far, each worth a reward of 1: its return so far. */
    public int returnSoFar() { return returnSoFar; }

    /** Finished episodes. */
    public int episodes() { return episodes; }

    /** The return of finished episode i (0-based). */
    public double episodeReturn(int i) { return returns[checked(i)]; }

    /** The mean of the 100 returns up to and including episode i (of all up to i when fewer). */
    public double runningMean(int i) { return means[checked(i)]; }

    public double meanReturnLast100() { return episodes == 0 ? 0 : means[episodes - 1]; }

    /** The return of the last finished episode, NaN before the first. */
    public double lastReturn() { return episodes == 0 ? Double.NaN : returns[episodes - 1]; }

    /** The solved mark: 195 for the cap of 200. */
    public double target() { return settings.target(); }

    public int maxEpisodeSteps() { return settings.maxEpisodeSteps(); }

    /** The episode budget. */
    public int episodeBudget() { return settings.episodes(); }

    /** The learner's last signal (see the class comment), NaN when the step learned nothing. */
    public double signal() { return signal; }

    /** DQN's ε for the next action, NaN for the policy-gradient learners. */
    public double epsilon() { return epsilon; }

    /** The policy when the last episode ended (the starting policy before). */
    public PolicyPicture policy() { return policy; }

    private double signalOf(CartPoleAlgorithm which) {
        return settings.algorithm() == which ? signal : Double.NaN;
    }

    private int checked(int i) {
        if (i < 0 || i >= episodes) {
            throw new IndexOutOfBoundsException("episode " + i + " of " + episodes);
        }
        return i;
    }

    @Override
    public Metrics metrics() {
        return SCALARS.addTo(Metrics.builder(), this)
                .vector("episode_returns", Arrays.copyOf(returns, episodes))
                .vector("state", state.clone())
                .build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return "CartPoleSnapshot[step " + step + ", " + status + ", episode " + (episodes + 1) + ", state "
                + Arrays.toString(state) + ", action " + lastAction + ", signal " + signal + ", mean " + meanReturnLast100() + "]";
    }
}
