package org.stepwise.app.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.stepwise.app.FirstFrame;

/**
 * Starts {@code java -jar stepwise.jar} again with JavaFX as named modules, as JavaFX expects to be
 * loaded, when the command will start JavaFX (the window, {@code render}).
 *
 * <p>Why: {@code java -jar} can only put jars on the class path (the manifest's Class-Path, lib/),
 * and JavaFX loaded from there warns at every start: "Unsupported JavaFX configuration: classes
 * were loaded from 'unnamed module'". A manifest cannot name a module path, so the jar, started
 * that way, starts itself once more with {@code --module-path lib/javafx-*.jar --add-modules
 * javafx.controls,javafx.swing} and the same JVM options, and exits with that run's status. The
 * manifest's Add-Exports opens to the class path the JavaFX internals Monocle uses
 * (the same list as the installer's app.args). The installed app needs none of this: its runtime
 * holds JavaFX as modules. {@code list} and {@code run} never start JavaFX and run at once.
 */
final class ModulePathRelaunch {

    /** Set on the second run, so that it never starts a third. */
    static final String RELAUNCHED = "stepwise.relaunched";

    private ModulePathRelaunch() {
    }

    /**
     * The exit status of the run with JavaFX on the module path, or empty when this run should go
     * on itself: JavaFX already named (installed app, tests), not started with {@code java -jar},
     * no JavaFX jars in lib/, a command that needs no JavaFX, or already relaunched.
     */
    static Optional<Integer> runIfNeeded(String[] args) {
        if (!startsJavaFx(args) || Boolean.getBoolean(RELAUNCHED)
                || ModuleLayer.boot().findModule("javafx.graphics").isPresent()) {
            return Optional.empty();
        }
        Optional<Path> jar = launchedJar();
        List<Path> modules = jar.map(ModulePathRelaunch::javaFxJars).orElse(List.of());
        if (modules.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(command(jar.get(), modules, args)));
        } catch (IOException cannotStart) {
            // Not worth failing over: this run goes on with JavaFX on the class path (and its warning).
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of(StepwiseCommand.FAILURE);
        }
    }

    /** The window (no verb) and {@code render} start JavaFX; {@code list}, {@code run}, help and version do not. */
    static boolean startsJavaFx(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        return first.equals("render") || !(StepwiseCommand.isVerb(first) || first.startsWith("-"));
    }

    /** The jar this class came from, when it is the whole class path: {@code java -jar} started it. */
    private static Optional<Path> launchedJar() {
        try {
            Path source = Path.of(ModulePathRelaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String classPath = System.getProperty("java.class.path", "");
            boolean whole = !classPath.isEmpty() && Path.of(classPath).toAbsolutePath().equals(source.toAbsolutePath());
            return whole && Files.isRegularFile(source) ? Optional.of(source) : Optional.empty();
        } catch (URISyntaxException | RuntimeException unknown) {
            return Optional.empty();
        }
    }

    /**
     * lib/javafx-*.jar beside the jar: each module's platform jar (classes and natives) and the
     * classifier-less jar of the same module, which OpenJFX publishes empty.
     */
    static List<Path> javaFxJars(Path jar) {
        Path lib = jar.toAbsolutePath().resolveSibling("lib");
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(lib)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().matches("javafx-.*\\.jar")).sorted().toList();
            boolean graphics = found.stream().anyMatch(f -> f.getFileName().toString().startsWith("javafx-graphics-"));
            return graphics ? found : List.of();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    /** java, this JVM's options, the module path, then {@code -jar} with the same arguments. */
    static List<String> command(Path jar, List<Path> modules, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("--module-path");
        command.add(String.join(File.pathSeparator, modules.stream().map(Path::toString).toList()));
        command.add("--add-modules");
        command.add("javafx.controls,javafx.swing");
        command.add("-D" + RELAUNCHED + "=true");
        // The start-up time reported at the first frame counts from this JVM's start (FirstFrame).
        command.add("-D" + FirstFrame.STARTED_AT + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // Their options are in this JVM's input arguments, passed on above; read again they would count twice.
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process child = builder.start();
        Thread stop = new Thread(child::destroy, "stepwise-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int status = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        return status;
    }
}
