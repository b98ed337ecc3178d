package org.stepwise.algo.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberGridSumsTest {

    /** Members that add their own number (and its square) at every point, recording each walk. */
    private final List<Integer> walked = new ArrayList<>();
    private final MemberGridSums<Integer> sums = new MemberGridSums<>(2, (member, xs, ys, n, out) -> {
        walked.add(member);
        for (int i = 0; i < n; i++) {
            out[2 * i] += member * xs[i];
            out[2 * i + 1] += member * member;
        }
    });
    private final Integer[] members = {1, 2, 3, 4, 5};

    @Test
    void aGrowingEnsembleWalksOnlyItsNewMembersAtTheSamePoints() {
        double[] xs = {1, 2};
        double[] ys = {0, 0};
        double[] out = new double[4];
        sums.sums(members, 3, xs, ys, 2, out);
        assertThat(out).containsExactly(6, 14, 12, 14);
        sums.sums(members, 5, xs, ys, 2, out);
        assertThat(out).containsExactly(15, 55, 30, 55);
        assertThat(walked).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void otherPointsOrAnEnsembleSteppedBackAreSummedAfresh() {
        double[] xs = {1, 2};
        double[] ys = {0, 0};
        double[] out = new double[4];
        sums.sums(members, 4, xs, ys, 2, out);
        sums.sums(members, 2, xs, ys, 2, out);
        assertThat(out).containsExactly(3, 5, 6, 5);
        xs[1] = 3;
        sums.sums(members, 2, xs, ys, 2, out);
        assertThat(out).containsExactly(3, 5, 9, 5);
        assertThat(walked).containsExactly(1, 2, 3, 4, 1, 2, 1, 2);
    }
}
