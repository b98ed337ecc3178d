package org.stepwise.data.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The target cells of a file, kept as text until the whole column is known, then read as real
 * values (regression) or as class labels (classification).
 *
 * <p>Class order: numeric labels first, in numeric order (so labels 0, 1, 2 keep their ids and
 * "2" comes before "10"), then text labels in alphabetical order. "1" and "1.0" are one class.
 */
final class TargetColumn {

    /** Class index of each row and the name of each class. */
    record Classes(int[] labels, List<String> names) {
    }

    private static final Comparator<Object> CLASS_ORDER = (a, b) -> {
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        if (a instanceof Double) {
            return -1;
        }
        if (b instanceof Double) {
            return 1;
        }
        return ((String) a).compareTo((String) b);
    };

    private final String name;
    private final List<String> cells = new ArrayList<>();
    private long[] lines = new long[256];

    TargetColumn(String name) {
        this.name = name;
    }

    /** Adds one row's target; refuses an empty cell or a NaN / infinity spelling. */
    void add(String cell, long line) {
        Cells.requirePresent(cell, line, name);
        if (cells.size() == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[cells.size()] = line;
        cells.add(cell);
    }

    int size() { return cells.size(); }

    /**
     * The rule of {@link ImportChoice.TargetKind#AUTO}: classes when some cell is not a number,
     * or when every cell is a whole number and there are at most
     * {@link CsvImporter#MAX_AUTO_CLASSES} distinct values; otherwise a real-valued target.
     */
    boolean looksLikeClasses() {
        Set<Double> distinct = new HashSet<>();
        boolean wholeAndFew = true;
        for (String cell : cells) {
            if (!Cells.isNumber(cell)) {
                return true;
            }
            double value = Double.parseDouble(cell);
            if (wholeAndFew && (value != Math.rint(value)
                    || (distinct.add(value) && distinct.size() > CsvImporter.MAX_AUTO_CLASSES))) {
                wholeAndFew = false;
            }
        }
        return wholeAndFew;
    }

    /** Every cell as a number, for regression. */
    double[] values() {
        double[] values = new double[cells.size()];
        for (int i = 0; i < values.length; i++) {
            String cell = cells.get(i);
            if (!Cells.isNumber(cell)) {
                throw new DataImportException(Cells.where(lines[i], name) + "'" + cell
                        + "' is not a number, and a regression target must be numeric");
            }
            values[i] = Double.parseDouble(cell);
        }
        return values;
    }

    /**
     * Every distinct cell as a class, in the class order above.
     *
     * @throws DataImportException when there is only one class
     */
    Classes classes() {
        TreeMap<Object, Integer> index = new TreeMap<>(CLASS_ORDER);
        for (String cell : cells) {
            index.putIfAbsent(classKey(cell), 0);
        }
        if (index.size() < 2) {
            throw new DataImportException("the target column '" + name + "' has only one class ('"
                    + className(index.firstKey()) + "'); a classifier needs at least two");
        }
        List<String> names = new ArrayList<>();
        for (var entry : index.entrySet()) {
            entry.setValue(names.size());
            names.add(className(entry.getKey()));
        }
        int[] labels = new int[cells.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = index.get(classKey(cells.get(i)));
        }
        return new Classes(labels, names);
    }

    private static Object classKey(String cell) {
        // adding 0.0 turns -0.0 into 0.0, so "-0" and "0" are one class
        return Cells.isNumber(cell) ? (Object) (Double.parseDouble(cell) + 0.0) : cell;
    }

    private static String className(Object key) {
        if (key instanceof Double value && value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString(value.longValue());
        }
        return key.toString();
    }
}
