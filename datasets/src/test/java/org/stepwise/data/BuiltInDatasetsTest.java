package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BuiltInDatasetsTest {

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.classCount()];
        for (int label : data.labels()) {
            counts[label]++;
        }
        return counts;
    }

    @Test
    void shapesAndClassCountsMatchScikitLearn() {
        Dataset iris = BuiltInDatasets.load("iris");
        assertThat(iris.size()).isEqualTo(150);
        assertThat(iris.featureCount()).isEqualTo(4);
        assertThat(classCounts(iris)).containsExactly(50, 50, 50);
        assertThat(iris.classNames()).containsExactly("setosa", "versicolor", "virginica");

        Dataset wine = BuiltInDatasets.load("wine");
        assertThat(wine.featureCount()).isEqualTo(13);
        assertThat(classCounts(wine)).containsExactly(59, 71, 48);

        Dataset cancer = BuiltInDatasets.load("breast_cancer");
        assertThat(cancer.featureCount()).isEqualTo(30);
        assertThat(cancer.classNames()).containsExactly("malignant", "benign");
        assertThat(classCounts(cancer)).containsExactly(212, 357);

        Dataset digits = BuiltInDatasets.load("digits");
        assertThat(digits.size()).isEqualTo(1797);
        assertThat(digits.featureCount()).isEqualTo(64);
        assertThat(digits.classCount()).isEqualTo(10);

        Dataset diabetes = BuiltInDatasets.load("diabetes");
        assertThat(diabetes.size()).isEqualTo(442);
        assertThat(diabetes.featureCount()).isEqualTo(10);
        assertThat(diabetes.isClassification()).isFalse();
    }

    @Test
    void firstRowsEqualScikitLearnValues() {
        assertThat(BuiltInDatasets.load("iris").row(0)).containsExactly(5.1, 3.5, 1.4, 0.2);
        Dataset cancer = BuiltInDatasets.load("breast_cancer");
        assertThat(cancer.feature(0, 0)).isEqualTo(17.99);
        assertThat(cancer.label(0)).isZero();
        assertThat(BuiltInDatasets.load("diabetes").target(0)).isEqualTo(151.0);
        assertThat(BuiltInDatasets.load("wine").feature(0, 0)).isEqualTo(14.23);
    }

    @Test
    void unknownNameListsTheNames() {
        assertThatThrownBy(() -> BuiltInDatasets.load("titanic"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iris, wine, breast_cancer, digits, diabetes");
    }
}
