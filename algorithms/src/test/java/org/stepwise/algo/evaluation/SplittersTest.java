package org.stepwise.algo.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.SklearnFixture;

/** Fold indices exactly as scikit-learn's for the deterministic splitters; properties for the shuffled ones. */
class SplittersTest {

    private static final SklearnFixture SPLITS = EvaluationFixtures.load("splits");

    private static void assertSplits(String key, List<Split> actual) {
        List<SklearnFixture> expected = SPLITS.parts(key);
        assertEquals(expected.size(), actual.size(), key + ": number of splits");
        for (int s = 0; s < expected.size(); s++) {
            assertArrayEquals(expected.get(s).integers("train"), actual.get(s).train(), key + " split " + s + " train");
            assertArrayEquals(expected.get(s).integers("test"), actual.get(s).test(), key + " split " + s + " test");
        }
    }

    @Test
    void deterministicSplittersGiveScikitLearnsFolds() {
        assertSplits("kfold_23_5", KFold.split(23, 5));
        assertSplits("kfold_10_10", KFold.split(10, 10));
        int[] y = SPLITS.integers("stratified_y");
        assertSplits("stratified_30_4", StratifiedKFold.split(y, 4));
        assertSplits("stratified_30_3", StratifiedKFold.split(y, 3));
        int[] groups = SPLITS.integers("groups");
        assertSplits("group_28_3", GroupKFold.split(groups, 3));
        assertSplits("group_28_4", GroupKFold.split(groups, 4));
        assertSplits("timeseries_20_4", TimeSeriesSplit.split(20, 4));
        assertSplits("timeseries_20_3_max6_test3_gap1", TimeSeriesSplit.split(20, 3, 6, 3, 1));
        assertSplits("leave_one_out_6", LeaveOneOut.split(6));
    }

    @Test
    void shuffledKFoldsPartitionTheRowsInFoldsOfScikitLearnsSizes() {
        List<Split> splits = KFold.split(23, 5, Randomness.generator(3));
        int[] seen = new int[23];
        for (int s = 0; s < 5; s++) {
            Split split = splits.get(s);
            assertEquals(s < 3 ? 5 : 4, split.test().length, "fold " + s);
            assertDisjointCover(split, 23);
            Arrays.stream(split.test()).forEach(i -> seen[i]++);
        }
        assertTrue(Arrays.stream(seen).allMatch(c -> c == 1), "each row tested once");
        assertTrue(!Arrays.equals(splits.get(0).test(), KFold.split(23, 5).get(0).test()), "shuffled");
    }

    @Test
    void shuffledStratifiedFoldsKeepEachClassShare() {
        int[] y = SPLITS.integers("stratified_y");
        List<Split> plain = StratifiedKFold.split(y, 4);
        List<Split> shuffled = StratifiedKFold.split(y, 4, Randomness.generator(11));
        for (int s = 0; s < 4; s++) {
            assertDisjointCover(shuffled.get(s), y.length);
            for (int c = 0; c < 3; c++) {
                assertEquals(countOf(y, plain.get(s).test(), c), countOf(y, shuffled.get(s).test(), c), "class " + c);
            }
        }
    }

    @Test
    void shuffleSplitsHaveScikitLearnsSizesAndAreDisjoint() {
        List<Split> splits = ShuffleSplit.split(31, 6, 0.25, 0, Randomness.generator(5));
        assertEquals(6, splits.size());
        for (Split split : splits) {
            assertEquals(8, split.test().length, "ceil(0.25 * 31)");
            assertDisjointCover(split, 31);
        }
        Split partial = ShuffleSplit.split(31, 1, 0.2, 0.5, Randomness.generator(5)).get(0);
        assertEquals(7, partial.test().length);
        assertEquals(15, partial.train().length, "floor(0.5 * 31)");
        assertTrue(IntStream.of(partial.train()).noneMatch(i -> IntStream.of(partial.test()).anyMatch(j -> j == i)));
    }

    @Test
    void impossibleSplitsAreRefusedWithASentence() {
        int[] y = {0, 0, 0, 1, 1, 1, 2};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StratifiedKFold.split(y, 2));
        assertTrue(e.getMessage().contains("more than the 1 rows of class 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GroupKFold.split(new int[] {1, 1, 2, 2}, 3));
        assertTrue(e.getMessage().contains("greater than the number of groups: 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KFold.split(3, 4));
        assertThrows(IllegalArgumentException.class, () -> TimeSeriesSplit.split(5, 5));
    }

    private static void assertDisjointCover(Split split, int n) {
        int[] all = IntStream.concat(IntStream.of(split.train()), IntStream.of(split.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, n).toArray(), all, "train and test partition the rows");
    }

    private static long countOf(int[] y, int[] rows, int c) { return IntStream.of(rows).filter(i -> y[i] == c).count(); }
}
