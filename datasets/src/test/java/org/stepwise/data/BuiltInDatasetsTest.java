package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Shapes, class ids and exact values checked against scikit-learn 1.2.1's load_* functions. */
class BuiltInDatasetsTest {

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.classCount()];
        for (int label : data.labels()) {
            counts[label]++;
        }
        return counts;
    }

    @Test
    void namesAreTheFiveSetsInPickerOrder() {
        assertThat(BuiltInDatasets.names()).containsExactly("iris", "wine", "breast_cancer", "digits", "diabetes");
        for (String name : BuiltInDatasets.names()) {
            assertThat(BuiltInDatasets.load(name).name()).isEqualTo(name);
            assertThat(BuiltInDatasets.isClassification(name)).isEqualTo(!name.equals("diabetes"));
        }
    }

    @Test
    void iris() {
        Dataset iris = BuiltInDatasets.load("iris");
        assertThat(iris.size()).isEqualTo(150);
        assertThat(iris.featureCount()).isEqualTo(4);
        assertThat(iris.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(classCounts(iris)).containsExactly(50, 50, 50);
        assertThat(iris.featureNames()).containsExactly("sepal length (cm)", "sepal width (cm)",
                "petal length (cm)", "petal width (cm)");
        assertThat(iris.row(0)).containsExactly(5.1, 3.5, 1.4, 0.2);
        assertThat(iris.label(0)).isZero();
        assertThat(iris.row(149)).containsExactly(5.9, 3.0, 5.1, 1.8);
        assertThat(iris.label(149)).isEqualTo(2);
        assertThat(iris.targetName()).isEqualTo("species");
    }

    @Test
    void wine() {
        Dataset wine = BuiltInDatasets.load("wine");
        assertThat(wine.size()).isEqualTo(178);
        assertThat(wine.featureCount()).isEqualTo(13);
        // scikit-learn's class_0 as a learner reads it, as generated data names its classes.
        assertThat(wine.classNames()).containsExactly("class 0", "class 1", "class 2");
        assertThat(classCounts(wine)).containsExactly(59, 71, 48);
        assertThat(wine.row(0)).containsExactly(14.23, 1.71, 2.43, 15.6, 127.0, 2.8, 3.06, 0.28, 2.29, 5.64,
                1.04, 3.92, 1065.0);
        assertThat(wine.row(177)).containsExactly(14.13, 4.1, 2.74, 24.5, 96.0, 2.05, 0.76, 0.56, 1.35, 9.2,
                0.61, 1.6, 560.0);
        assertThat(wine.label(177)).isEqualTo(2);
    }

    @Test
    void breastCancerKeepsScikitLearnsLabelsZeroMalignantOneBenign() {
        Dataset cancer = BuiltInDatasets.load("breast_cancer");
        assertThat(cancer.size()).isEqualTo(569);
        assertThat(cancer.featureCount()).isEqualTo(30);
        assertThat(cancer.classNames()).containsExactly("malignant", "benign");
        assertThat(classCounts(cancer)).containsExactly(212, 357);
        assertThat(cancer.featureNames().get(0)).isEqualTo("mean radius");
        assertThat(cancer.row(0)).startsWith(17.99, 10.38, 122.8, 1001.0, 0.1184).endsWith(0.4601, 0.1189);
        assertThat(cancer.label(0)).isZero();
        assertThat(cancer.row(568)).startsWith(7.76, 24.54, 47.92, 181.0, 0.05263).endsWith(0.2871, 0.07039);
        assertThat(cancer.label(568)).isEqualTo(1);
    }

    @Test
    void digitsAreEightByEightImages() {
        Dataset digits = BuiltInDatasets.load("digits");
        assertThat(digits.size()).isEqualTo(1797);
        assertThat(digits.featureCount()).isEqualTo(64);
        assertThat(digits.classNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(classCounts(digits)).containsExactly(178, 182, 177, 183, 181, 182, 181, 179, 174, 180);
        assertThat(digits.featureNames().get(0)).isEqualTo("pixel_0_0");
        assertThat(digits.featureNames().get(63)).isEqualTo("pixel_7_7");
        // first image, a zero: its top row and its third row
        assertThat(digits.row(0)).startsWith(0.0, 0.0, 5.0, 13.0, 9.0, 1.0, 0.0, 0.0);
        assertThat(Arrays.copyOfRange(digits.row(0), 16, 24))
                .containsExactly(0.0, 3.0, 15.0, 2.0, 0.0, 11.0, 8.0, 0.0);
        assertThat(digits.label(0)).isZero();
        assertThat(digits.label(1796)).isEqualTo(8);
        for (double value : digits.featuresRowMajor()) {
            assertThat(value).isBetween(0.0, 16.0);
        }
    }

    @Test
    void diabetesHoldsScikitLearnsScaledFeatures() {
        Dataset diabetes = BuiltInDatasets.load("diabetes");
        assertThat(diabetes.size()).isEqualTo(442);
        assertThat(diabetes.featureCount()).isEqualTo(10);
        assertThat(diabetes.isClassification()).isFalse();
        assertThat(diabetes.featureNames()).containsExactly("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4",
                "s5", "s6");
        assertThat(diabetes.row(0)).startsWith(0.038075906433423026, 0.05068011873981862, 0.061696206518683294);
        assertThat(diabetes.target(0)).isEqualTo(151.0);
        assertThat(diabetes.target(441)).isEqualTo(57.0);
        // load_diabetes(scaled=True): every column centred, with unit Euclidean norm
        for (int j = 0; j < 10; j++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < diabetes.size(); i++) {
                sum += diabetes.feature(i, j);
                squares += diabetes.feature(i, j) * diabetes.feature(i, j);
            }
            assertThat(sum).isCloseTo(0, within(1e-12));
            assertThat(Math.sqrt(squares)).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void eachLoadIsAFreshEqualCopy() {
        Dataset first = BuiltInDatasets.load("iris");
        Dataset second = BuiltInDatasets.load("iris");
        assertThat(second).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void unknownNameListsTheNames() {
        assertThatThrownBy(() -> BuiltInDatasets.load("titanic"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no built-in data set 'titanic'; they are: iris, wine, breast_cancer, digits,"
                        + " diabetes.");
        assertThatThrownBy(() -> BuiltInDatasets.isClassification("Iris"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
