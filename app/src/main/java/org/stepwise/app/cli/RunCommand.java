package org.stepwise.app.cli;

import java.util.concurrent.Callable;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise run LESSON [options] [--json]}: replays a lesson's engine without a display
 * and prints the final state's metrics. Never starts the JavaFX toolkit.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Run a lesson's engine without a window and print the final state's metrics.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Option(names = "--json", description = "Print {\"lesson\", \"dataset\", \"features\", \"standardize\", \"test_size\", \"seed\", \"steps\", \"status\", \"metrics\"} as JSON.")
    boolean json;

    @ParentCommand
    StepwiseCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunSetup setup = options.resolve(parent.catalog());
        Engine<?> engine = setup.engine();
        Snapshot snapshot = AfterChecks.run(() -> setup.replay(engine));
        RunReport report = RunReport.of(setup, snapshot);
        spec.commandLine().getOut().println(json ? report.json() : report.text());
        return StepwiseCommand.OK;
    }
}
