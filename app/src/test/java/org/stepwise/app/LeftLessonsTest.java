package org.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeftLessonsTest {

    private static LeftLessons.Left atStep(int step) {
        return new LeftLessons.Left(null, null, 0, step);
    }

    @Test
    void aLessonIsHandedBackOnceInTheStateItWasLastLeftIn() {
        LeftLessons left = new LeftLessons();
        left.remember("a", atStep(3));
        left.remember("a", atStep(7));
        assertThat(left.takeBack("a")).hasValueSatisfying(state -> assertThat(state.step()).isEqualTo(7));
        assertThat(left.takeBack("a")).isEmpty();
        assertThat(left.takeBack("never-opened")).isEmpty();
    }

    @Test
    void theLeastRecentlyLeftIsForgottenFirstBeyondTheCapacity() {
        LeftLessons left = new LeftLessons();
        for (int i = 0; i <= LeftLessons.CAPACITY; i++) {
            left.remember("lesson-" + i, atStep(i));
        }
        assertThat(left.size()).isEqualTo(LeftLessons.CAPACITY);
        assertThat(left.takeBack("lesson-0")).isEmpty();
        assertThat(left.takeBack("lesson-1")).isPresent();
        assertThat(left.takeBack("lesson-" + LeftLessons.CAPACITY)).isPresent();
    }

    @Test
    void aForgottenLessonOpensFresh() {
        LeftLessons left = new LeftLessons();
        left.remember("a", atStep(2));
        left.forget("a");
        assertThat(left.takeBack("a")).isEmpty();
    }
}
