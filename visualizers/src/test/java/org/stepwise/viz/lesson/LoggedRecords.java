package org.stepwise.viz.lesson;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What one logger is given while this is open, kept for the test to check instead of printed in
 * the build's log. The logger is java.util.logging's, which also receives System.Logger's and
 * JavaFX's records (JavaFX's CSS warnings go to "javafx.css").
 */
public final class LoggedRecords implements AutoCloseable {

    private final Logger logger;
    private final boolean parentHandlers;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LoggedRecords(String name) {
        logger = Logger.getLogger(name);
        parentHandlers = logger.getUseParentHandlers();
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    /** Starts keeping what the logger called {@code name} is given. */
    public static LoggedRecords of(String name) {
        return new LoggedRecords(name);
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    public List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(parentHandlers);
    }
}
