package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
        // population variance of 1, 2, 3, 6 about 3 = (4 + 1 + 0 + 9) / 4 = 3.5 (ddof = 0, not 14 / 3)
        assertThat(standardizer.scale()[0]).isCloseTo(Math.sqrt(3.5), within(1e-15));
        assertThat(standardizer.scale()[1]).isEqualTo(1.0);
        Dataset scaled = standardizer.transform(data);
        assertThat(scaled.feature(0, 0)).isCloseTo(-2 / Math.sqrt(3.5), within(1e-15));
        assertThat(scaled.feature(3, 0)).isCloseTo(3 / Math.sqrt(3.5), within(1e-15));
        assertThat(scaled.feature(0, 1)).isZero();
        assertThat(scaled.targets()).containsExactly(0, 1, 2, 3);
        assertThat(scaled.featureNames()).containsExactly("a", "b");
        assertThat(scaled.targetName()).isEqualTo("y");
        assertThat(data.feature(3, 0)).isEqualTo(6.0);
    }

    @Test
    void aConstantColumnWhoseMeanRoundsIsStillConstant() {
        // 0.1 + 0.1 + 0.1 = 0.30000000000000004, so a computed mean is not exactly 0.1
        Dataset tenths = Dataset.regression("t", new double[][] {{0.1}, {0.1}, {0.1}}, new double[] {1, 2, 3},
                List.of("a"), "y");
        Standardizer standardizer = Standardizer.fit(tenths);
        assertThat(standardizer.scale()).containsExactly(1.0);
        assertThat(standardizer.transform(tenths).featuresRowMajor()).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void aColumnConstantUpToRoundingGetsScaleOneAsInScikitLearn() {
        // StandardScaler().fit([[1, 1e8], [2, 1e8 + 1e-8], [3, 1e8], [6, 1e8]]) in scikit-learn 1.2.1:
        // var_ = [3.5, 4.16e-17], scale_ = [1.87082869, 1.0] (_is_constant_feature: the variance is
        // within the rounding error n·ε·var + (n·μ·ε)² = 7.9e-15), mean_ = [3, 1e8].
        Dataset nearlyConstant = Dataset.regression("t", new double[][] {{1, 1e8}, {2, 1e8 + 1e-8}, {3, 1e8}, {6, 1e8}},
                new double[] {0, 1, 2, 3}, List.of("a", "b"), "y");
        Standardizer standardizer = Standardizer.fit(nearlyConstant);
        assertThat(standardizer.scale()[0]).isCloseTo(1.8708286933869707, within(1e-15));
        assertThat(standardizer.scale()[1]).isEqualTo(1.0);
        assertThat(standardizer.mean()[1]).isCloseTo(1e8, within(1e-7));
        // StandardScaler().fit_transform, first column, by hand: (x − 3) / √3.5
        Dataset scaled = standardizer.transform(nearlyConstant);
        assertThat(scaled.feature(0, 0)).isCloseTo(-1.0690449676496976, within(1e-15));
        assertThat(scaled.feature(3, 0)).isCloseTo(1.6035674514745464, within(1e-15));
        assertThat(Math.abs(scaled.feature(1, 1))).isLessThan(1e-7);
    }

    @Test
    void standardizedNamesTheColumnsAndKeepsTheRest() {
        Dataset scaled = Standardizer.standardized(data);
        assertThat(scaled.featureNames()).containsExactly("a (standardized)", "b (standardized)");
        assertThat(scaled.name()).isEqualTo("t");
        assertThat(scaled.targetName()).isEqualTo("y");
        assertThat(scaled.targets()).containsExactly(0, 1, 2, 3);
        assertThat(scaled.feature(0, 0)).isCloseTo(-2 / Math.sqrt(3.5), within(1e-15));
        Dataset iris = Standardizer.standardized(BuiltInDatasets.load("iris"));
        assertThat(iris.featureNames().get(2)).isEqualTo("petal length (cm) (standardized)");
        assertThat(iris.classNames()).containsExactly("setosa", "versicolor", "virginica");
    }

    @Test
    void matchesScikitLearnsStandardScalerOnIris() {
        Dataset iris = BuiltInDatasets.load("iris");
        Standardizer standardizer = Standardizer.fit(iris);
        // StandardScaler().fit(load_iris().data).mean_ and .scale_, scikit-learn 1.2.1
        double[] mean = {5.843333333333335, 3.057333333333334, 3.7580000000000027, 1.199333333333334};
        double[] scale = {0.8253012917851409, 0.43441096773549437, 1.7594040657753032, 0.7596926279021594};
        double[] firstRow = {-0.9006811702978099, 1.0190043519716065, -1.3402265266227635, -1.3154442950077407};
        Dataset scaled = standardizer.transform(iris);
        for (int j = 0; j < 4; j++) {
            assertThat(standardizer.mean()[j]).isCloseTo(mean[j], within(1e-13));
            assertThat(standardizer.scale()[j]).isCloseTo(scale[j], within(1e-13));
            assertThat(scaled.feature(0, j)).isCloseTo(firstRow[j], within(1e-12));
        }
        assertThat(scaled.classNames()).isEqualTo(iris.classNames());
        assertThat(scaled.labels()).isEqualTo(iris.labels());
        assertThat(scaled.targetName()).isEqualTo("species");
    }

    @Test
    void inverseUndoesTransformAndBothWorkInPlace() {
        Standardizer standardizer = Standardizer.fit(data);
        double[] point = {4.5, 7};
        double[] scaled = new double[2];
        double[] back = new double[2];
        standardizer.transformPoint(point, scaled);
        assertThat(scaled[0]).isCloseTo(1.5 / Math.sqrt(3.5), within(1e-15));
        assertThat(scaled[1]).isEqualTo(2.0);
        standardizer.inversePoint(scaled, back);
        assertThat(back[0]).isCloseTo(4.5, within(1e-12));
        assertThat(back[1]).isEqualTo(7.0);
        standardizer.transformPoint(point, point);
        assertThat(point).containsExactly(scaled);
        assertThat(point).isNotSameAs(scaled);
    }

    @Test
    void fittedValuesCannotBeChangedFromOutside() {
        Standardizer standardizer = Standardizer.fit(data);
        standardizer.mean()[0] = 100;
        standardizer.scale()[0] = 100;
        assertThat(standardizer.mean()[0]).isEqualTo(3.0);
        assertThat(standardizer.scale()[0]).isCloseTo(Math.sqrt(3.5), within(1e-15));
    }

    @Test
    void refusesOtherWidthsAndEmptyData() {
        Standardizer standardizer = Standardizer.fit(data);
        assertThatThrownBy(() -> standardizer.transformPoint(new double[3], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("This scaler was fitted on 2 features; got 3.");
        assertThatThrownBy(() -> standardizer.transformPoint(new double[2], new double[1]))
                .hasMessageContaining("got 1");
        assertThatThrownBy(() -> standardizer.transform(BuiltInDatasets.load("iris")))
                .hasMessageContaining("got 4");
        Dataset empty = Dataset.regression("e", new double[0][], new double[0], List.of("a"), "y");
        assertThatThrownBy(() -> Standardizer.fit(empty)).hasMessage("Cannot standardize a data set with no rows.");
    }
}
