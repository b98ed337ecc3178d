package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One in-process {@code stepwise} invocation: its exit status, what it printed, which windows it opened. */
record CommandRun(int status, String out, String err, List<String[]> windows) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String[]> windows = new ArrayList<>();
        int status = StepwiseCommand.execute(args, new PrintWriter(out), new PrintWriter(err), windows::add);
        return new CommandRun(status, out.toString(), err.toString(), windows);
    }

    /** Standard error's lines (a refusal is exactly one). */
    List<String> errLines() {
        return err.lines().toList();
    }

    /** A run with {@code --json} that succeeds, silently: its report, parsed. */
    static Map<String, Object> json(String... args) throws IOException {
        CommandRun run = of(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        return JSON.std.mapFrom(run.out());
    }

    /** The "metrics" of a {@link #json} report. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> metrics(Map<String, Object> json) {
        return (Map<String, Object>) json.get("metrics");
    }
}
