package org.stepwise.algo.rl.policy;

import java.util.random.RandomGenerator;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Initialization;
import org.stepwise.algo.neural.Loss;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.neural.Sequential;

/**
 * Action values Q(s, ·, θ), a multi-layer perceptron with one linear output per action, as the
 * deep Q-network of Mnih et al. (2015). Trained on the TD loss of the actions taken only,
 * L = (1/n) Σᵢ ℓ(Q(sᵢ, aᵢ) − yᵢ), ℓ squared error or Huber: the targets of the other actions
 * are set to the network's own outputs, so their residuals, and their gradients, are exactly 0.
 */
public final class QNetwork extends StateNetwork {

    private final int actions;
    private double[] targets = new double[0];

    /**
     * @param loss the per-value TD loss ℓ: {@code MeanSquaredError.halved()} or {@code new Huber(1)}
     */
    public QNetwork(int stateSize, int actions, int[] hidden, ActivationFunction activation, Loss loss,
                    RandomGenerator random) {
        super(new Sequential(HiddenLayers.layers(stateSize, hidden, activation, actions), loss, Penalty.none()), stateSize);
        this.actions = actions;
        network().initialize(Initialization.XAVIER_UNIFORM, random);
    }

    public int actions() { return actions; }

    /** Q(s, ·) into {@code into}; returns it. */
    public double[] values(double[] state, double[] into) {
        System.arraycopy(network().forward(state, 0, 1, false), 0, into, 0, actions);
        return into;
    }

    /** Q(sᵢ, ·) of the first {@code count} states (row-major) into {@code into}, {@code count × actions}. */
    public void values(double[] states, int count, double[] into) {
        network().predict(states, count, into);
    }

    /** The action of the highest Q(s, a), the lowest index on a tie. */
    public int greedy(double[] state) {
        double[] q = network().forward(state, 0, 1, false);
        int best = 0;
        for (int a = 1; a < actions; a++) {
            if (q[a] > q[best]) {
                best = a;
            }
        }
        return best;
    }

    /** max over a of Q(s, a). */
    public double maxValue(double[] state) {
        double[] q = network().forward(state, 0, 1, false);
        double best = q[0];
        for (int a = 1; a < actions; a++) {
            best = Math.max(best, q[a]);
        }
        return best;
    }

    /**
     * Writes (overwrites) into {@link #gradients()} the gradient of the TD loss
     * L = (1/n) Σᵢ ℓ(Q(sᵢ, aᵢ) − yᵢ) over the first {@code count} rows, and returns L.
     *
     * @throws org.stepwise.algo.neural.DivergenceException when L is not a finite number
     */
    public double gradient(double[] states, int[] actions, double[] tdTargets, int count) {
        if (targets.length < count * this.actions) {
            targets = new double[count * this.actions];
        }
        double[] output = network().forward(states, 0, count, true);
        System.arraycopy(output, 0, targets, 0, count * this.actions);
        for (int i = 0; i < count; i++) {
            targets[i * this.actions + actions[i]] = tdTargets[i];
        }
        return network().backward(targets, 0);
    }
}
