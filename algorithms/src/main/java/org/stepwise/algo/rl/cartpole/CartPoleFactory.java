package org.stepwise.algo.rl.cartpole;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.rl.policy.HiddenLayers;
import org.stepwise.data.Dataset;

/**
 * Builds cart-pole runs. Takes no data ({@link DataKind#NONE}): the environment is the lesson's.
 * The learning rates, the layers and the budget follow the algorithm ({@link ParamSpec#defaultsFollow}),
 * each at a value that solves CartPole-v0 within its budget (CartPoleEngineTest).
 *
 * <p>The seed draws one generator for the episodes' start states and one for the learner
 * (its starting weights, its sampled actions or ε coins, its replayed batches).
 */
public final class CartPoleFactory implements EngineFactory<CartPoleSnapshot> {

    private static final String LEARNER = "Learner";
    private static final String NETWORK = "Network";
    private static final String DQN = "Deep Q-network";
    private static final String EPISODES = "Episodes";
    private static final List<String> HIDDEN = List.of("16", "32", "64", "128", "32,32", "64,64");

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("algorithm", CartPoleAlgorithm.REINFORCE.id(), CartPoleAlgorithm.IDS)
                    .optionLabels("REINFORCE with baseline", "One-step actor-critic", "Deep Q-network (DQN)")
                    .help("the learner: a policy gradient with a learned baseline (Sutton and Barto §13.4), "
                            + "one-step actor-critic (§13.5), or a deep Q-network (Mnih et al. 2015)").group(LEARNER),
            ParamSpec.real("learningRate", 0.01).between(1e-6, 1).logScale().label("Learning rate")
                    .help("Adam's step size for the policy (the Q-network for DQN)").group(LEARNER)
                    .defaultsFollow("algorithm", Map.of("actor-critic", 0.001, "dqn", 0.001)),
            ParamSpec.real("criticLearningRate", 0.1).between(1e-6, 1).logScale().label("Critic learning rate")
                    .help("Adam's step size for the state-value network v̂").group(LEARNER)
                    .defaultsFollow("algorithm", Map.of("actor-critic", 0.005))
                    .appliesWhen(not(CartPoleAlgorithm.DQN), "DQN learns action values only"),
            ParamSpec.real("gamma", 0.99).greaterThan(0).atMost(1).label("Discount γ")
                    .help("how much a reward one step later is worth").group(LEARNER),
            ParamSpec.choice("hidden", "32", HIDDEN)
                    .orText("hidden layer widths separated by commas, such as 24,24", "Your layers",
                            HiddenLayers::problem)
                    .label("Hidden layers").help("neurons in each hidden layer of every network, comma-separated")
                    .group(NETWORK).defaultsFollow("algorithm", Map.of("dqn", "64")),
            ParamSpec.choice("activation", "tanh", List.of("tanh", "relu")).optionLabels("tanh", "ReLU")
                    .help("the hidden neurons' activation").group(NETWORK)
                    .defaultsFollow("algorithm", Map.of("dqn", "relu")),
            ParamSpec.real("epsilonStart", 1).between(0, 1).label("ε at the start")
                    .help("the chance of a random action at the first step").group(DQN).appliesWhen(is(CartPoleAlgorithm.DQN), "Only for DQN"),
            ParamSpec.real("epsilonEnd", 0.01).between(0, 1).label("ε at the end")
                    .help("the chance of a random action once the decay is over").group(DQN).appliesWhen(is(CartPoleAlgorithm.DQN), "Only for DQN"),
            ParamSpec.integer("epsilonDecay", 5000).between(1, 1_000_000).logScale().label("ε decay steps")
                    .help("steps over which ε falls linearly from its start to its end").group(DQN).appliesWhen(is(CartPoleAlgorithm.DQN), "Only for DQN"),
            ParamSpec.integer("bufferSize", 50_000).between(1, 1_000_000).logScale().label("Replay buffer")
                    .help("how many recent transitions the replay buffer keeps").group(DQN).appliesWhen(is(CartPoleAlgorithm.DQN), "Only for DQN"),
            ParamSpec.integer("batchSize", 32).between(1, 4096).logScale().label("Batch size")
                    .help("transitions replayed at each step").group(DQN).appliesWhen(is(CartPoleAlgorithm.DQN), "Only for DQN"),
            ParamSpec.integer("targetUpdate", 500).between(1, 1_000_000).logScale().label("Target update")
                    .help("steps between copies of the Q-network into the target network").group(DQN).appliesWhen(is(CartPoleAlgorithm.DQN), "Only for DQN"),
            ParamSpec.integer("learningStarts", 1000).between(1, 1_000_000).logScale().label("Learning starts")
                    .help("transitions stored before the first replayed batch").group(DQN).appliesWhen(is(CartPoleAlgorithm.DQN), "Only for DQN"),
            ParamSpec.choice("loss", "squared", List.of("squared", "huber")).optionLabels("Squared error", "Huber")
                    .help("the TD loss: squared, or Huber (errors beyond 1 count linearly, the paper's clipping of the error)")
                    .group(DQN).appliesWhen(is(CartPoleAlgorithm.DQN), "Only for DQN"),
            ParamSpec.integer("episodes", 500).between(1, 100_000).logScale().label("Episode budget")
                    .help("the most episodes the run may take to reach the solved mark").group(EPISODES)
                    .defaultsFollow("algorithm", Map.of("dqn", 1000)),
            ParamSpec.integer("maxEpisodeSteps", 200).between(10, 10_000).logScale().label("Episode cap")
                    .help("steps after which an episode is cut (200 in CartPole-v0, solved at a mean of 195)")
                    .group(EPISODES));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.NONE; }

    /**
     * @throws IllegalArgumentException when the replay buffer cannot hold one batch
     */
    @Override
    public Engine<CartPoleSnapshot> create(Dataset data, Params params, long seed) {
        CartPoleSettings settings = CartPoleSettings.of(params);
        if (settings.algorithm() == CartPoleAlgorithm.DQN && settings.bufferSize() < settings.batchSize()) {
            throw new IllegalArgumentException("The replay buffer (" + settings.bufferSize()
                    + " transitions) must hold at least one batch of " + settings.batchSize() + ".");
        }
        RandomGenerator master = Randomness.generator(seed);
        RandomGenerator starts = Randomness.generator(master.nextLong());
        RandomGenerator learner = Randomness.generator(master.nextLong());
        CartPoleAgent agent = switch (settings.algorithm()) {
            case REINFORCE -> new ReinforceAgent(settings, learner);
            case ACTOR_CRITIC -> new ActorCriticAgent(settings, learner);
            case DQN -> new DqnAgent(settings, learner);
        };
        return new CartPoleEngine(settings, agent, starts);
    }

    private static Predicate<Params> is(CartPoleAlgorithm algorithm) {
        return values -> values.choice("algorithm").equals(algorithm.id());
    }

    private static Predicate<Params> not(CartPoleAlgorithm algorithm) {
        return is(algorithm).negate();
    }
}
