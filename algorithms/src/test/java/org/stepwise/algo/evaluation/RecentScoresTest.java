package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class RecentScoresTest {

    private final AtomicInteger fits = new AtomicInteger();

    private ScoredRows scores(Dataset data, long seed, String model) {
        return RecentScores.of(data, 1, 0.3, seed, model, () -> {
            fits.incrementAndGet();
            return HeldOutScores.split(data, 1, 0.3, seed, "A test needs").scoredBy(ScoringModel.named(model), seed);
        });
    }

    /** A threshold let go of starts a new run on the same data: the classifier is not fitted again. */
    @Test
    void theSameFitIsMadeOnceAndAnotherFitAgain() {
        Dataset data = Generators.generate("moons", new GeneratorOptions(300, 0.3, 2, 4));
        ScoredRows first = scores(data, 5, "logistic-regression");
        assertThat(scores(data, 5, "logistic-regression")).isSameAs(first);
        Dataset equalCopy = Generators.generate("moons", new GeneratorOptions(300, 0.3, 2, 4));
        assertThat(scores(equalCopy, 5, "logistic-regression")).isSameAs(first);
        assertThat(fits).hasValue(1);
        assertThat(scores(data, 6, "logistic-regression")).isNotSameAs(first);
        assertThat(scores(data, 5, "knn")).isNotSameAs(first);
        assertThat(fits).hasValue(3);
    }

    /** Through the factory: runs that share one fit's scores still each stop at their own threshold. */
    @Test
    void runsThatDifferOnlyInTheirThresholdEachEndAtTheirOwn() {
        Dataset data = Generators.generate("moons", new GeneratorOptions(400, 0.3, 2, 9));
        ConfusionMatrixFactory factory = new ConfusionMatrixFactory();
        Params params = factory.defaults(data);
        var low = factory.create(data, params.with("threshold", 0.2), 3);
        var high = factory.create(data, params.with("threshold", 0.8), 3);
        while (!low.step().isFinal()) {
            // to the threshold
        }
        while (!high.step().isFinal()) {
            // to the threshold
        }
        assertThat(low.snapshot().scalar("recall")).isGreaterThan(high.snapshot().scalar("recall"));
        var again = factory.create(data, params.with("threshold", 0.8), 3);
        while (!again.step().isFinal()) {
            // to the threshold
        }
        assertThat(again.snapshot().scalar("recall")).isEqualTo(high.snapshot().scalar("recall"));
        assertThat(again.snapshot().scalar("precision")).isEqualTo(high.snapshot().scalar("precision"));
    }
}
