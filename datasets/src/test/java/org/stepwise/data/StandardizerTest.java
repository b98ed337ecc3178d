package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardizerTest {

    private final Dataset data = Dataset.regression("t", new double[][] {{1, 5}, {2, 5}, {3, 5}, {6, 5}},
            new double[] {0, 1, 2, 3}, List.of("a", "b"), "y");

    @Test
    void usesThePopulationStandardDeviationAndScaleOneForConstants() {
        Standardizer standardizer = Standardizer.fit(data);
        assertThat(standardizer.mean()).containsExactly(3.0, 5.0);
        // population variance of 1,2,3,6 about 3 = (4 + 1 + 0 + 9) / 4 = 3.5
        assertThat(standardizer.scale()[0]).isCloseTo(Math.sqrt(3.5), within(1e-15));
        assertThat(standardizer.scale()[1]).isEqualTo(1.0);
        Dataset scaled = standardizer.transform(data);
        assertThat(scaled.feature(3, 0)).isCloseTo(3 / Math.sqrt(3.5), within(1e-15));
        assertThat(scaled.feature(0, 1)).isZero();
        assertThat(scaled.targets()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void inverseUndoesTransform() {
        Standardizer standardizer = Standardizer.fit(data);
        double[] point = {4.5, 7};
        double[] scaled = new double[2];
        double[] back = new double[2];
        standardizer.transformPoint(point, scaled);
        standardizer.inversePoint(scaled, back);
        assertThat(back[0]).isCloseTo(4.5, within(1e-12));
        assertThat(back[1]).isCloseTo(7, within(1e-12));
    }
}
