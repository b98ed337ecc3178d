package org.stepwise.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.LessonCatalog;

class SessionFileTest {

    @TempDir
    Path folder;

    private final Dataset drawn = Generators.generate("blobs", new GeneratorOptions(20, 0.5, 3, 1))
            .withRow(new double[] {0.125, -3.5}, 2);
    private final Session session = new Session("logistic-regression", drawn,
            Map.of("learningRate", "0.25", "batchSize", "8"), 42, 17);

    @Test
    void saveThenOpenGivesTheSameSession() throws IOException {
        Path file = folder.resolve("lesson.stepwise");
        SessionFile.save(file, session);
        Session opened = SessionFile.open(file);
        assertThat(opened).isEqualTo(session);
        assertThat(opened.data().row(20)).containsExactly(0.125, -3.5);
        var params = opened.paramsFor(LessonCatalog.load().require("logistic-regression"));
        assertThat(params.real("learningRate")).isEqualTo(0.25);
        assertThat(params.integer("batchSize")).isEqualTo(8);
    }

    @Test
    void sessionWithoutDataRoundTrips() throws IOException {
        Path file = folder.resolve("race.stepwise");
        Session race = new Session("optimizers", null, Map.of("surface", "rosenbrock"), 0, 250);
        SessionFile.save(file, race);
        assertThat(SessionFile.open(file)).isEqualTo(race);
    }

    @Test
    void aSaveThatFailsHalfWayLeavesThePreviousFileIntact() throws IOException {
        Path file = folder.resolve("lesson.stepwise");
        SessionFile.save(file, session);
        byte[] before = Files.readAllBytes(file);
        Session other = new Session("optimizers", null, Map.of(), 1, 2);
        assertThatThrownBy(() -> SessionFile.save(file, other, (out, bytes) -> {
            out.write(bytes, 0, bytes.length / 2);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files.count()).as("the temporary file is gone").isEqualTo(1);
        }
    }

    @Test
    void corruptForeignNewerAndDamagedFilesAreRefusedClearly() throws IOException {
        assertRefused("{\"format\": \"stepwise-sess", "not valid JSON");
        assertRefused("", "not valid JSON");
        assertRefused("{\"name\": \"a package.json\"}", "is not a Stepwise session");
        assertRefused("[1, 2, 3]", "not valid JSON");
        assertRefused("{\"format\":\"stepwise-session\",\"version\":9,\"lesson\":\"x\"}", "newer Stepwise");
        assertRefused("{\"format\":\"stepwise-session\",\"version\":1,\"seed\":1,\"step\":0,\"params\":{}}", "no 'lesson'");
        assertRefused("{\"format\":\"stepwise-session\",\"version\":1,\"lesson\":\"a\",\"seed\":1,\"step\":-4,"
                + "\"params\":{}}", "negative");
        assertRefused("{\"format\":\"stepwise-session\",\"version\":1,\"lesson\":\"a\",\"seed\":1,\"step\":0,\"params\":{},"
                + "\"data\":{\"name\":\"d\",\"featureNames\":[\"x\",\"y\"],\"targetName\":\"c\",\"classNames\":[\"a\"],"
                + "\"features\":[[1,2],[3]],\"targets\":[0,0]}}", "row 2 has 1 values");
        assertThatThrownBy(() -> SessionFile.open(folder.resolve("missing.stepwise"))).hasMessageContaining("no file");
    }

    @Test
    void parametersThatDoNotFitTheLessonAreRefused() {
        Session bad = new Session("logistic-regression", drawn, Map.of("learningRate", "-1"), 0, 0);
        assertThatThrownBy(() -> bad.paramsFor(LessonCatalog.load().require("logistic-regression")))
                .hasMessageContaining("'learningRate'");
        Session unknown = new Session("logistic-regression", drawn, Map.of("depth", "3"), 0, 0);
        assertThatThrownBy(() -> unknown.paramsFor(LessonCatalog.load().require("logistic-regression")))
                .hasMessageContaining("no parameter 'depth'");
    }

    private void assertRefused(String content, String message) throws IOException {
        Path file = folder.resolve("bad.stepwise");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SessionFile.open(file)).as(content)
                .isInstanceOf(SessionFormatException.class).hasMessageContaining(message);
    }
}
