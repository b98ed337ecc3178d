package org.stepwise.app.session;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Reads and writes {@code .stepwise} session files (the JSON layout is described in
 * {@link SessionJson}).
 *
 * <p>Saving writes a temporary file in the target's folder, forces it to disk, then renames it
 * over the target in one atomic step: a crash, a full disk or an error half-way through leaves
 * the previous file exactly as it was, and the temporary file is removed. Opening refuses, with
 * a {@link SessionFormatException} that says why, anything that is not a complete session of a
 * version this program reads; it changes nothing on disk.
 */
public final class SessionFile {

    /** The file name extension of sessions, with its dot. */
    public static final String EXTENSION = ".stepwise";

    /** Larger files are refused before being read: no session of 100k points comes near. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private static final JSON READER = JSON.std.with(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS);
    private static final JSON WRITER = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES, JSON.Feature.PRETTY_PRINT_OUTPUT);

    /** Puts a session's bytes into the temporary file; a test replaces it to fail half-way. */
    @FunctionalInterface
    interface ByteSink {
        void write(OutputStream out, byte[] bytes) throws IOException;
    }

    private SessionFile() {
    }

    /**
     * Saves a session atomically; on failure the previous {@code target} is untouched.
     *
     * @throws IOException when the folder does not exist or cannot be written
     */
    public static void save(Path target, Session session) throws IOException {
        save(target, session, OutputStream::write);
    }

    static void save(Path target, Session session, ByteSink sink) throws IOException {
        byte[] bytes = WRITER.asString(SessionJson.toJson(session)).getBytes(StandardCharsets.UTF_8);
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "there is no such folder");
        }
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                sink.write(out, bytes);
                out.flush();
                // The bytes must be on disk before the rename makes them the session.
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Opens a session file.
     *
     * @throws SessionFormatException when the file is not a session this version can open
     * @throws IOException            when it cannot be read (no such file, no permission)
     */
    public static Session open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new SessionFormatException(quoted(file) + " is a folder, not a session file");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new SessionFormatException(quoted(file) + " is " + size / (1024 * 1024)
                    + " MB; a session file is at most " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        Object json = parse(file, Files.readAllBytes(file));
        try {
            return SessionJson.fromJson(json);
        } catch (SessionFormatException wrong) {
            throw new SessionFormatException(quoted(file) + " cannot be opened: " + wrong.getMessage() + ".", wrong);
        }
    }

    private static Object parse(Path file, byte[] bytes) {
        try (JsonParser parser = READER.getStreamingFactory().createParser(bytes)) {
            Object value = READER.anyFrom(parser);
            if (parser.nextToken() != null) {
                throw new SessionFormatException(quoted(file) + " is not a Stepwise session: there is more after the"
                        + " end of the JSON (the file is damaged).");
            }
            return value;
        } catch (IOException | RuntimeException notJson) {
            if (notJson instanceof SessionFormatException refused) {
                throw refused;
            }
            throw new SessionFormatException(quoted(file) + " is not a Stepwise session: it is not valid JSON"
                    + " (it may be damaged or cut short).", notJson);
        }
    }

    /** Makes the rename itself durable where the system allows forcing a folder (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // The file is in place; only the durability of the rename across a power cut is not guaranteed.
        }
    }

    private static String quoted(Path file) {
        return "'" + file.getFileName() + "'";
    }
}
