package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    @Test
    void defaultsAre200PointsNoiseTenthTwoClassesSeedZero() {
        GeneratorOptions defaults = GeneratorOptions.defaults();
        assertThat(defaults.size()).isEqualTo(200);
        assertThat(defaults.noise()).isEqualTo(0.1);
        assertThat(defaults.classes()).isEqualTo(2);
        assertThat(defaults.seed()).isZero();
    }

    @Test
    void withersChangeOneOption() {
        GeneratorOptions options = GeneratorOptions.defaults().withSize(7).withNoise(0.5).withClasses(4).withSeed(-3);
        assertThat(options).isEqualTo(new GeneratorOptions(7, 0.5, 4, -3));
    }

    @Test
    void boundsAreInclusive() {
        assertThat(new GeneratorOptions(1, 0, 2, Long.MIN_VALUE).size()).isEqualTo(1);
        assertThat(new GeneratorOptions(100_000, 5, 8, Long.MAX_VALUE).classes()).isEqualTo(8);
    }

    @Test
    void eachOptionIsRefusedWithItsNameRangeAndValue() {
        assertThatThrownBy(() -> new GeneratorOptions(0, 0.1, 2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The 'size' option must be an integer in the range [1, 100000]; got 0.");
        assertThatThrownBy(() -> new GeneratorOptions(100_001, 0.1, 2, 0))
                .hasMessage("The 'size' option must be an integer in the range [1, 100000]; got 100001.");
        assertThatThrownBy(() -> new GeneratorOptions(10, -1, 2, 0))
                .hasMessage("The 'noise' option must be a number in the range [0, 5]; got -1.0.");
        assertThatThrownBy(() -> new GeneratorOptions(10, 5.5, 2, 0))
                .hasMessage("The 'noise' option must be a number in the range [0, 5]; got 5.5.");
        assertThatThrownBy(() -> new GeneratorOptions(10, Double.NaN, 2, 0)).hasMessageEndingWith("got NaN.");
        assertThatThrownBy(() -> new GeneratorOptions(10, Double.POSITIVE_INFINITY, 2, 0))
                .hasMessageEndingWith("got Infinity.");
        assertThatThrownBy(() -> new GeneratorOptions(10, 0, 1, 0))
                .hasMessage("The 'classes' option must be an integer in the range [2, 8]; got 1.");
        assertThatThrownBy(() -> new GeneratorOptions(10, 0, 9, 0))
                .hasMessage("The 'classes' option must be an integer in the range [2, 8]; got 9.");
    }
}
