package org.stepwise.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureScalesTest {

    @Test
    void theStableStepComesFromTheLargestEigenvalueOfTheGramMatrix() {
        // Ã = [1 x] with x = (1, −1, 3, −3): (1/n)ÃᵀÃ = [[1, 0], [0, 5]], λ = 5.
        FeatureScales scales = new FeatureScales(new double[] {1, -1, 3, -3}, 4, 1, List.of("x"));
        // Sigmoid: c = 1/4, 2/(λ/4) = 8/5; three-class softmax at the start: c = 1/3, 6/5.
        assertThat(scales.stableStep(2)).isCloseTo(1.6, within(1e-12));
        assertThat(scales.stableStep(3)).isCloseTo(1.2, within(1e-12));
        assertThat(scales.unscaled()).as("mean squares 1 and 5").isFalse();
        assertThat(scales.slowness(1.0, 2)).isEmpty();
        assertThat(scales.slowness(2.0, 2)).isEqualTo("; learning rate 2 is above 1.60, the largest step that does "
                + "not overshoot at the start on these features: lower it");
        assertThat(scales.divergence(1.0, 2)).isEqualTo("learning rate 1 is too large for this data; lower it");
    }

    @Test
    void columnsTenTimesApartAreUnscaledAndAZeroColumnDoesNotCount() {
        // Columns a (mean square 0.01), b (all 0), c (mean square 100), beside the intercept's 1.
        double[] x = {0.1, 0, 10, -0.1, 0, -10};
        FeatureScales scales = new FeatureScales(x, 2, 3, List.of("a", "b", "c"));
        assertThat(scales.unscaled()).isTrue();
        // (1/n)ÃᵀÃ: the intercept alone (1), b alone (0), and a–c [[0.01, 1], [1, 100]], of eigenvalues 0 and 100.01.
        assertThat(scales.stableStep(2)).isCloseTo(8 / 100.01, within(1e-9));
        assertThat(scales.divergence(5, 2)).isEqualTo("the features are on very different scales (column mean "
                + "squares from 0.0100 for 'a' to 100 for 'c', the intercept's 1), so a learning rate small enough for "
                + "the largest (below 0.0800 here) barely moves the others: standardize them (the data option "
                + "Standardize, --standardize on the command line)");
    }

    @Test
    void columnsAreScaledWithinAFactorOfTenOfTheInterceptOnEitherSide() {
        // Two blobs side by side: mean squares 9 across, 0.25 along; both within ten of the intercept's 1.
        double[] blobs = {3, 0.5, -3, -0.5, 3, -0.5, -3, 0.5};
        assertThat(new FeatureScales(blobs, 4, 2, List.of("x1", "x2")).unscaled()).isFalse();
        assertThat(new FeatureScales(new double[] {10, 0, -10, 0}, 2, 2, List.of("a", "b")).unscaled())
                .as("mean square 100").isTrue();
        assertThat(new FeatureScales(new double[] {0.3, -0.3}, 2, 1, List.of("a")).unscaled())
                .as("mean square 0.09").isTrue();
        assertThat(new FeatureScales(new double[] {0.4, -0.4}, 2, 1, List.of("a")).unscaled())
                .as("mean square 0.16").isFalse();
    }
}
