package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.app.session.Session;
import org.stepwise.app.session.SessionFile;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;

/** The playground's hidden layers as free text on the command line and in sessions. */
class PlaygroundHiddenCommandTest {

    @TempDir
    Path folder;

    @Test
    void anyLayoutRunsWithCoefsOfItsShape() throws IOException {
        Map<String, Object> json = CommandRun.json("run", "playground", "--param", "hidden=4,6,2", "--param",
                "maxIter=3", "--json");
        List<?> coefs = (List<?>) CommandRun.metrics(json).get("coefs");
        assertThat(coefs.stream().map(row -> ((List<?>) row).size())).containsExactly(2 * 4, 4 * 6, 6 * 2, 2);
    }

    @Test
    void badLayoutsExitWithStatusTwoAndOneSentence() {
        String[][] cases = {
            {"run playground --param hidden=4,0,2", "Hidden layer 2 has 0 neurons; each layer needs 1 to 8"},
            {"run playground --param hidden=9", "Hidden layer 1 has 9 neurons; each layer takes 1 to 8."},
            {"run playground --param hidden=2,2,2,2,2,2,2", "It has 7 hidden layers; at most 6 are allowed."},
            {"run playground --param hidden=4;2", "Hidden layer 1 is '4;2', which is not a whole number of neurons."},
        };
        for (String[] c : cases) {
            CommandRun run = CommandRun.of(c[0].split(" "));
            assertThat(run.status()).as(c[0]).isEqualTo(StepwiseCommand.BAD_ARGUMENTS);
            assertThat(run.errLines()).as(c[0]).singleElement().asString().contains(c[1]);
        }
    }

    @Test
    void aSessionKeepsTheShapeTheButtonsMadeAndOldSessionsStillLoad() throws IOException {
        Lesson<?> lesson = LessonCatalog.load().require("playground");
        for (String hidden : new String[] {"4,6,2", "1,8,3,5", "none", "8,8,8,8,8,8", "4,2"}) {
            Path file = folder.resolve("net" + hidden.replace(',', '-') + SessionFile.EXTENSION);
            SessionFile.save(file, new Session("playground", null, Map.of("hidden", hidden), 3, 7));
            Session opened = SessionFile.open(file);
            assertThat(opened.paramsFor(lesson).choice("hidden")).as(hidden).isEqualTo(hidden);
            assertThat(opened.step()).isEqualTo(7);
        }
    }
}
