package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.app.session.Session;
import org.stepwise.app.session.SessionFile;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;

/** The grid world's layout as an input: --layout FILE on the command line, and in sessions. */
class GridWorldCommandTest {

    @TempDir
    Path folder;

    @Test
    void aLayoutFileIsTheWorldTheLessonRunsOn() throws IOException {
        Path file = Files.writeString(folder.resolve("rooms.txt"), "\nS..#..\n......\n...#.G\n");
        Map<String, Object> json = CommandRun.json("run", "gridworld", "--layout", file.toString(), "--param", "slip=0",
                "--json");

        assertThat(json).containsEntry("status", "CONVERGED");
        Map<String, Object> metrics = CommandRun.metrics(json);
        List<?> values = (List<?>) metrics.get("values");
        assertThat(values).hasSize(3);
        assertThat((List<?>) values.get(0)).hasSize(6);
        // Seven steps from S to G, the last paying the goal's +1 too: 6 × −0.04 + 0.96.
        assertThat(((Number) ((List<?>) values.get(0)).get(0)).doubleValue()).isCloseTo(0.72,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(((Number) metrics.get("bellman_residual")).doubleValue()).isLessThan(1e-10);
    }

    @Test
    void badLayoutsAndWorldsExitWithStatusTwoAndOneSentence() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.txt"), "S..G\n.#q.\n");
        Path noGoal = Files.writeString(folder.resolve("nogoal.txt"), "S...\n....\n");
        String[][] cases = {
            {"run gridworld --layout " + bad, "The layout file " + bad + " does not parse: the layout's line 2, column 3"
                    + " holds 'q', which is no cell: use # wall, . empty, S start, G or + goal, X or - pit, C cliff."},
            {"run gridworld --layout " + noGoal, "With γ = 1 and no terminal cell the returns never end"},
            {"run gridworld --param epsilon=1.5", "The 'epsilon' parameter must be a number in the range [0, 1]; got 1.5."},
            {"run gridworld --layout " + folder.resolve("none.txt"), "there is no such file."},
            {"run gridworld --layout " + bad + " --param layout=cliff", "Give the layout once"},
            {"run bandits --layout " + bad, "The lesson 'bandits' takes no layout; leave out --layout."},
            {"run gridworld --param algorithm=sarsa --param gamma=0.9 --param layout=S#G/.#./.#.",
                "No goal G or pit X can be reached from the start S"},
        };
        for (String[] c : cases) {
            CommandRun run = CommandRun.of(c[0].split(" "));
            assertThat(run.status()).as(c[0]).isEqualTo(StepwiseCommand.BAD_ARGUMENTS);
            assertThat(run.errLines()).as(c[0]).singleElement().asString().contains(c[1]);
        }
    }

    @Test
    void aSessionKeepsTheLayoutTheLearnerMade() throws IOException {
        Lesson<?> lesson = LessonCatalog.load().require("gridworld");
        Session session = new Session("gridworld", null, Map.of("layout", "S.#G/...X", "algorithm", "sarsa"), 4, 12);
        Path file = folder.resolve("mine" + SessionFile.EXTENSION);
        SessionFile.save(file, session);

        Session opened = SessionFile.open(file);
        assertThat(opened.paramsFor(lesson).choice("layout")).isEqualTo("S.#G/...X");
        assertThat(opened.paramsFor(lesson).choice("algorithm")).isEqualTo("sarsa");
        assertThat(opened.paramsFor(lesson).spec("layout").optionLabel("S.#G/...X")).isEqualTo("Your layout");
    }
}
