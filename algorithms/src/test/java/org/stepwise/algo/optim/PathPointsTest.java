package org.stepwise.algo.optim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathPointsTest {

    @Test
    void whatATrackReadsStaysAsItWasWhileThePathGrowsPastManyChunks() {
        PathPoints path = new PathPoints();
        path.append(0, 0, 0);
        int earlyLength = path.length();
        double[][] earlyXs = path.xs();
        double[][] earlyLosses = path.losses();
        int points = PathPoints.CHUNK * 9 + 17;  // past the first table of 4 chunks, then past 8
        for (int i = 1; i < points; i++) {
            path.append(i, -i, i * 0.5);
        }
        assertThat(path.length()).isEqualTo(points);
        assertThat(path.xs()).as("the table of chunks grew").isNotSameAs(earlyXs);
        // A view taken at the start still reads its one point.
        assertThat(PathPoints.at(earlyXs, earlyLength - 1)).isZero();
        assertThat(PathPoints.at(earlyLosses, 0)).isZero();
        for (int i : new int[] {1, PathPoints.CHUNK - 1, PathPoints.CHUNK, 4 * PathPoints.CHUNK + 3, points - 1}) {
            assertThat(PathPoints.at(path.xs(), i)).isEqualTo(i);
            assertThat(PathPoints.at(path.ys(), i)).isEqualTo(-i);
            assertThat(PathPoints.at(path.losses(), i)).isEqualTo(i * 0.5);
        }
        double[] copied = new double[points];
        PathPoints.copy(path.ys(), points, copied);
        for (int i = 0; i < points; i++) {
            assertThat(copied[i]).isEqualTo(-i);
        }
    }
}
