package org.stepwise.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.stepwise.app.StepwiseApp;
import org.stepwise.viz.lesson.LessonCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Spec;

/**
 * The main class. {@code list}, {@code run} and {@code render} work without a window; nothing,
 * a lesson id or a {@code .stepwise} file opens the main window. It does not extend
 * {@code Application}: JavaFX started from the class path needs a main class that does not.
 *
 * <p>Exit status: {@value #OK} done, {@value #BAD_ARGUMENTS} bad arguments (picocli's usage
 * code; one line on standard error naming what is wrong and what is allowed),
 * {@value #FAILURE} an unexpected failure.
 */
@Command(name = "stepwise", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, sortOptions = false,
        description = "Learn machine learning by watching algorithms work.",
        subcommands = {ListCommand.class, RunCommand.class, RenderCommand.class, HelpCommand.class},
        footer = {"", "Without a command, opens the window: 'stepwise', 'stepwise LESSON' or 'stepwise FILE.stepwise'.", ""})
public final class StepwiseCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_ARGUMENTS = CommandLine.ExitCode.USAGE;

    private static final Set<String> VERBS = Set.of("list", "run", "render", "help");

    /** Opens the main window with the command-line arguments and returns when it closes. */
    @FunctionalInterface
    public interface WindowLauncher {
        void launch(String[] args);
    }

    private final WindowLauncher window;
    private final boolean exitToolkitWhenDone;
    private LessonCatalog catalog;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private StepwiseCommand(WindowLauncher window, boolean exitToolkitWhenDone) {
        this.window = window;
        this.exitToolkitWhenDone = exitToolkitWhenDone;
    }

    public static void main(String[] args) {
        // java -jar stepwise.jar starts itself again with JavaFX on the module path (ModulePathRelaunch).
        Optional<Integer> relaunched = ModulePathRelaunch.runIfNeeded(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        // JSON is UTF-8 (RFC 8259) when piped; a terminal gets its own encoding.
        Charset console = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        int status = new StepwiseCommand(arguments -> StepwiseApp.launchWindow(arguments), true)
                .dispatch(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Does what {@code stepwise args} does and returns the exit status, printing only to the
     * given writers. A JavaFX toolkit started by {@code render} is left running, so this can be
     * called many times in one JVM (tests).
     *
     * @param window opens the window when the arguments ask for it
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, WindowLauncher window) {
        return new StepwiseCommand(window, false).dispatch(args, out, err);
    }

    /** True for the words that name a command without a window: list, run, render, help. */
    static boolean isVerb(String argument) {
        return VERBS.contains(argument);
    }

    private int dispatch(String[] args, PrintWriter out, PrintWriter err) {
        try {
            if (args.length > 0 && (VERBS.contains(args[0]) || args[0].startsWith("-"))) {
                return commandLine(out, err).execute(args);
            }
            return openWindow(args, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int openWindow(String[] args, PrintWriter err) {
        for (String argument : args) {
            String problem = windowArgumentProblem(argument);
            if (problem != null) {
                err.println(problem);
                return BAD_ARGUMENTS;
            }
        }
        try {
            window.launch(args);
            return OK;
        } catch (RuntimeException failed) {
            err.println("Stepwise could not open its window: " + failed.getMessage()
                    + " (the commands list, run and render work without a display)");
            return FAILURE;
        }
    }

    /** Why the window cannot take this argument, or null when it can. */
    private String windowArgumentProblem(String argument) {
        if (argument.endsWith(".stepwise")) {
            return Files.isRegularFile(Path.of(argument)) ? null : "There is no session file '" + argument + "'.";
        }
        if (catalog().find(argument).isPresent()) {
            return null;
        }
        String kind = argument.startsWith("-") ? "option" : "lesson";
        return "Unknown " + kind + " '" + argument + "'; the lessons are: " + Lessons.ids(catalog())
                + "; the commands are: list, run, render (see 'stepwise --help').";
    }

    private CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(this);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            String command = exception.getCommandLine().getCommandSpec().qualifiedName();
            String hint = command.endsWith(" run") && exception.getMessage().contains("--size")
                    ? "; a generator's size is --points N" : "";
            err.println(oneLine(exception.getMessage()) + hint + " (see '" + command + " --help')");
            return BAD_ARGUMENTS;
        });
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            if (exception instanceof IllegalArgumentException refused) {
                err.println(oneLine(refused.getMessage()));
                return BAD_ARGUMENTS;
            }
            err.println("Stepwise failed unexpectedly: " + exception);
            exception.printStackTrace(err);
            return FAILURE;
        });
        return commandLine;
    }

    /** The lessons on the class path, loaded on first use. */
    LessonCatalog catalog() {
        if (catalog == null) {
            catalog = LessonCatalog.load();
        }
        return catalog;
    }

    /** Whether {@code render} shuts JavaFX down after drawing (yes from {@link #main}). */
    boolean exitToolkitWhenDone() { return exitToolkitWhenDone; }

    @Override
    public Integer call() {
        // Reached when options come without a command ("stepwise --"): show what there is.
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    private static String oneLine(String message) {
        return message == null ? "bad arguments" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
