package org.stepwise.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

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
}
