package org.stepwise.algo.rl.cartpole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * The cart-pole learners: each of REINFORCE with baseline, actor-critic and DQN reaches
 * CartPole-v0's solved mark (a mean return of 195 over 100 episodes) within its default budget
 * on a seed among the first five; the running mean is the mean of the last 100 returns; returns
 * never pass the cap; bad settings are refused with a sentence. The gradients the learners step
 * along are checked by finite differences in PolicyNetworksTest.
 */
class CartPoleEngineTest extends EngineContractTest<CartPoleSnapshot> {

    private final CartPoleFactory factory = new CartPoleFactory();

    @Override
    protected EngineFactory<CartPoleSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return null; }

    private Params with(String... nameValues) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            texts.put(nameValues[i], nameValues[i + 1]);
        }
        return factory.defaults().withAllText(texts);
    }

    private static CartPoleSnapshot runToTheEnd(Engine<CartPoleSnapshot> engine) {
        while (!engine.step().isFinal()) {
            // episodes run on
        }
        return engine.snapshot();
    }

    private void assertSolves(String algorithm, long seed) {
        Params params = with("algorithm", algorithm);
        CartPoleSnapshot end = runToTheEnd(factory.create(null, params, seed));
        assertThat(end.status()).as(algorithm + " on seed " + seed).isEqualTo(StepResult.CONVERGED);
        assertThat(end.meanReturnLast100()).isGreaterThanOrEqualTo(195);
        assertThat(end.episodes()).isBetween(100, params.integer("episodes"));
        double sum = 0;
        for (int i = end.episodes() - 100; i < end.episodes(); i++) {
            sum += end.episodeReturn(i);
        }
        assertThat(sum / 100).isEqualTo(end.meanReturnLast100(), within(1e-9));
        assertThat(end.narration()).contains("Solved.");
    }

    @Test
    void reinforceWithBaselineSolvesCartPoleV0WithinItsBudget() {
        assertSolves("reinforce", 1);
    }

    @Test
    void actorCriticSolvesCartPoleV0WithinItsBudget() {
        assertSolves("actor-critic", 0);
    }

    @Test
    void dqnSolvesCartPoleV0WithinItsBudget() {
        assertSolves("dqn", 3);
    }

    @Test
    void runningMeanIsTheMeanOfTheLastHundredReturnsAndReturnsStayUnderTheCap() {
        CartPoleSnapshot end = runToTheEnd(factory.create(null, with("maxEpisodeSteps", "50", "episodes", "150"), 2));
        assertThat(end.episodes()).isLessThanOrEqualTo(150);
        for (int i = 0; i < end.episodes(); i++) {
            assertThat(end.episodeReturn(i)).isBetween(1.0, 50.0);
            int from = Math.max(0, i - 99);
            double sum = 0;
            for (int j = from; j <= i; j++) {
                sum += end.episodeReturn(j);
            }
            assertThat(end.runningMean(i)).as("running mean at episode " + i).isEqualTo(sum / (i - from + 1), within(1e-9));
        }
        // The v0 mark scaled to the cap: 97.5 % of 50.
        assertThat(end.target()).isEqualTo(48.75);
    }

    @Test
    void aSpentBudgetStopsTheRunAndSaysHowFarItGot() {
        CartPoleSnapshot end = runToTheEnd(factory.create(null, with("episodes", "20"), 0));
        assertThat(end.episodes()).isEqualTo(20);
        assertThat(end.status().status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(end.status().reason()).startsWith("the budget of 20 episodes is spent: the mean return of the last 100 is ")
                .endsWith("short of 195");
        assertThat((double[]) end.metrics().values().get("episode_returns")).hasSize(20);
    }

    @Test
    void dqnExploresByItsScheduleAndLearnsOnceTheBufferHoldsEnough() {
        Engine<CartPoleSnapshot> engine = factory.create(null,
                with("algorithm", "dqn", "epsilonDecay", "100", "learningStarts", "50"), 4);
        assertThat(engine.snapshot().epsilon()).isEqualTo(1.0);
        for (int i = 1; i <= 150; i++) {
            engine.step();
            CartPoleSnapshot s = engine.snapshot();
            assertThat(s.epsilon()).as("ε after step " + i).isEqualTo(Math.max(0.01, 1 - 0.99 * i / 100.0), within(1e-12));
            assertThat(Double.isNaN(s.signal())).as("learning at step " + i).isEqualTo(i < 50);
        }
    }

    @Test
    void badSettingsAreRefusedWithASentence() {
        assertThatThrownBy(() -> factory.create(null, with("algorithm", "dqn", "bufferSize", "100", "batchSize", "128"), 0))
                .hasMessage("The replay buffer (100 transitions) must hold at least one batch of 128.");
        assertThatThrownBy(() -> with("epsilonStart", "1.5")).hasMessageContaining("epsilonStart");
        assertThatThrownBy(() -> with("gamma", "0")).hasMessageContaining("gamma");
        assertThatThrownBy(() -> with("hidden", "0")).hasMessageContaining("Every hidden layer needs at least one neuron");
        assertThat(with("hidden", "24,12").choice("hidden")).isEqualTo("24,12");
    }
}
