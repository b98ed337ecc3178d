package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TreeLayoutTest {

    // 0 splits into 1 and 2; 1 into 3 and 4; node 5 is not under the root.
    private static final int[] LEFT = {1, 3, -1, -1, -1, -1};
    private static final int[] RIGHT = {2, 4, -1, -1, -1, -1};
    private static final double[] DEPTH = {0, 1, 1, 2, 2, 7};

    @Test
    void leavesStandOneApartInWalkOrderAndParentsMidwayOverTheirChildren() {
        TreeLayout layout = TreeLayout.of(6, 0, n -> LEFT[n], n -> RIGHT[n], n -> DEPTH[n]);
        assertThat(layout.leafCount()).isEqualTo(3);
        assertThat(layout.x(3)).isEqualTo(0);
        assertThat(layout.x(4)).isEqualTo(1);
        assertThat(layout.x(2)).isEqualTo(2);
        assertThat(layout.x(1)).isEqualTo(0.5);
        assertThat(layout.x(0)).isEqualTo(1.25);
        assertThat(layout.level(3)).isEqualTo(2);
        assertThat(layout.maxLevel()).isEqualTo(2);
        assertThat(layout.x(5)).as("not in the tree").isNaN();
    }

    @Test
    void aDendrogramsHeightsAreTheCallersMergeDistances() {
        double[] merge = {3.5, 1.25, 0, 0, 0, 0};
        TreeLayout layout = TreeLayout.of(6, 0, n -> LEFT[n], n -> RIGHT[n], n -> merge[n]);
        assertThat(layout.level(0)).isEqualTo(3.5);
        assertThat(layout.level(1)).isEqualTo(1.25);
        assertThat(layout.maxLevel()).isEqualTo(3.5);
    }

    @Test
    void aLoneRootIsOneLeaf() {
        TreeLayout layout = TreeLayout.of(1, 0, n -> -1, n -> -1, n -> 0);
        assertThat(layout.leafCount()).isEqualTo(1);
        assertThat(layout.x(0)).isZero();
    }

    @Test
    void aForestStandsTreeBesideTreeInTheRootsOrder() {
        // Leaves 0..3; node 4 joins 1 and 2 at height 1; roots in the order 3, 4, 0.
        int[] left = {-1, -1, -1, -1, 1};
        int[] right = {-1, -1, -1, -1, 2};
        double[] height = {0, 0, 0, 0, 1};
        TreeLayout layout = TreeLayout.of(5, new int[] {3, 4, 0}, n -> left[n], n -> right[n], n -> height[n]);
        assertThat(layout.leafCount()).isEqualTo(4);
        assertThat(layout.x(3)).isEqualTo(0);
        assertThat(layout.x(1)).isEqualTo(1);
        assertThat(layout.x(2)).isEqualTo(2);
        assertThat(layout.x(4)).isEqualTo(1.5);
        assertThat(layout.x(0)).isEqualTo(3);
        assertThat(layout.maxLevel()).isEqualTo(1);
    }
}
