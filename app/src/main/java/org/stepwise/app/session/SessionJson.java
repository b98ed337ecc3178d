package org.stepwise.app.session;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.data.Dataset;

/**
 * The mapping between a {@link Session} and the JSON tree of a {@code .stepwise} file:
 * <pre>
 * {"format": "stepwise-session", "version": 1, "lesson": "kmeans", "seed": 0, "step": 12,
 *  "params": {"k": "3", ...}, "standardize": false,
 *  "data": {"name": "blobs", "featureNames": ["x", "y"], "targetName": "class",
 *           "classNames": ["0", "1"], "features": [x11, x12, x21, x22, ...], "targets": [0, 1, ...],
 *           "heldOut": [4, 17, ...], "imageShape": [8, 8]}}
 * </pre>
 * {@code features} is row-major, like {@link Dataset#featuresRowMajor()}: row i, column j is
 * element {@code i * featureNames.length + j}. {@code data} is {@code null} for lessons without
 * data; {@code classNames} is empty for regression data. Reading checks every field and refuses
 * anything off with a {@link SessionFormatException}. {@code data} is the data as the learner has it
 * and {@code standardize} the data option (LESSONS.md, "Data options"): the engine gets the data
 * standardized when it is true. A file without {@code standardize} (saved before the option
 * existed) opens with it false. {@code heldOut} lists the rows held out of the fit (the data
 * option "test size"; from 0, ascending), and is left out when none is; {@code imageShape} the
 * height and width of each row's image (Digits), left out when the rows are not images (a
 * Stepwise that ignores it loses no data, so it needs no new version).
 */
final class SessionJson {

    static final String FORMAT = "stepwise-session";
    /**
     * The newest version this Stepwise opens. Version 2 added {@code standardize}, version 3 the
     * data's {@code heldOut} rows; a session is written with the oldest version that holds what
     * it uses, so a Stepwise that predates an option it does not use opens it, while one that
     * would ignore the option refuses the file instead of replaying a different run.
     */
    static final int VERSION = 3;

    private SessionJson() {
    }

