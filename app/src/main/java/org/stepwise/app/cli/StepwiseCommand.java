package org.stepwise.app.cli;

import java.io.PrintWriter;
import java.util.Set;
import org.stepwise.app.StepwiseApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The main class. {@code list}, {@code run} and {@code render} work without a window; anything
 * else (nothing, a lesson id, a {@code .stepwise} file) opens the main window. This class does
 * not extend {@code Application}, which lets JavaFX start from the class path.
 *
 * <p>Exit status: 0 done, 2 bad arguments (one line saying what is wrong and what is allowed),
 * 1 an unexpected failure.
 */
@Command(name = "stepwise", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Learn machine learning by watching algorithms work.",
        subcommands = {ListCommand.class, RunCommand.class, RenderCommand.class})
public final class StepwiseCommand implements Runnable {

    public static final int BAD_ARGUMENTS = 2;
    private static final Set<String> VERBS = Set.of("list", "run", "render", "help", "--help", "-h", "--version", "-V");

    public static void main(String[] args) {
        if (args.length == 0 || !VERBS.contains(args[0])) {
            StepwiseApp.launchWindow(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs a verb and returns its exit status; prints only to the given writers. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new StepwiseCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println(exception.getMessage());
            return BAD_ARGUMENTS;
        });
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            if (exception instanceof IllegalArgumentException) {
                err.println(exception.getMessage());
                return BAD_ARGUMENTS;
            }
            err.println("Stepwise failed: " + exception);
            return 1;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        // "stepwise help" and friends: picocli prints the usage.
        new CommandLine(this).usage(System.out);
    }
}
