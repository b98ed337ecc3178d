package org.stepwise.algo.rl.ppo;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.rl.policy.HiddenLayers;
import org.stepwise.data.Dataset;

/**
 * Builds PPO runs on the cart-pole (Schulman et al. 2017; advantages by GAE, Schulman et al.
 * 2016). Takes no data ({@link DataKind#NONE}): the environment is the lesson's input. The
 * defaults are those of common PPO setups for classic control (ε = 0.2, γ = 0.99, λ = 0.95, Adam)
 * sized so that CartPole-v0 is solved within the budget in seconds.
 */
public final class PpoFactory implements EngineFactory<PpoSnapshot> {

    private static final String PPO = "Clipped objective";
    private static final String BATCHES = "Batches";
    private static final String ADVANTAGE = "Advantages (GAE)";
    private static final String NETWORK = "Networks";
    private static final String RUN = "Budget";

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.real("clipEpsilon", 0.2).greaterThan(0).atMost(0.99).label("ε (clip)")
                    .help("ε, how far the probability ratio r may move from 1 before the objective goes flat")
                    .group(PPO),
            ParamSpec.integer("epochs", 4).between(1, 50).label("epochs")
                    .help("epochs of updates over each batch; more epochs push the ratios further from 1").group(PPO),
            ParamSpec.integer("batchSize", 1024).between(16, 16_384).logScale().label("batch size")
                    .help("environment steps collected with the current policy before each update").group(BATCHES),
            ParamSpec.integer("minibatchSize", 64).between(1, 16_384).logScale().label("minibatch size")
                    .help("samples per Adam step within an epoch (at most the batch size)").group(BATCHES),
            ParamSpec.real("gamma", 0.99).between(0, 1).label("γ (discount)")
                    .help("γ, the discount of future rewards").group(ADVANTAGE),
            ParamSpec.real("lambda", 0.95).between(0, 1).label("λ (GAE)")
                    .help("λ, GAE's weight: 0 is the one-step TD residual, 1 the discounted return minus V")
                    .group(ADVANTAGE),
            ParamSpec.real("learningRate", 1e-3).greaterThan(0).atMost(1).logScale().label("learning rate")
                    .help("Adam's step size for both networks").group(NETWORK),
            ParamSpec.choice("hidden", "32,32", List.of("16,16", "32,32", "64,64", "32", "64", "32,32,32"))
                    .orText("hidden layer widths separated by commas, such as 32,32", "Your layers",
                            HiddenLayers::problem)
                    .label("Hidden layers")
                    .help("neurons in each tanh hidden layer of the policy and of the value network, comma-separated "
                            + "(as the cartpole lesson's)")
                    .group(NETWORK),
            ParamSpec.integer("maxUpdates", 100).between(1, 10_000).logScale().label("batch budget")
                    .help("batches to collect and learn from before the run stops unsolved").group(RUN),
            ParamSpec.integer("maxEpisodeSteps", 200).between(1, 10_000).logScale().label("episode cap")
                    .help("steps after which an episode ends standing (CartPole-v0's 200)").group(RUN));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.NONE; }

    /**
     * @throws IllegalArgumentException when the minibatch is larger than the batch
     */
    @Override
    public Engine<PpoSnapshot> create(Dataset data, Params params, long seed) {
        PpoSettings settings = PpoSettings.of(params);
        if (settings.minibatchSize() > settings.batchSize()) {
            throw new IllegalArgumentException("A minibatch of " + settings.minibatchSize()
                    + " samples cannot be drawn from a batch of " + settings.batchSize()
                    + " environment steps: make minibatchSize at most batchSize.");
        }
        return new PpoEngine(settings, Randomness.generator(seed));
    }
}
