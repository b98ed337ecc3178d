package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepwiseCommandTest {

    @TempDir
    Path folder;

    @Test
    void noArgumentsOpensTheWindow() {
        CommandRun run = CommandRun.of();

        assertThat(run.status()).isZero();
        assertThat(run.windows()).singleElement().satisfies(args -> assertThat(args).isEmpty());
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aLessonIdOpensTheWindowOnThatLesson() {
        CommandRun run = CommandRun.of("logistic-regression");

        assertThat(run.status()).isZero();
        assertThat(run.windows()).singleElement().satisfies(args -> assertThat(args).containsExactly("logistic-regression"));
    }

    @Test
    void aSessionFileOpensTheWindowWithIt() throws IOException {
        Path session = Files.writeString(folder.resolve("class demo.stepwise"), "{}");

        CommandRun run = CommandRun.of(session.toString());

        assertThat(run.status()).isZero();
        assertThat(run.windows()).singleElement().satisfies(args -> assertThat(args).containsExactly(session.toString()));
    }

    @Test
    void aMissingSessionFileIsRefusedWithoutOpeningTheWindow() {
        CommandRun run = CommandRun.of(folder.resolve("gone.stepwise").toString());

        assertThat(run.status()).isEqualTo(StepwiseCommand.BAD_ARGUMENTS);
        assertThat(run.windows()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains("There is no session file", "gone.stepwise");
    }

    @Test
    void anUnknownLessonIsRefusedWithTheLessonsThereAre() {
        CommandRun run = CommandRun.of("kmeanz");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.windows()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("Unknown lesson 'kmeanz'; the lessons are: ")
                .contains("logistic-regression", "optimizers", "list, run, render");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandRun run = CommandRun.of("--bogus");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.windows()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains("'--bogus'", "stepwise --help");
    }

    @Test
    void aWindowThatCannotOpenIsAFailure() {
        StringWriter err = new StringWriter();
        int status = StepwiseCommand.execute(new String[0], new PrintWriter(new StringWriter()), new PrintWriter(err),
                args -> {
                    throw new UnsupportedOperationException("Unable to open DISPLAY");
                });

        assertThat(status).isEqualTo(StepwiseCommand.FAILURE);
        assertThat(err.toString()).contains("could not open its window", "Unable to open DISPLAY");
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: stepwise", "list", "run", "render", "opens the window");
        assertThat(run.windows()).isEmpty();
    }

    @Test
    void helpOfACommandDescribesItsOptions() {
        CommandRun run = CommandRun.of("help", "render");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("stepwise render", "--out", "--size", "--points");
    }

    @Test
    void versionIsPrinted() {
        CommandRun run = CommandRun.of("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Stepwise ");
    }

    // The real entry point in its own JVM, on a machine without a display: no DISPLAY, and none of
    // the Monocle properties this test JVM runs with.

    @Test
    void mainRunsWithoutADisplayAndNeverStartsJavaFx() throws Exception {
        Process process = startMain("run", "optimizers", "--steps", "2", "--json");

        assertThat(exitStatus(process)).isZero();
        assertThat(JSON.std.mapFrom(process.getInputStream().readAllBytes())).containsEntry("steps", 2);
        assertThat(new String(process.getErrorStream().readAllBytes())).isEmpty();
    }

    @Test
    void mainRendersOnTheHeadlessPlatformWhenThereIsNoDisplay() throws Exception {
        Path png = folder.resolve("handout.png");
        Process process = startMain("render", "optimizers", "--steps", "3", "--size", "800x500", "--out", png.toString());

        assertThat(exitStatus(process)).as(new String(process.getErrorStream().readAllBytes())).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(800);
    }

    @Test
    void mainExitsWithStatusTwoOnBadArguments() throws Exception {
        Process process = startMain("run", "kmeanz");

        assertThat(exitStatus(process)).isEqualTo(2);
        assertThat(new String(process.getErrorStream().readAllBytes()).lines()).singleElement().asString()
                .startsWith("Unknown lesson 'kmeanz'");
    }

    private Process startMain(String... args) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", classPath, StepwiseCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    private static int exitStatus(Process process) throws InterruptedException {
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("stepwise did not finish within 3 minutes");
        }
        return process.exitValue();
    }
}