    static Map<String, Object> toJson(Session session) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        boolean heldOut = session.data() != null && session.data().heldOutCount() > 0;
        json.put("version", heldOut ? 3 : session.standardize() ? 2 : 1);
        json.put("lesson", session.lessonId());
        json.put("seed", session.seed());
        json.put("step", session.step());
        json.put("params", session.params());
        json.put("standardize", session.standardize());
        json.put("data", session.data() == null ? null : dataJson(session.data()));
        return json;
    }

    /**
     * @param json the parsed file, any shape
     * @throws SessionFormatException naming the first thing that is wrong
     */
    static Session fromJson(Object json) {
        if (!(json instanceof Map<?, ?> root) || !FORMAT.equals(root.get("format"))) {
            throw new SessionFormatException("it is JSON, but not a Stepwise session (it has no \"format\": \""
                    + FORMAT + "\")");
        }
        long version = whole(root, "version", 1, Long.MAX_VALUE);
        if (version > VERSION) {
            throw new SessionFormatException("it was saved by a newer Stepwise (session version " + version
                    + "); this Stepwise opens version " + VERSION + ". Update Stepwise to open it");
        }
        String lesson = text(root, "lesson");
        long seed = whole(root, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        int step = (int) whole(root, "step", 0, Integer.MAX_VALUE);
        Map<String, String> params = params(object(root, "params"));
        if (!root.containsKey("data")) {
            throw missing("data");
        }
        Object data = root.get("data");
        Object standardize = root.containsKey("standardize") ? root.get("standardize") : Boolean.FALSE;
        if (!(standardize instanceof Boolean)) {
            throw new SessionFormatException("its 'standardize' is " + standardize + ", not true or false");
        }
        return new Session(lesson, data == null ? null : dataFrom(object(root, "data")), params, seed, step,
                (Boolean) standardize);
    }

    private static Map<String, Object> dataJson(Dataset data) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", data.name());
        json.put("featureNames", data.featureNames());
        json.put("targetName", data.targetName());
        json.put("classNames", data.classNames());
        json.put("features", boxed(data.featuresRowMajor()));
        json.put("targets", boxed(data.targets()));
        if (data.heldOutCount() > 0) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (data.isHeldOut(i)) {
                    rows.add(i);
                }
            }
            json.put("heldOut", rows);
        }
        if (data.isImage()) {
            json.put("imageShape", List.of(data.imageHeight(), data.imageWidth()));
        }
        return json;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return list;
    }

    private static Map<String, String> params(Map<?, ?> json) {
        Map<String, String> params = new LinkedHashMap<>();
        json.forEach((name, value) -> {
            // Accept hand-edited numbers and booleans as well as the strings Stepwise writes.
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new SessionFormatException("parameter '" + name + "' has no value");
            }
            params.put((String) name, String.valueOf(value));
        });
        return params;
    }

    private static Dataset dataFrom(Map<?, ?> json) {
        String name = text(json, "name");
        List<String> featureNames = texts(json, "featureNames");
        String targetName = text(json, "targetName");
        List<String> classNames = texts(json, "classNames");
        double[] features = numbers(json, "features");
        double[] targets = numbers(json, "targets");
        int columns = featureNames.size();
        if (columns == 0) {
            throw new SessionFormatException("its data set has no feature columns");
        }
        if (features.length != targets.length * columns) {
            throw new SessionFormatException("its data set has " + targets.length + " targets and " + columns
                    + " feature columns, so " + (long) targets.length * columns + " feature values are expected; it has "
                    + features.length);
        }
        double[][] rows = new double[targets.length][columns];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(features, i * columns, rows[i], 0, columns);
        }
        boolean[] heldOut = json.containsKey("heldOut") ? heldOut(json, rows.length) : null;
        try {
            Dataset data = classNames.isEmpty()
                    ? Dataset.regression(name, rows, targets, featureNames, targetName)
                    : Dataset.classification(name, rows, labels(targets), featureNames, classNames)
                            .withTargetName(targetName);
            data = data.withHeldOut(heldOut);
            if (json.containsKey("imageShape")) {
                double[] shape = numbers(json, "imageShape");
                if (shape.length != 2 || shape[0] != Math.rint(shape[0]) || shape[1] != Math.rint(shape[1])) {
                    throw new SessionFormatException("its 'imageShape' is not [height, width]");
                }
                data = data.withImageShape((int) shape[0], (int) shape[1]);
            }
            return data;
        } catch (IllegalArgumentException invalid) {
            throw new SessionFormatException("its data set is not valid: " + invalid.getMessage(), invalid);
        }
    }

    /** The rows listed in 'heldOut' as a mask; each a row number of the data, from 0. */
    private static boolean[] heldOut(Map<?, ?> json, int rows) {
        boolean[] mask = new boolean[rows];
        for (Object element : array(json, "heldOut")) {
            boolean row = element instanceof Integer || element instanceof Long;
            long index = row ? ((Number) element).longValue() : -1;
            if (!row || index < 0 || index >= rows) {
                throw new SessionFormatException("its 'heldOut' holds " + element + ", not a row number from 0 to "
                        + (rows - 1));
            }
            mask[(int) index] = true;
        }
        return mask;
    }

    private static int[] labels(double[] targets) {
        int[] labels = new int[targets.length];
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] != Math.rint(targets[i]) || Math.abs(targets[i]) > Integer.MAX_VALUE) {
                throw new SessionFormatException("its data set is not valid: the class of row " + (i + 1)
                        + " is " + targets[i] + ", not a class number");
            }
            labels[i] = (int) targets[i];
        }
        return labels;
    }

    private static Object required(Map<?, ?> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    private static SessionFormatException missing(String key) {
        return new SessionFormatException("it has no '" + key + "'");
    }

    private static String text(Map<?, ?> json, String key) {
        if (!(required(json, key) instanceof String text)) {
            throw new SessionFormatException("its '" + key + "' is not text");
        }
        return text;
    }

    private static long whole(Map<?, ?> json, String key, long min, long max) {
        Object value = required(json, key);
        boolean integral = value instanceof Integer || value instanceof Long
                || value instanceof BigInteger big && big.bitLength() < 64;
        if (!integral) {
            throw new SessionFormatException("its '" + key + "' is " + value + ", not a whole number");
        }
        long number = ((Number) value).longValue();
        if (number < min || number > max) {
            throw new SessionFormatException("its '" + key + "' is " + number + ", outside [" + min + ", " + max + "]");
        }
        return number;
    }

    private static Map<?, ?> object(Map<?, ?> json, String key) {
        if (!(required(json, key) instanceof Map<?, ?> object)) {
            throw new SessionFormatException("its '" + key + "' is not an object");
        }
        return object;
    }

    private static List<?> array(Map<?, ?> json, String key) {
        if (!(required(json, key) instanceof List<?> list)) {
            throw new SessionFormatException("its '" + key + "' is not an array");
        }
        return list;
    }

    private static List<String> texts(Map<?, ?> json, String key) {
        List<String> texts = new ArrayList<>();
        for (Object element : array(json, key)) {
            if (!(element instanceof String text)) {
                throw new SessionFormatException("its '" + key + "' holds " + element + ", not text");
            }
            texts.add(text);
        }
        return texts;
    }

    /** Numbers, refusing non-finite ones (1e999 parses as infinity). */
    private static double[] numbers(Map<?, ?> json, String key) {
        List<?> list = array(json, key);
        double[] numbers = new double[list.size()];
        for (int i = 0; i < numbers.length; i++) {
            if (!(list.get(i) instanceof Number number) || !Double.isFinite(number.doubleValue())) {
                throw new SessionFormatException("its '" + key + "' holds " + list.get(i) + " at position " + (i + 1)
                        + ", not a finite number");
            }
            numbers[i] = number.doubleValue();
        }
        return numbers;
    }
}
