package org.stepwise.algo.rl.cartpole;

import java.util.Locale;
import org.stepwise.algo.Params;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Huber;
import org.stepwise.algo.neural.Loss;
import org.stepwise.algo.neural.MeanSquaredError;
import org.stepwise.algo.optim.Adam;
import org.stepwise.algo.rl.policy.HiddenLayers;

/** The run's parameters, read once from {@link Params} (names as {@link CartPoleFactory} declares them). */
record CartPoleSettings(CartPoleAlgorithm algorithm, double learningRate, double criticLearningRate, double gamma,
                        int[] hidden, ActivationFunction activation, double epsilonStart, double epsilonEnd,
                        int epsilonDecay, int bufferSize, int batchSize, int targetUpdate, int learningStarts,
                        boolean huber, int episodes, int maxEpisodeSteps) {

    /** The v0 mark: a mean return of 195 of 200 (97.5 % of the cap) over 100 episodes. */
    static final double SOLVED_FRACTION = 0.975;
    static final int WINDOW = 100;

    static CartPoleSettings of(Params params) {
        return new CartPoleSettings(CartPoleAlgorithm.of(params.choice("algorithm")),
                params.real("learningRate"), params.real("criticLearningRate"), params.real("gamma"),
                HiddenLayers.parse(params.choice("hidden")),
                ActivationFunction.valueOf(params.choice("activation").toUpperCase(Locale.ROOT)),
                params.real("epsilonStart"), params.real("epsilonEnd"), params.integer("epsilonDecay"),
                params.integer("bufferSize"), params.integer("batchSize"), params.integer("targetUpdate"),
                params.integer("learningStarts"), params.choice("loss").equals("huber"),
                params.integer("episodes"), params.integer("maxEpisodeSteps"));
    }

    /** The mean return over {@link #WINDOW} episodes that counts as solved: 195 for the cap of 200. */
    double target() { return SOLVED_FRACTION * maxEpisodeSteps; }

    Loss tdLoss() { return huber ? new Huber(1) : MeanSquaredError.halved(); }

    /** Adam with Kingma and Ba's β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    Adam adam(double rate, int dimension) { return new Adam(rate, 0.9, 0.999, 1e-8, dimension); }
}
