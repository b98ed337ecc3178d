package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SegmentClipTest {

    private final SegmentClip box = new SegmentClip(0, 0, 100, 50);

    @Test
    void aSegmentInsideIsKeptAsItIs() {
        assertThat(box.clip(10, 10, 90, 40)).isTrue();
        assertThat(box.out).containsExactly(10, 10, 90, 40);
    }

    @Test
    void aSegmentCrossingTheBoxIsCutAtItsEdges() {
        assertThat(box.clip(-50, 25, 150, 25)).isTrue();
        assertThat(box.out).containsExactly(0, 25, 100, 25);
        assertThat(box.clip(50, 25, 50, 1e200)).isTrue();
        assertThat(box.out).containsExactly(50, 25, 50, 50);
        // A diagonal through a corner region: the cut points lie on the line and on the edges.
        assertThat(box.clip(-10, -10, 60, 60)).isTrue();
        assertThat(box.out[0]).isCloseTo(0, within(1e-12));
        assertThat(box.out[1]).isCloseTo(0, within(1e-12));
        assertThat(box.out[2]).isCloseTo(50, within(1e-12));
        assertThat(box.out[3]).isCloseTo(50, within(1e-12));
    }

    @Test
    void aSegmentThatMissesTheBoxOrIsNotFiniteIsDropped() {
        assertThat(box.clip(-10, -10, -5, 200)).isFalse();
        assertThat(box.clip(110, 60, 200, 400)).isFalse();
        assertThat(box.clip(10, 10, Double.NaN, 20)).isFalse();
        assertThat(box.clip(10, 10, Double.POSITIVE_INFINITY, 20)).isFalse();
        assertThat(box.contains(100, 50)).isTrue();
        assertThat(box.contains(100.5, 50)).isFalse();
    }
}
