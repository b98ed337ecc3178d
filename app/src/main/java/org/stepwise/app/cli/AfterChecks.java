package org.stepwise.app.cli;

import java.util.concurrent.Callable;

/**
 * Runs the part of a command that comes after its arguments were checked. The command line
 * reports an {@link IllegalArgumentException} as the user's mistake (exit status 2, the message
 * alone); one thrown from here on is a library refusing what Stepwise asked of it, as JFreeChart
 * did on a flat logarithmic axis, so it becomes Stepwise's own failure (exit status 1, with its
 * stack trace) rather than "bad arguments" the user cannot fix.
 */
final class AfterChecks {

    private AfterChecks() {
    }

    static <T> T run(Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (IllegalArgumentException refused) {
            throw new IllegalStateException("Stepwise failed after the arguments were accepted: " + refused.getMessage(),
                    refused);
        }
    }
}
