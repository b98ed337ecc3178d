package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.data.Dataset;

/** f_classif, SelectKBest and the leaky and honest pipelines against tools/reference/splits_leakage.py. */
class LeakagePipelinesTest {

    @Test
    void fClassifAndSelectKBestEqualScikitLearns() {
        for (String name : List.of("splits_leakage_noise", "splits_leakage_wine")) {
            SklearnFixture f = EvaluationFixtures.load(name);
            double[] expected = f.vector("f");
            double[] actual = FeatureSelection.fClassif(f.dataset());
            assertThat(actual).hasSameSizeAs(expected);
            for (int j = 0; j < expected.length; j++) {
                assertThat(actual[j]).as(name + " F of column " + j).isCloseTo(expected[j], within(1e-10 * Math.max(1, expected[j])));
            }
        }
        SklearnFixture noise = EvaluationFixtures.load("splits_leakage_noise");
        assertThat(FeatureSelection.selectKBest(FeatureSelection.fClassif(noise.dataset()), (int) noise.number("k")))
                .containsExactly(noise.integers("chosen"));
    }

    /** Selecting the features on all rows first scores pure noise well above chance; inside each fold, at chance. */
    @Test
    void selectionBeforeTheSplitLeaksAndInsideTheFoldsItDoesNot() {
        SklearnFixture f = EvaluationFixtures.load("splits_leakage_noise");
        Dataset data = f.dataset();
        List<Split> folds = KFold.split(data.size(), (int) f.number("folds"));
        int k = (int) f.number("k");
        double[] leaky = LeakagePipelines.crossValScore(data, folds, LeakagePipelines.Step.SELECT, k, true);
        double[] honest = LeakagePipelines.crossValScore(data, folds, LeakagePipelines.Step.SELECT, k, false);
        EvaluationFixtures.assertArrayClose(f.vector("leaky_scores"), leaky, "leaky cross_val_score");
        EvaluationFixtures.assertArrayClose(f.vector("honest_scores"), honest, "Pipeline cross_val_score");
        assertThat(mean(leaky)).isGreaterThan(mean(honest) + 0.15);
    }

    @Test
    void scalingInsideAndOutsideTheFoldsEqualScikitLearns() {
        SklearnFixture f = EvaluationFixtures.load("splits_leakage_wine");
        Dataset data = f.dataset();
        List<Split> folds = KFold.split(data.size(), (int) f.number("folds"));
        EvaluationFixtures.assertArrayClose(f.vector("outside_scores"),
                LeakagePipelines.crossValScore(data, folds, LeakagePipelines.Step.SCALE, 0, true), "scaled outside");
        EvaluationFixtures.assertArrayClose(f.vector("inside_scores"),
                LeakagePipelines.crossValScore(data, folds, LeakagePipelines.Step.SCALE, 0, false), "Pipeline");
        EvaluationFixtures.assertArrayClose(f.vector("raw_scores"),
                LeakagePipelines.crossValScore(data, folds, LeakagePipelines.Step.NONE, 0, false), "unscaled");
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElseThrow();
    }
}
