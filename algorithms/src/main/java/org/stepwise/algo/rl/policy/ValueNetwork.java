package org.stepwise.algo.rl.policy;

import java.util.random.RandomGenerator;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Initialization;
import org.stepwise.algo.neural.MeanSquaredError;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.neural.Sequential;

/**
 * A state-value estimate v̂(s, w), a multi-layer perceptron with one linear output (Sutton &amp;
 * Barto 2018, §9.7): the baseline of REINFORCE (§13.4) and the critic of actor-critic (§13.5)
 * and PPO. Trained on L = (1/n) Σᵢ ½ (v̂(sᵢ) − targetᵢ)², whose gradient is
 * (1/n) Σᵢ (v̂(sᵢ) − targetᵢ) ∇v̂(sᵢ): a step down it is the semi-gradient update toward the
 * targets (returns, or TD targets held fixed).
 */
public final class ValueNetwork extends StateNetwork {


    /**
     * A value network of a {@code stateSize}-number state with {@code hidden} layers of
     * {@code activation}, weights drawn by Xavier's uniform scheme from {@code random}.
     */
    public ValueNetwork(int stateSize, int[] hidden, ActivationFunction activation, RandomGenerator random) {
        super(new Sequential(HiddenLayers.layers(stateSize, hidden, activation, 1), MeanSquaredError.halved(),
                Penalty.none()), stateSize);
        network().initialize(Initialization.XAVIER_UNIFORM, random);
    }

    /** v̂(s). */
    public double value(double[] state) {
        return network().forward(state, 0, 1, false)[0];
    }

    /** v̂(sᵢ) of the first {@code count} states (row-major) into {@code into}. */
    public void values(double[] states, int count, double[] into) {
        network().predict(states, count, into);
    }

    /**
     * Writes (overwrites) into {@link #gradients()} the gradient of L = (1/n) Σᵢ ½ (v̂(sᵢ) − targetᵢ)²
     * over the first {@code count} rows, and returns L.
     *
     * @throws org.stepwise.algo.neural.DivergenceException when L is not a finite number
     */
    public double gradient(double[] states, double[] targets, int count) {
        network().forward(states, 0, count, true);
        return network().backward(targets, 0);
    }
}
