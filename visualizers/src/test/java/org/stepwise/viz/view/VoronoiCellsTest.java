package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.ClassProbabilities;

class VoronoiCellsTest {

    private final VoronoiCells cells = new VoronoiCells(new double[] {0, 4, 0}, new double[] {0, 0, 4}, 8, 0.45);

    @Test
    void eachPlaceBelongsToItsNearestCentreTheLowestOnATie() {
        assertThat(cells.cellOf(1, 1)).isZero();
        assertThat(cells.cellOf(3.5, 0.2)).isEqualTo(1);
        assertThat(cells.cellOf(0.1, 3)).isEqualTo(2);
        assertThat(cells.cellOf(2, 0)).as("halfway between 0 and 1").isZero();
    }

    /** The nearest centre is the most probable, at the strength asked for; the rows sum to 1. */
    @Test
    void probabilitiesTintTheCellAtTheStrengthAskedFor() {
        double[] out = new double[2 * 8];
        cells.predictProbabilities(new double[] {3.9, 0}, new double[] {0, 3.9}, 2, out);
        double chance = 1.0 / 8;
        for (int i = 0; i < 2; i++) {
            int best = ClassProbabilities.mostProbable(out, i * 8, 8);
            assertThat(best).isEqualTo(i + 1);
            assertThat((out[i * 8 + best] - chance) / (1 - chance)).isCloseTo(0.45, within(1e-12));
            double sum = 0;
            for (int c = 0; c < 8; c++) {
                sum += out[i * 8 + c];
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
    }
}
