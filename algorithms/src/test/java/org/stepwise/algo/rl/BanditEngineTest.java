package org.stepwise.algo.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class BanditEngineTest extends EngineContractTest<BanditSnapshot> {

    private final BanditFactory factory = new BanditFactory();

    @Override
    protected EngineFactory<BanditSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return null; }

    /** Defaults with only the named policies playing. */
    private Params only(PolicyKind... kinds) {
        return factory.defaults().with("policies",
                String.join(",", java.util.Arrays.stream(kinds).map(PolicyKind::id).toList()));
    }

    private static BanditSnapshot run(Engine<BanditSnapshot> engine) {
        while (!engine.step().isFinal()) {
            // to the last pull
        }
        return engine.snapshot();
    }

    @Test
    void defaultsPlayEveryPolicyToTheLastPullAndConverge() {
        Engine<BanditSnapshot> engine = factory.create(null, factory.defaults(), 0);
        BanditSnapshot end = run(engine);
        assertThat(end.step()).isEqualTo(1000);
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.policyCount()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            assertThat(java.util.Arrays.stream(end.policy(i).pulls()).sum()).isEqualTo(1000);
        }
        assertThat(end.metrics().values()).containsKeys("regret_epsilon_greedy", "regret_ucb1", "regret_thompson",
                "regret_gradient", "regret", "estimates", "pulls", "preferences", "q_star");
    }

    /**
     * UCB1's regret grows like log t (Auer et al. 2002): the mean regret over 20 seeds at 40
     * times spread evenly in ln t from 100 to 10,000 lies on a straight line in ln t (R² over
     * 0.98), and the regret per pull falls towards 0 (to under a tenth of its rate at t = 100).
     */
    @Test
    void ucbRegretGrowsLikeTheLogarithmOfTime() {
        int seeds = 20;
        int horizon = 10_000;
        int points = 40;
        int[] at = new int[points];
        for (int i = 0; i < points; i++) {
            at[i] = (int) Math.round(Math.exp(Math.log(100) + i * (Math.log(horizon) - Math.log(100)) / (points - 1)));
        }
        double[] regret = new double[points];
        Params params = only(PolicyKind.UCB1).with("pulls", horizon);
        for (int seed = 0; seed < seeds; seed++) {
            Engine<BanditSnapshot> engine = factory.create(null, params, seed);
            int next = 0;
            for (int t = 1; t <= horizon; t++) {
                engine.step();
                if (next < points && t == at[next]) {
                    regret[next++] += engine.snapshot().policy(0).regret() / seeds;
                }
            }
        }
        double[] lnT = java.util.Arrays.stream(at).mapToDouble(Math::log).toArray();
        assertThat(rSquared(lnT, regret)).isGreaterThan(0.98);
        // R² 0.998; the regret per pull falls from 0.59 at t = 100 to 0.026 at t = 10,000.
        assertThat(regret[points - 1] / horizon).isLessThan(0.1 * regret[0] / at[0]);
    }

    /** The coefficient of determination of the least-squares line through (x, y). */
    private static double rSquared(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy * sxy / (sxx * syy);
    }

    @Test
    void thompsonSamplingRegretsLessThanEpsilonGreedyOnTheDefaultBandit() {
        double thompson = 0;
        double greedy = 0;
        for (int seed = 0; seed < 30; seed++) {
            BanditSnapshot end = run(factory.create(null, factory.defaults(), seed));
            thompson += end.scalar("regret_thompson");
            greedy += end.scalar("regret_epsilon_greedy");
        }
        assertThat(thompson).isLessThan(0.7 * greedy);
    }

    @Test
    void sampleAverageEstimatesEqualEachArmsMeanReward() {
        for (PolicyKind kind : List.of(PolicyKind.EPSILON_GREEDY, PolicyKind.UCB1)) {
            Engine<BanditSnapshot> engine = factory.create(null, only(kind), 5);
            double[] sums = new double[10];
            int[] counts = new int[10];
            for (int t = 0; t < 500; t++) {
                engine.step();
                PolicyState p = engine.snapshot().policy(0);
                sums[p.lastArm()] += p.lastReward();
                counts[p.lastArm()]++;
            }
            PolicyState p = engine.snapshot().policy(0);
            for (int a = 0; a < 10; a++) {
                assertThat(p.pulls(a)).isEqualTo(counts[a]);
                assertThat(p.value(a)).as("%s Q(%d)", kind, a).isCloseTo(counts[a] == 0 ? 0 : sums[a] / counts[a],
                        within(1e-12));
            }
        }
    }

    /** Eq. 2.12 with the baseline the average of the rewards before this one (R̄₁ = R₁). */
    @Test
    void gradientPreferencesFollowEquation212WithItsBaseline() {
        double alpha = 0.25;
        Engine<BanditSnapshot> engine = factory.create(null, only(PolicyKind.GRADIENT).with("alpha", alpha), 9);
        PolicyState before = engine.snapshot().policy(0);
        double rewardSum = 0;
        for (int t = 1; t <= 300; t++) {
            engine.step();
            PolicyState after = engine.snapshot().policy(0);
            double reward = after.lastReward();
            double baseline = t == 1 ? reward : rewardSum / (t - 1);
            for (int a = 0; a < 10; a++) {
                double indicator = a == after.lastArm() ? 1 : 0;
                double expected = before.preferences()[a] + alpha * (reward - baseline) * (indicator - before.value(a));
                assertThat(after.preferences()[a]).isCloseTo(expected, within(1e-12));
            }
            double total = java.util.Arrays.stream(after.valuesCopy()).sum();
            assertThat(total).isCloseTo(1, within(1e-12));
            rewardSum += reward;
            before = after;
        }
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        BanditSnapshot first = run(factory.create(null, factory.defaults(), 11));
        BanditSnapshot again = run(factory.create(null, factory.defaults(), 11));
        BanditSnapshot other = run(factory.create(null, factory.defaults(), 12));
        assertThat(describe(again)).isEqualTo(describe(first));
        assertThat(describe(other)).isNotEqualTo(describe(first));
    }

    @Test
    void switchingAPolicyOffLeavesTheOthersRunsAlone() {
        BanditSnapshot all = run(factory.create(null, factory.defaults(), 4));
        BanditSnapshot alone = run(factory.create(null, only(PolicyKind.THOMPSON), 4));
        PolicyState inAll = all.policy(all.indexOf(PolicyKind.THOMPSON));
        assertThat(alone.policy(0).regret()).isEqualTo(inAll.regret());
        assertThat(alone.policy(0).pulls()).isEqualTo(inAll.pulls());
    }

    /** Common random numbers: two policies that pull the same arm at the same step are paid the same. */
    @Test
    void policiesPullingTheSameArmAtOnceArePaidTheSame() {
        Engine<BanditSnapshot> engine = factory.create(null, factory.defaults(), 2);
        int shared = 0;
        for (int t = 0; t < 1000; t++) {
            engine.step();
            BanditSnapshot s = engine.snapshot();
            for (int i = 1; i < s.policyCount(); i++) {
                if (s.policy(i).lastArm() == s.policy(0).lastArm()) {
                    assertThat(s.policy(i).lastReward()).isEqualTo(s.policy(0).lastReward());
                    shared++;
                }
            }
        }
        assertThat(shared).isGreaterThan(100);
    }

    /** With ε = 0 and Q starting at 0, the first arm to pay above 0 keeps being pulled, best or not. */
    @Test
    void aGreedyPolicyCanLockOntoABadArm() {
        Params greedy = only(PolicyKind.EPSILON_GREEDY).with("epsilon", 0.0);
        int locked = 0;
        for (int seed = 0; seed < 10; seed++) {
            BanditSnapshot end = run(factory.create(null, greedy, seed));
            PolicyState p = end.policy(0);
            int most = BanditArms.argmax(java.util.Arrays.stream(p.pulls()).asDoubleStream().toArray());
            if (most != end.bestArm() && p.pulls(most) > 0.95 * end.step()) {
                locked++;
            }
        }
        assertThat(locked).isGreaterThan(0);
    }

    @Test
    void bernoulliArmsPayZeroOrOneAndThompsonKeepsABetaPosteriorMean() {
        Engine<BanditSnapshot> engine = factory.create(null, only(PolicyKind.THOMPSON).with("rewards", "bernoulli"), 3);
        double[] successes = new double[10];
        for (int t = 0; t < 400; t++) {
            engine.step();
            PolicyState p = engine.snapshot().policy(0);
            assertThat(p.lastReward()).isIn(0.0, 1.0);
            successes[p.lastArm()] += p.lastReward();
        }
        BanditSnapshot s = engine.snapshot();
        for (int a = 0; a < 10; a++) {
            assertThat(s.trueMean(a)).isBetween(0.0, 1.0);
            double mean = (1 + successes[a]) / (2 + s.policy(0).pulls(a));
            assertThat(s.policy(0).value(a)).isCloseTo(mean, within(1e-12));
            assertThat(s.policy(0).low(a)).isBetween(0.0, mean);
            assertThat(s.policy(0).high(a)).isBetween(mean, 1.0);
        }
    }

    @Test
    void ucbPullsEveryArmOnceFirstInOrder() {
        Engine<BanditSnapshot> engine = factory.create(null, only(PolicyKind.UCB1), 1);
        for (int t = 0; t < 10; t++) {
            engine.step();
            assertThat(engine.snapshot().policy(0).lastArm()).isEqualTo(t);
        }
    }

    @Test
    void stepsAllocateNothing() {
        assertStepsAllocateNothing(factory.create(null, factory.defaults().with("pulls", 100_000), 0), 5000, 500);
    }

    @Test
    void badValuesAreRefusedInOneSentenceEach() {
        Params params = factory.defaults();
        assertThatThrownBy(() -> params.with("epsilon", 1.5)).hasMessageContaining("'epsilon'")
                .hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> params.with("arms", 1)).hasMessageContaining("'arms'");
        assertThatThrownBy(() -> params.with("c", -0.5)).hasMessageContaining("'c'");
        assertThatThrownBy(() -> params.with("alpha", 0.0)).hasMessageContaining("'alpha'");
        assertThatThrownBy(() -> params.with("policies", "")).hasMessageContaining("Name at least one policy");
        assertThatThrownBy(() -> params.with("policies", "ucb1,softmax"))
                .hasMessageContaining("'softmax' is no policy; the policies are epsilon_greedy,ucb1,thompson,gradient.");
        assertThatThrownBy(() -> params.with("policies", "ucb1, UCB1")).hasMessageContaining("'ucb1' is named twice");
    }

    /** The ids in any order, case or spacing, with - for _, name the policies in their own order. */
    @Test
    void policiesAreReadFromTheirIds() {
        assertThat(PolicyKind.parse(" Thompson , epsilon-greedy")).containsExactly(PolicyKind.EPSILON_GREEDY,
                PolicyKind.THOMPSON);
        assertThat(PolicyKind.parse(PolicyKind.allIds())).isEqualTo(PolicyKind.ALL);
        BanditSnapshot two = run(factory.create(null, factory.defaults().with("policies", "thompson,ucb1"), 0));
        assertThat(two.policyCount()).isEqualTo(2);
        assertThat(two.indexOf(PolicyKind.UCB1)).isZero();
        assertThat(two.indexOf(PolicyKind.EPSILON_GREEDY)).isNegative();
    }

    @Test
    void narrationSaysWhyEachPolicyChoseItsArm() {
        Engine<BanditSnapshot> engine = factory.create(null, factory.defaults(), 0);
        engine.step();
        String text = engine.snapshot().narration();
        assertThat(text).startsWith("t = 1: ε-greedy").contains("UCB1: first pull of arm 1")
                .contains("Thompson drew").contains("Gradient sampled π 0.10");
        assertThat(engine.snapshot().narration(60)).startsWith("t = 1, arms pulled: ε-greedy");
    }
}
