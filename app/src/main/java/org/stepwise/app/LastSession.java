package org.stepwise.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.stepwise.app.session.Session;
import org.stepwise.app.session.SessionFile;

/**
 * The lesson on screen when the window last closed (its data with any drawn points, parameters,
 * seed and step), so that the next start opens it again where the learner left it. Kept as a
 * session file, {@code last.stepwise} beside the settings, written atomically by
 * {@link SessionFile}: a crash while closing leaves the previous one.
 *
 * <p>Data of more than {@link #MAX_ROWS} rows (a large imported file) is not kept: writing it
 * would hold up the closing window for seconds. A file that cannot be read is forgotten
 * quietly; the window then opens as on a first start.
 */
final class LastSession {

    static final int MAX_ROWS = 100_000;

    /** Null for a window that remembers nothing (tests, a second window). */
    private final Path file;

    LastSession(Path file) {
        this.file = file;
    }

    /** The user's, in the settings' folder. */
    static LastSession user() {
        return new LastSession(Settings.folder().resolve("last" + SessionFile.EXTENSION));
    }

    /** Remembers nothing and finds nothing. */
    static LastSession none() {
        return new LastSession(null);
    }

    /** Keeps the lesson on screen; with none, or too much data to keep, forgets the last. */
    void remember(Optional<Session> session) {
        if (file == null) {
            return;
        }
        // A lesson without data (the optimizer race) is kept like any other.
        if (session.isEmpty() || (session.get().data() != null && session.get().data().size() > MAX_ROWS)) {
            forget();
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            SessionFile.save(file, session.get());
        } catch (IOException | IllegalArgumentException failed) {
            // Closing goes on: only the convenience of finding the lesson again is lost.
        }
    }

    /** The lesson kept at the last close, if there is one that can be read. */
    Optional<Session> read() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SessionFile.open(file));
        } catch (IOException | IllegalArgumentException unreadable) {
            forget();
            return Optional.empty();
        }
    }

    void forget() {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A file that cannot be deleted is read, refused and forgotten again next time.
        }
    }
}
