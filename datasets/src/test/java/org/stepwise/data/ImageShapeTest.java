package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A data set whose rows are images: Digits' 64 features are 8 × 8 pixels. */
class ImageShapeTest {

    @Test
    void digitsRowsAreEightByEightImagesAndTheOtherSetsAreNotImages() {
        Dataset digits = BuiltInDatasets.load("digits");

        assertThat(digits.isImage()).isTrue();
        assertThat(digits.imageHeight()).isEqualTo(8);
        assertThat(digits.imageWidth()).isEqualTo(8);
        // Row-major pixels: scikit-learn's digits.images[0][1][3] is feature 1·8 + 3 of row 0 (15.0).
        assertThat(digits.feature(0, 8 + 3)).isEqualTo(15.0);
        assertThat(BuiltInDatasets.load("iris").isImage()).isFalse();
        assertThat(BuiltInDatasets.load("iris").imageWidth()).isZero();
    }

    @Test
    void theShapeSurvivesRowEditsSplitsAndStandardizingButNotAChoiceOfSomePixels() {
        Dataset digits = BuiltInDatasets.load("digits");

        assertThat(digits.selectRows(new int[] {3, 1}).isImage()).isTrue();
        assertThat(digits.withoutRow(0).isImage()).isTrue();
        assertThat(TrainTestSplit.holdOut(digits, 0.2, 1).training().isImage()).isTrue();
        assertThat(Standardizer.standardized(digits).isImage()).isTrue();
        assertThat(digits.selectFeatures(0, 1).isImage()).isFalse();
    }

    @Test
    void aShapeThatDoesNotCoverTheFeaturesIsRefused() {
        Dataset iris = BuiltInDatasets.load("iris");

        assertThat(iris.withImageShape(2, 2).imageHeight()).isEqualTo(2);
        assertThatThrownBy(() -> iris.withImageShape(3, 2))
                .hasMessage("An image of 3 × 2 pixels needs 6 features; this data set has 4.");
    }

    @Test
    void newFeatureValuesKeepEverythingElse() {
        Dataset data = Dataset.classification("two", new double[][] {{1, 2}, {3, 4}}, new int[] {0, 1},
                List.of("a", "b"), List.of("p", "q")).withHeldOut(new boolean[] {false, true});

        Dataset changed = data.withFeatures(new double[] {5, 6, 7, 8}, List.of("c", "d"));

        assertThat(changed.row(1)).containsExactly(7, 8);
        assertThat(changed.featureNames()).containsExactly("c", "d");
        assertThat(changed.isHeldOut(1)).isTrue();
        assertThat(changed.classNames()).containsExactly("p", "q");
        assertThatThrownBy(() -> data.withFeatures(new double[] {1, 2, 3, Double.NaN}, List.of("c", "d")))
                .hasMessageContaining("row 2, column 'd': NaN is not a finite number");
    }
}
