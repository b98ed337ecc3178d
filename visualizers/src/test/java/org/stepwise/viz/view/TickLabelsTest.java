package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TickLabelsTest {

    private final TickLabels labels = new TickLabels();

    @Test
    void theUsualRangeReadsAsPlainDecimals() {
        assertThat(labels.format(0.25)).isEqualTo("0.25");
        assertThat(labels.format(12.0)).isEqualTo("12");
        assertThat(labels.format(1500.0)).isEqualTo("1500");
        assertThat(labels.format(-0.5)).isEqualTo("-0.5");
        assertThat(labels.format(0.001)).isEqualTo("0.001");
    }

    @Test
    void runawayAndVanishingValuesReadAsShortPowersOfTen() {
        assertThat(labels.format(4e12)).isEqualTo("4e12");
        assertThat(labels.format(2.5e12)).isEqualTo("2.5e12");
        assertThat(labels.format(-1.25e-5)).isEqualTo("-1.25e-5");
        assertThat(labels.format(123456.0)).isEqualTo("1.23e5");
        assertThat(labels.format(1e5)).isEqualTo("1e5");
    }

    @Test
    void onlyAxesFarOutOfTheUsualRangeUseThem() {
        assertThat(TickLabels.suit(new org.jfree.data.Range(0, 4.5e12))).isTrue();
        assertThat(TickLabels.suit(new org.jfree.data.Range(1e-7, 5e-4))).isTrue();
        assertThat(TickLabels.suit(new org.jfree.data.Range(0, 1.05))).isFalse();
        assertThat(TickLabels.suit(new org.jfree.data.Range(-20, 7000))).isFalse();
    }

    @Test
    void zeroIsZero() {
        assertThat(labels.format(0.0)).isEqualTo("0");
        assertThat(labels.format(-0.0)).isEqualTo("0");
        assertThat(labels.format(0L)).isEqualTo("0");
    }
}
