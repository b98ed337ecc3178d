package org.stepwise.algo.rl.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Initialization;
import org.stepwise.algo.neural.Layer;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.neural.Softmax;

/**
 * A stochastic policy π(a|s, θ) = softmax(h(s, θ))ₐ, h a multi-layer perceptron of the state
 * (Sutton &amp; Barto 2018, §13.1, "soft-max in action preferences"). It gives the action
 * probabilities, samples an action, and writes into {@link #gradients()} the gradient of
 * L = −(1/n) Σᵢ wᵢ log π(aᵢ|sᵢ) over a batch of (state, action, weight): with wᵢ a return
 * (REINFORCE, §13.3), a return minus a baseline (§13.4), a TD error (§13.5) or an advantage
 * times a probability ratio (PPO's clipped surrogate), an optimizer step on θ with these
 * gradients ascends Σᵢ wᵢ log π(aᵢ|sᵢ).
 *
 * <p>The buffers are the network's ({@link Sequential}); a batch's targets are kept here and
 * grown only for a larger batch, so evaluating and training allocate nothing in steady use.
 */
public final class SoftmaxPolicy extends StateNetwork {

    private final int actions;
    private double[] weightedTargets = new double[0];

    /**
     * A policy over {@code actions} actions of a {@code stateSize}-number state, with
     * {@code hidden} layers of {@code activation}, its weights drawn by Xavier's uniform
     * scheme from {@code random} (biases 0).
     *
     * @throws IllegalArgumentException when a size is below one
     */
    public SoftmaxPolicy(int stateSize, int actions, int[] hidden, ActivationFunction activation, RandomGenerator random) {
        super(new Sequential(layers(stateSize, actions, hidden, activation), new WeightedLogLikelihood(), Penalty.none()),
                stateSize);
        this.actions = actions;
        network().initialize(Initialization.XAVIER_UNIFORM, random);
    }

    public int actions() { return actions; }

    private static List<Layer> layers(int stateSize, int actions, int[] hidden, ActivationFunction activation) {
        if (actions < 2) {
            throw new IllegalArgumentException("A policy chooses among at least two actions; got " + actions + ".");
        }
        List<Layer> layers = new ArrayList<>(HiddenLayers.layers(stateSize, hidden, activation, actions));
        layers.add(new Softmax(actions));
        return layers;
    }

    /** π(·|s) for one state into {@code into} (length {@link #actions()}); returns it. */
    public double[] probabilities(double[] state, double[] into) {
        System.arraycopy(network().forward(state, 0, 1, false), 0, into, 0, actions);
        return into;
    }

    /** π(·|sᵢ) for the first {@code count} states (row-major) into {@code into}, {@code count × actions}. */
    public void probabilities(double[] states, int count, double[] into) {
        network().predict(states, count, into);
    }

    /** log π(a|s). */
    public double logProbability(double[] state, int action) {
        return Math.log(network().forward(state, 0, 1, false)[action]);
    }

    /** An action drawn from π(·|s) with one uniform number of {@code random}. */
    public int sample(double[] state, RandomGenerator random) {
        double[] probabilities = network().forward(state, 0, 1, false);
        double u = random.nextDouble();
        double cumulative = 0;
        for (int a = 0; a < actions - 1; a++) {
            cumulative += probabilities[a];
            if (u < cumulative) {
                return a;
            }
        }
        return actions - 1;
    }

    /**
     * Writes (overwrites) into {@link #gradients()} ∇θ L for L = −(1/n) Σᵢ wᵢ log π(aᵢ|sᵢ) over the
     * first {@code count} rows, and returns L.
     *
     * @param states  row-major, {@link #stateSize()} numbers a row
     * @param actions the action taken in each state
     * @param weights wᵢ for each row (a return, an advantage; any sign)
     * @throws org.stepwise.algo.neural.DivergenceException when L is not a finite number
     */
    public double gradient(double[] states, int[] actions, double[] weights, int count) {
        if (weightedTargets.length < count * this.actions) {
            weightedTargets = new double[count * this.actions];
        }
        java.util.Arrays.fill(weightedTargets, 0, count * this.actions, 0);
        for (int i = 0; i < count; i++) {
            weightedTargets[i * this.actions + actions[i]] = weights[i];
        }
        network().forward(states, 0, count, true);
        return network().backward(weightedTargets, 0);
    }
}
