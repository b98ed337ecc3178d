package org.stepwise.algo.rl;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.data.Dataset;

/**
 * Builds bandit runs: the chosen policies play one k-armed bandit side by side. Takes no data
 * ({@link DataKind#NONE}). The parameter {@code policies} names the policies that play, their
 * ids separated by commas ({@code epsilon_greedy,ucb1,thompson,gradient}, every one by default;
 * {@link PolicyKind#parse}): the sheet offers the usual sets and takes any other typed in.
 *
 * <p>UCB's c follows the rewards ({@link ParamSpec#defaultsFollow}): 2 on Gaussian arms, as Sutton
 * and Barto's Fig. 2.4, and √2 on Bernoulli arms, Auer et al.'s UCB1 for rewards in [0, 1], where
 * c = 2 keeps exploring arms long known to be poor.
 *
 * <p>The seed draws the bandit's true means, then the reward stream, then one generator per
 * policy for its own chances (the ε coin, Thompson's draws, the gradient bandit's sampling), so
 * switching a policy off changes no other policy's run.
 */
public final class BanditFactory implements EngineFactory<BanditSnapshot> {

    private static final String BANDIT = "Bandit";
    private static final String SETTINGS = "Policy settings";

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("rewards", "gaussian", List.of("gaussian", "bernoulli"))
                    .optionLabels("Gaussian N(q*, 1)", "Bernoulli (0 or 1)")
                    .help("the arms' rewards: gaussian, q* ~ N(0, 1) and rewards N(q*, 1) (Sutton and Barto's testbed); "
                            + "bernoulli, 1 with probability q* ~ U(0, 1)").group(BANDIT),
            ParamSpec.integer("arms", 10).between(2, 50).help("k, the number of arms").group(BANDIT),
            ParamSpec.integer("pulls", 1000).between(1, 100_000).logScale()
                    .help("how many times each policy pulls (the run's steps)").group(BANDIT),
            ParamSpec.choice("policies", PolicyKind.allIds(), List.of(PolicyKind.allIds(), "epsilon_greedy,ucb1",
                            "ucb1,thompson", "epsilon_greedy,gradient", "epsilon_greedy", "ucb1", "thompson", "gradient"))
                    .orText("policy ids separated by commas, from " + PolicyKind.allIds(), "", PolicyKind::problem)
                    .label("Policies")
                    .help("the policies that play, side by side on one bandit: epsilon_greedy (ε-greedy with sample "
                            + "averages), ucb1 (the upper confidence bound), thompson (Thompson sampling), gradient "
                            + "(the gradient bandit's soft-max preferences); separate them by commas").group(BANDIT),
            ParamSpec.real("epsilon", 0.1).between(0, 1).label("ε")
                    .help("ε-greedy's chance of pulling an arm at random").group(SETTINGS)
                    .appliesWhen(playing(PolicyKind.EPSILON_GREEDY), "Only when ε-greedy plays"),
            ParamSpec.real("c", 2).between(0, 10).label("UCB c")
                    .help("c, the weight of UCB's exploration bonus c√(ln t / N(a)); √2 is Auer et al.'s UCB1 "
                            + "(the default on Bernoulli arms), 2 Sutton and Barto's (on Gaussian arms)")
                    .group(SETTINGS).defaultsFollow("rewards", java.util.Map.of("bernoulli", Math.sqrt(2))).appliesWhen(playing(PolicyKind.UCB1), "Only when UCB1 plays"),
            ParamSpec.real("alpha", 0.1).greaterThan(0).atMost(10).logScale().label("Gradient α")
                    .help("α, the gradient bandit's step size").group(SETTINGS)
                    .appliesWhen(playing(PolicyKind.GRADIENT), "Only when the gradient bandit plays"),
            ParamSpec.flag("baseline", true).label("Gradient baseline")
                    .help("whether the gradient bandit compares each reward with the average so far").group(SETTINGS)
                    .appliesWhen(playing(PolicyKind.GRADIENT), "Only when the gradient bandit plays"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.NONE; }

    /**
     * @throws IllegalArgumentException when {@code policies} names no policy (the sheet and the
     *                                  command line refuse such a value before)
     */
    @Override
    public Engine<BanditSnapshot> create(Dataset data, Params params, long seed) {
        RandomGenerator master = Randomness.generator(seed);
        BanditArms.Rewards rewards = BanditArms.Rewards.valueOf(params.choice("rewards").toUpperCase(java.util.Locale.ROOT));
        int k = params.integer("arms");
        BanditArms arms = new BanditArms(rewards, k, Randomness.generator(master.nextLong()));
        List<PolicyKind> playing = PolicyKind.parse(params.choice("policies"));
        List<BanditPolicy> policies = new ArrayList<>();
        for (PolicyKind kind : PolicyKind.ALL) {
            // Drawn whether or not the policy plays, so each policy's chances stay its own.
            RandomGenerator own = Randomness.generator(master.nextLong());
            if (playing.contains(kind)) {
                policies.add(policy(kind, k, rewards, params, own));
            }
        }
        return new BanditEngine(arms, policies, params.integer("pulls"));
    }

    private static BanditPolicy policy(PolicyKind kind, int k, BanditArms.Rewards rewards, Params params,
                                       RandomGenerator random) {
        return switch (kind) {
            // σ of a Bernoulli reward is at most 1/2: the interval is the widest it can be.
            case EPSILON_GREEDY -> new EpsilonGreedy(k, params.real("epsilon"),
                    rewards == BanditArms.Rewards.GAUSSIAN ? 1 : 0.5, random);
            case UCB1 -> new Ucb1(k, params.real("c"));
            case THOMPSON -> new ThompsonSampling(k, rewards, random);
            case GRADIENT -> new GradientBandit(k, params.real("alpha"), params.flag("baseline"), random);
        };
    }

    private static java.util.function.Predicate<Params> playing(PolicyKind kind) {
        return values -> PolicyKind.problem(values.choice("policies")) == null
                && PolicyKind.parse(values.choice("policies")).contains(kind);
    }
}
