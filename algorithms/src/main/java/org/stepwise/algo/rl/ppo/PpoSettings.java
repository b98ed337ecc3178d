package org.stepwise.algo.rl.ppo;

import org.stepwise.algo.Params;
import org.stepwise.algo.rl.policy.HiddenLayers;

/** The run's parameters, read once from the sheet's {@link Params}; {@code hidden} the hidden layers' widths. */
record PpoSettings(double clipEpsilon, int epochs, int batchSize, int minibatchSize, double gamma, double lambda,
                   double learningRate, int[] hidden, int maxUpdates, int maxEpisodeSteps) {

    static PpoSettings of(Params params) {
        return new PpoSettings(params.real("clipEpsilon"), params.integer("epochs"), params.integer("batchSize"),
                params.integer("minibatchSize"), params.real("gamma"), params.real("lambda"),
                params.real("learningRate"), HiddenLayers.parse(params.choice("hidden")), params.integer("maxUpdates"),
                params.integer("maxEpisodeSteps"));
    }
}
