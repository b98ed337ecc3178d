package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The min-max and robust scalers on small columns worked by hand (their scikit-learn fixtures are
 * checked in the algorithms module, FeatureScalingEngineTest).
 */
class ScalersTest {

    /** Columns: 1, 2, 3, 4, 10 (an outlier) and a constant 7. */
    private static Dataset data() {
        double[][] x = {{1, 7}, {2, 7}, {3, 7}, {4, 7}, {10, 7}};
        return Dataset.classification("five", x, new int[] {0, 1, 0, 1, 0}, List.of("a", "c"), List.of("x", "y"));
    }

    @Test
    void minMaxMapsTheRangeToZeroOneAndAConstantColumnToZero() {
        MinMaxScaler scaler = MinMaxScaler.fit(data());
        assertThat(scaler.dataMin()).containsExactly(1, 7);
        assertThat(scaler.dataMax()).containsExactly(10, 7);
        assertThat(scaler.scale()).containsExactly(1.0 / 9, 1);
        double[] point = {10, 7};
        scaler.transformPoint(point, point);
        assertThat(point[0]).isCloseTo(1, within(1e-15));
        assertThat(point[1]).isZero();
        scaler.inversePoint(point, point);
        assertThat(point).containsExactly(new double[] {10, 7}, within(1e-12));
    }

    /** The median 3; quartiles at virtual indices 1 and 3 (n − 1 = 4): 2 and 4, so the IQR is 2. */
    @Test
    void robustCentresOnTheMedianAndDividesByTheInterquartileRange() {
        RobustScaler scaler = RobustScaler.fit(data());
        assertThat(scaler.center()).containsExactly(3, 7);
        assertThat(scaler.scale()).containsExactly(2, 1);
        double[] point = {10, 7};
        scaler.transformPoint(point, point);
        assertThat(point).containsExactly(3.5, 0);
    }

    /** NumPy's linear interpolation: (n − 1)·q between sorted values, from the nearer end past the middle. */
    @Test
    void percentilesInterpolateAsNumPy() {
        double[] sorted = {1, 2, 4, 8};
        assertThat(RobustScaler.percentile(sorted, 0.25)).isEqualTo(1.75);
        assertThat(RobustScaler.percentile(sorted, 0.5)).isEqualTo(3);
        assertThat(RobustScaler.percentile(sorted, 0.75)).isEqualTo(5);
        assertThat(RobustScaler.percentile(new double[] {5}, 0.75)).isEqualTo(5);
    }

    @Test
    void aPointOfAnotherWidthIsRefused() {
        RobustScaler scaler = RobustScaler.fit(data());
        assertThatThrownBy(() -> scaler.transformPoint(new double[3], new double[3]))
                .hasMessage("This scaler was fitted on 2 features; got 3.");
        assertThatThrownBy(() -> MinMaxScaler.fit(data().selectRows(new int[0])))
                .hasMessage("Cannot fit min-max scaling to a data set with no rows.");
    }
}
