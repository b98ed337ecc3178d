package org.stepwise.app.session;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.app.cli.JsonNumbers;
import org.stepwise.data.Dataset;

/**
 * Reads and writes {@code .stepwise} session files: JSON with a format marker and a version.
 *
 * <p>Saving writes a temporary file beside the target, forces it to disk, then moves it over
 * the target in one atomic step, so a crash or a full disk mid-save leaves the previous file as
 * it was. Opening refuses anything that is not a complete session of a version this program
 * reads, with a {@link SessionFormatException} that says why, and has no other effect.
 */
public final class SessionFile {

    public static final String FORMAT = "stepwise-session";
    public static final int VERSION = 1;
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    /** Writes the bytes of a session; replaced in tests to fail half-way. */
    interface ByteSink {
        void write(OutputStream out, byte[] bytes) throws IOException;
    }

    private SessionFile() {
    }

    public static void save(Path target, Session session) throws IOException {
        save(target, session, OutputStream::write);
    }

    static void save(Path target, Session session, ByteSink sink) throws IOException {
        byte[] bytes = JSON.std.asString(toJson(session)).getBytes(StandardCharsets.UTF_8);
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                sink.write(out, bytes);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static Session open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new SessionFormatException("there is no file " + file);
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new SessionFormatException(file.getFileName() + " is larger than a session can be ("
                    + MAX_BYTES / (1024 * 1024) + " MB)");
        }
        Map<String, Object> json;
        try {
            json = JSON.std.mapFrom(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            throw new SessionFormatException(file.getFileName() + " is not a Stepwise session (it is not valid JSON)", e);
        }
        if (json == null || !FORMAT.equals(json.get("format"))) {
            throw new SessionFormatException(file.getFileName() + " is not a Stepwise session");
        }
        int version = integer(json, "version");
        if (version > VERSION) {
            throw new SessionFormatException(file.getFileName() + " was saved by a newer Stepwise (session version "
                    + version + "); this one reads version " + VERSION);
        }
        try {
            Map<String, String> params = new LinkedHashMap<>();
            object(json, "params").forEach((name, value) -> params.put(name, String.valueOf(value)));
            Object data = json.get("data");
            return new Session(text(json, "lesson"), data == null ? null : dataFrom(asObject(data, "data")), params,
                    number(json, "seed").longValue(), integer(json, "step"));
        } catch (SessionFormatException e) {
            throw e;
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new SessionFormatException(file.getFileName() + " holds a damaged session: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> toJson(Session session) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("version", VERSION);
        json.put("lesson", session.lessonId());
        json.put("seed", session.seed());
        json.put("step", session.step());
        json.put("params", session.params());
        json.put("data", session.data() == null ? null : dataJson(session.data()));
        return json;
    }

    private static Map<String, Object> dataJson(Dataset data) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", data.name());
        json.put("featureNames", data.featureNames());
        json.put("targetName", data.targetName());
        json.put("classNames", data.classNames());
        List<List<Double>> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            rows.add(JsonNumbers.list(data.row(i)));
        }
        json.put("features", rows);
        json.put("targets", JsonNumbers.list(data.targets()));
        return json;
    }

    @SuppressWarnings("unchecked")
    private static Dataset dataFrom(Map<String, Object> json) {
        List<String> featureNames = strings(list(json, "featureNames"));
        List<String> classNames = strings(list(json, "classNames"));
        List<Object> rows = list(json, "features");
        List<Object> targets = list(json, "targets");
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = (List<Object>) rows.get(i);
            x[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                x[i][j] = ((Number) row.get(j)).doubleValue();
            }
        }
        String name = text(json, "name");
        if (classNames.isEmpty()) {
            double[] y = targets.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
            return Dataset.regression(name, x, y, featureNames, text(json, "targetName"));
        }
        int[] labels = new int[targets.size()];
        for (int i = 0; i < labels.length; i++) {
            double value = ((Number) targets.get(i)).doubleValue();
            if (value != Math.rint(value)) {
                throw new SessionFormatException("class label " + value + " of row " + (i + 1) + " is not a whole number");
            }
            labels[i] = (int) value;
        }
        return Dataset.classification(name, x, labels, featureNames, classNames);
    }

    private static List<String> strings(List<Object> values) {
        List<String> strings = new ArrayList<>();
        for (Object value : values) {
            strings.add((String) value);
        }
        return strings;
    }

    private static Object required(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            throw new SessionFormatException("the session has no '" + key + "'");
        }
        return value;
    }

    private static String text(Map<String, Object> json, String key) {
        return (String) required(json, key);
    }

    private static Number number(Map<String, Object> json, String key) {
        return (Number) required(json, key);
    }

    private static int integer(Map<String, Object> json, String key) {
        Object value = required(json, key);
        if (!(value instanceof Integer || value instanceof Long)) {
            throw new SessionFormatException("the session's '" + key + "' is not a whole number");
        }
        return ((Number) value).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> json, String key) {
        return (List<Object>) required(json, key);
    }

    private static Map<String, Object> object(Map<String, Object> json, String key) {
        return asObject(required(json, key), key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value, String key) {
        if (!(value instanceof Map)) {
            throw new SessionFormatException("the session's '" + key + "' is not an object");
        }
        return (Map<String, Object>) value;
    }
}
