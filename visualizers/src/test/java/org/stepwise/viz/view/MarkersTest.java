package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkersTest {

    @Test
    void eachSeriesHasItsOwnShapeOfAboutTheSameArea() {
        Set<String> outlines = new HashSet<>();
        for (int k = 0; k < Markers.count(); k++) {
            double[] vertices = Markers.vertices(k, 10);
            outlines.add(java.util.Arrays.toString(vertices));
            // Shoelace: every shape about as large as a circle of radius 10, so none hides inside another.
            double area = 0;
            for (int i = 0; i < vertices.length; i += 2) {
                int j = (i + 2) % vertices.length;
                area += vertices[i] * vertices[j + 1] - vertices[j] * vertices[i + 1];
            }
            assertThat(Math.abs(area) / 2).as(Markers.name(k)).isCloseTo(Math.PI * 100, within(Math.PI * 100 * 0.2));
        }
        assertThat(outlines).hasSize(Markers.count());
        assertThat(new HashSet<>(java.util.List.of(Markers.NAMES))).hasSize(Markers.count());
        assertThat(Markers.name(Markers.count())).isEqualTo(Markers.name(0));
    }
}
