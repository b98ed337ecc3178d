package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.viz.lesson.LessonCatalog;

class ListCommandTest {

    private final LessonCatalog catalog = LessonCatalog.load();

    @Test
    void textIsATableWithOneRowPerLesson() {
        CommandRun run = CommandRun.of("list");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0).split("\\s+")).containsExactly("ID", "TITLE", "FAMILY", "LEVEL");
        assertThat(lines).hasSize(catalog.lessons().size() + 1);
        assertThat(lines).anySatisfy(line -> assertThat(line.split("\\s{2,}"))
                .containsExactly("logistic-regression", "Logistic regression", "linear", "2"));
    }

    @Test
    void jsonIsAnArrayOfIdTitleFamilyLevel() throws IOException {
        CommandRun run = CommandRun.of("list", "--json");

        assertThat(run.status()).isZero();
        List<Object> lessons = JSON.std.listFrom(run.out());
        assertThat(lessons).hasSize(catalog.lessons().size());
        for (Object lesson : lessons) {
            @SuppressWarnings("unchecked")
            Map<String, Object> row = (Map<String, Object>) lesson;
            assertThat(row.keySet()).containsExactly("id", "title", "family", "level");
            assertThat(row.get("level")).isInstanceOf(Integer.class);
            assertThat((Integer) row.get("level")).isBetween(1, 6);
        }
        assertThat(lessons).contains(Map.of("id", "optimizers", "title", "Gradient descent and optimizers",
                "family", "optim", "level", 1));
    }
}
