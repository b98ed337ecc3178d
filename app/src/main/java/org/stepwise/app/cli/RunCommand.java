package org.stepwise.app.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.RunReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stepwise run}: runs a lesson's engine without a display and prints the final metrics. */
@Command(name = "run", description = "Run a lesson's engine without a window and print its final state.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Option(names = "--json", description = "print {lesson, dataset, seed, steps, status, metrics} as JSON")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lesson<?> lesson = options.lesson();
        Dataset data = options.data(lesson);
        Params params = options.params(lesson);
        Snapshot end = RunReplay.replay(lesson, data, params, options.seed, options.stepCount(),
                RunOptions.UNTIL_DONE_LIMIT);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("lesson", lesson.info().id());
        result.put("dataset", data == null ? null : data.name());
        result.put("seed", options.seed);
        result.put("steps", end.step());
        result.put("status", end.status().toString());
        result.put("metrics", JsonNumbers.metrics(end.metrics().values()));
        if (json) {
            out.println(JSON.std.asString(result));
        } else {
            out.println(lesson.info().title() + (data == null ? "" : " on " + data.name()) + ", seed " + options.seed);
            out.println("steps: " + end.step() + "   status: " + end.status());
            ((Map<?, ?>) result.get("metrics")).forEach((name, value) -> out.println("  " + name + " = "
                    + (value instanceof List<?> ? value.toString() : String.valueOf(value))));
        }
        return 0;
    }
}
