package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;

class BoundaryRasterTest {

    /** P(class 1) = σ(4x): the boundary is the line x = 0. */
    private static final ClassProbabilities LINE = twoClasses((x, y) -> 4 * x);

    /** Two classes with P(class 1) = σ(z(x, y)). */
    static ClassProbabilities twoClasses(java.util.function.DoubleBinaryOperator z) {
        return new ClassProbabilities() {
            @Override public int classCount() { return 2; }

            @Override
            public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
                for (int i = 0; i < count; i++) {
                    double p = 1 / (1 + Math.exp(-z.applyAsDouble(xs[i], ys[i])));
                    out[2 * i] = 1 - p;
                    out[2 * i + 1] = p;
                }
            }
        };
    }

    /** Softmax of three linear scores with boundaries in both directions, for banding checks. */
    private static final ClassProbabilities THREE_CLASSES = new ClassProbabilities() {
        @Override public int classCount() { return 3; }

        @Override
        public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
            for (int i = 0; i < count; i++) {
                double a = Math.exp(2 * xs[i] - ys[i]);
                double b = Math.exp(-xs[i] + 1.5 * ys[i]);
                double c = Math.exp(0.3 * xs[i] * ys[i]);
                double sum = a + b + c;
                out[3 * i] = a / sum;
                out[3 * i + 1] = b / sum;
                out[3 * i + 2] = c / sum;
            }
        }
    };

    @Test
    void classChangesExactlyAcrossTheBoundary() {
        BoundaryRaster raster = new BoundaryRaster(100, 80, 1);
        raster.paint(LINE, new Domain(-1, 1, -1, 1));
        for (int row = 0; row < 80; row++) {
            assertThat(raster.topClassAt(49, row)).isZero();
            assertThat(raster.topClassAt(50, row)).isEqualTo(1);
        }
        int sureLeft = raster.pixels()[40 * 100];
        int unsure = raster.pixels()[40 * 100 + 47];
        int sureRight = raster.pixels()[40 * 100 + 99];
        assertThat(sureLeft).isNotEqualTo(sureRight);
        // Left is the first class colour (blue), right the second (orange).
        assertThat(sureLeft & 0xFF).isGreaterThan((sureLeft >> 16) & 0xFF);
        assertThat((sureRight >> 16) & 0xFF).isGreaterThan(sureRight & 0xFF);
        // Unsure pixels are paler (closer to white) than sure ones.
        assertThat(brightness(unsure)).isGreaterThan(brightness(sureLeft));
    }

    @Test
    void theBoundaryIsADarkerLineOnlyWhereTheClassChanges() {
        BoundaryRaster raster = new BoundaryRaster(100, 80, 1);
        raster.paint(LINE, new Domain(-1, 1, -1, 1));
        int onLine = raster.pixels()[40 * 100 + 49];
        int besideLine = raster.pixels()[40 * 100 + 48];
        assertThat(brightness(onLine)).isLessThan(brightness(besideLine) * 3 / 4);
        // Away from the line every row of one column has one colour (the model ignores y).
        for (int row = 1; row < 80; row++) {
            assertThat(raster.pixels()[row * 100 + 20]).isEqualTo(raster.pixels()[20]);
        }
    }

    /**
     * A level line (an SVM's margin): P = ½ ± x/4 on x in [−2, 2] has margin |x|/2, so the level ½
     * darkens the columns at x = ±1 and nothing between them and the boundary.
     */
    @Test
    void aLevelLineDarkensWhereTheMarginEqualsIt() {
        ClassProbabilities linear = new ClassProbabilities() {
            @Override public int classCount() { return 2; }

            @Override
            public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
                for (int i = 0; i < count; i++) {
                    double p = Math.max(0, Math.min(1, 0.5 + xs[i] / 4));
                    out[2 * i] = 1 - p;
                    out[2 * i + 1] = p;
                }
            }
        };
        BoundaryRaster plain = new BoundaryRaster(200, 20, 1);
        plain.paint(linear, new Domain(-2, 2, -1, 1));
        BoundaryRaster lined = new BoundaryRaster(200, 20, 1);
        lined.setLevelLine(0.5);
        lined.paint(linear, new Domain(-2, 2, -1, 1));
        int row = 10 * 200;
        // x = −1 and x = +1 fall between columns 49/50 and 149/150.
        for (int column : new int[] {49, 50, 149, 150}) {
            assertThat(brightness(lined.pixels()[row + column])).as("column %d", column)
                    .isLessThan(brightness(plain.pixels()[row + column]) * 9 / 10);
        }
        for (int column : new int[] {20, 75, 125, 180}) {
            assertThat(lined.pixels()[row + column]).as("column %d", column).isEqualTo(plain.pixels()[row + column]);
        }
    }

    /**
     * A diagonal boundary (x = y): every row's darkest pixel sits on the true crossing, and the
     * line is equally dark in every row — no staircase of dark and light steps.
     */
    @Test
    void aDiagonalBoundaryIsAnEvenLineOnTheTrueCrossing() {
        ClassProbabilities diagonal = twoClasses((x, y) -> 4 * (x - y));
        int size = 90;
        BoundaryRaster raster = new BoundaryRaster(size, size, 1);
        raster.paint(diagonal, new Domain(-1, 1, -1, 1));
        double leastInk = Double.MAX_VALUE;
        double mostInk = 0;
        for (int row = 5; row < size - 5; row++) {
            int crossing = size - 1 - row;
            int darkColumn = crossing - 3;
            double brightest = 0;
            for (int column = crossing - 3; column <= crossing + 3; column++) {
                double value = brightness(raster.pixels()[row * size + column]);
                brightest = Math.max(brightest, value);
                if (value < brightness(raster.pixels()[row * size + darkColumn])) {
                    darkColumn = column;
                }
            }
            // Row r's centre is at y = 1 − (r + ½)·2/size; the boundary x = y is at column size − 1 − r.
            assertThat(Math.abs(darkColumn - crossing)).as("row %d", row).isLessThanOrEqualTo(1);
            // The line's ink in this row: how far below the row's brightest nearby pixel each pixel falls.
            double ink = 0;
            for (int column = crossing - 3; column <= crossing + 3; column++) {
                ink += brightest - brightness(raster.pixels()[row * size + column]);
            }
            leastInk = Math.min(leastInk, ink);
            mostInk = Math.max(mostInk, ink);
        }
        assertThat(leastInk / mostInk).as("as much ink in every row: no staircase").isGreaterThan(0.8);
        // Three pixels off the line nothing is darkened: the colour is the row's unshaded neighbour's.
        int row = 40;
        int column = size - 1 - row + 4;
        assertThat(brightness(raster.pixels()[row * size + column]))
                .isGreaterThanOrEqualTo(brightness(raster.pixels()[row * size + column + 1]) - 2);
    }

    @Test
    void aModelAtChanceIsThePaperWhiteUnlessToldOtherwise() {
        ClassProbabilities chance = new ClassProbabilities() {
            @Override public int classCount() { return 4; }

            @Override
            public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
                java.util.Arrays.fill(out, 0, 4 * count, 0.25);
            }
        };
        BoundaryRaster raster = new BoundaryRaster(16, 16, 2);
        raster.paint(chance, new Domain(0, 1, 0, 1));
        assertThat(raster.pixels()).containsOnly(0xFFFFFFFF);
        // A dark theme's paper: no glaring white field before the model has an opinion.
        raster.setPaper(0xFF22272E);
        raster.paint(chance, new Domain(0, 1, 0, 1));
        assertThat(raster.pixels()).containsOnly(0xFF22272E);
        raster.paint(LINE, new Domain(-2, 1, -1, 3));
        assertThat(raster.pixels()).as("sure pixels keep their class colour").doesNotContain(0xFFFFFFFF);
        // On dark paper the boundary is drawn light: a dark line would vanish into it.
        BoundaryRaster dark = new BoundaryRaster(100, 80, 1);
        dark.setPaper(0xFF22272E);
        dark.paint(LINE, new Domain(-1, 1, -1, 1));
        assertThat(brightness(dark.pixels()[40 * 100 + 49])).isGreaterThan(brightness(dark.pixels()[40 * 100 + 46]));
    }

    @Test
    void bandsAcrossThreadsEqualOneBand() {
        Domain domain = new Domain(-2, 1, -1, 3);
        for (ClassProbabilities model : new ClassProbabilities[] {LINE, THREE_CLASSES}) {
            BoundaryRaster single = new BoundaryRaster(97, 61, 1);
            single.paint(model, domain);
            for (int bands : new int[] {2, 3, 4, 7}) {
                BoundaryRaster banded = new BoundaryRaster(97, 61, bands);
                banded.paint(model, domain);
                assertThat(banded.pixels()).containsExactly(single.pixels());
            }
        }
    }

    @Test
    void aCoarseRasterAgreesWithTheFineOneAtSharedCentres() {
        // The centre of pixel (c, r) of a 64 × 64 raster is the corner shared by pixels 4c+1, 4c+2
        // (and rows 4r+1, 4r+2) of a 256 × 256 one; compare where those four agree.
        Domain domain = new Domain(-3, 3, -3, 3);
        BoundaryRaster coarse = new BoundaryRaster(64, 64);
        BoundaryRaster fine = new BoundaryRaster(256, 256);
        coarse.paint(THREE_CLASSES, domain);
        fine.paint(THREE_CLASSES, domain);
        int compared = 0;
        for (int row = 0; row < 64; row++) {
            for (int column = 0; column < 64; column++) {
                int k = fine.topClassAt(4 * column + 1, 4 * row + 1);
                if (k == fine.topClassAt(4 * column + 2, 4 * row + 1) && k == fine.topClassAt(4 * column + 1, 4 * row + 2)
                        && k == fine.topClassAt(4 * column + 2, 4 * row + 2)) {
                    assertThat(coarse.topClassAt(column, row)).isEqualTo(k);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(64 * 64 * 9 / 10);
    }

    @Test
    void refusesAnEmptyRaster() {
        assertThatThrownBy(() -> new BoundaryRaster(0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int brightness(int argb) {
        return ((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF);
    }
}
