package org.stepwise.algo.rl.cartpole;

import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Huber;
import org.stepwise.algo.rl.CartPole;
import org.stepwise.algo.rl.policy.QNetwork;
import org.stepwise.algo.rl.policy.SoftmaxPolicy;
import org.stepwise.algo.rl.policy.StateNetwork;

/**
 * A policy as it stood at one moment, over the plane of the pole's angle θ (x of the picture)
 * and angular velocity θ̇ (y), the cart at rest in the middle (x = ẋ = 0): class 0 is "push
 * left", class 1 "push right". A soft-max policy gives π(right | s); a Q-network's ε-greedy
 * policy gives 1 − ε/2 where Q(s, right) &gt; Q(s, left) and ε/2 elsewhere (the greedy action's
 * share of ε-greedy's choices). Immutable: each call copies the parameters into a network of
 * the calling thread's own (kept per thread and shape, with its buffers, since a heatmap of
 * 256 × 256 states is painted many times a second while a lesson plays), so the painter threads
 * may evaluate it while the engine learns.
 */
public final class PolicyPicture implements ClassProbabilities {

    private final boolean actionValues;
    private final int[] hidden;
    private final ActivationFunction activation;
    private final double[] parameters;
    private final double epsilon;
    private final String shape;

    /** Each painting thread's networks by shape, and its buffer of states. */
    private static final ThreadLocal<java.util.Map<String, StateNetwork>> NETWORKS =
            ThreadLocal.withInitial(java.util.HashMap::new);
    private static final ThreadLocal<double[][]> STATES = ThreadLocal.withInitial(() -> new double[1][0]);

    private PolicyPicture(boolean actionValues, int[] hidden, ActivationFunction activation, double[] parameters,
                          double epsilon) {
        this.actionValues = actionValues;
        this.hidden = hidden;
        this.activation = activation;
        this.parameters = parameters;
        this.epsilon = epsilon;
        this.shape = (actionValues ? "q " : "π ") + java.util.Arrays.toString(hidden) + " " + activation;
    }

    /** The soft-max policy's present π(right | s). */
    static PolicyPicture of(SoftmaxPolicy policy, int[] hidden, ActivationFunction activation) {
        return new PolicyPicture(false, hidden, activation, policy.parameters().clone(), Double.NaN);
    }

    /** The ε-greedy policy of the Q-network's present values. */
    static PolicyPicture of(QNetwork q, int[] hidden, ActivationFunction activation, double epsilon) {
        return new PolicyPicture(true, hidden, activation, q.parameters().clone(), epsilon);
    }

    /** Whether the picture is of action values (a greedy choice) rather than a soft-max policy. */
    public boolean actionValues() { return actionValues; }

    @Override
    public int classCount() { return CartPole.ACTIONS; }

    @Override
    public void predictProbabilities(double[] thetas, double[] thetaDots, int count, double[] out) {
        double[][] held = STATES.get();
        if (held[0].length < count * CartPole.STATE_SIZE) {
            held[0] = new double[count * CartPole.STATE_SIZE];
        }
        double[] states = held[0];
        for (int i = 0; i < count; i++) {
            states[i * CartPole.STATE_SIZE + CartPole.THETA] = thetas[i];
            states[i * CartPole.STATE_SIZE + CartPole.THETA_DOT] = thetaDots[i];
        }
        StateNetwork network = NETWORKS.get().computeIfAbsent(shape, key -> actionValues
                ? new QNetwork(CartPole.STATE_SIZE, CartPole.ACTIONS, hidden, activation, new Huber(1), Randomness.generator(0))
                : new SoftmaxPolicy(CartPole.STATE_SIZE, CartPole.ACTIONS, hidden, activation, Randomness.generator(0)));
        System.arraycopy(parameters, 0, network.parameters(), 0, parameters.length);
        network.network().prepare(Math.max(1, Math.min(count, 4096)));
        network.network().predict(states, count, out);
        if (actionValues) {
            for (int i = 0; i < count; i++) {
                boolean right = out[2 * i + 1] > out[2 * i];
                out[2 * i + 1] = right ? 1 - epsilon / 2 : epsilon / 2;
                out[2 * i] = 1 - out[2 * i + 1];
            }
        }
    }
}
