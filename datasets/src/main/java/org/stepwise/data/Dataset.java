package org.stepwise.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable table of numeric features with one numeric target per row.
 *
 * <p>Features are stored row-major in one flat array, so engines can read them without
 * boxing or one array per row. For classification the targets are class indices
 * {@code 0 .. classCount()-1} and {@link #classNames()} names them; for regression
 * {@link #classNames()} is empty and targets are real values.
 *
 * <p>Every "editing" method returns a new data set: a lesson keeps its previous data
 * whenever an edit or an import is refused.
 *
 * <p>Rows may be marked <em>held out</em> (LESSONS.md, "Data options": {@code --test-size}):
 * they stay in the data set, so the picture draws them (hollow) and edits keep them, but an
 * engine is given only {@link #training()} and the held-out rows ({@link #heldOut()}) score its
 * fit ({@code test_accuracy}, {@code test_r2}). The marks follow the rows through every edit: a
 * point added is a training point, a point removed takes its mark with it.
 */
public final class Dataset {

    private final String name;
    private final int rows;
    private final int columns;
    private final double[] features;
    private final double[] targets;
    private final List<String> featureNames;
    private final String targetName;
    private final List<String> classNames;
    /** Which rows are held out; {@code null} when none is. */
    private final boolean[] heldOut;
    /** {height, width} when each row is an image (Digits: 8 × 8); {@code null} otherwise. */
    private final int[] imageShape;

    private Dataset(String name, int rows, int columns, double[] features, double[] targets,
                    List<String> featureNames, String targetName, List<String> classNames, boolean[] heldOut,
                    int[] imageShape) {
        this.name = name;
        this.rows = rows;
        this.columns = columns;
        this.features = features;
        this.targets = targets;
        this.featureNames = featureNames;
        this.targetName = targetName;
        this.classNames = classNames;
        this.heldOut = heldOut;
        this.imageShape = imageShape;
    }

    /**
     * A classification data set. Not modified: {@code x}, {@code labels}.
     *
     * @param x          rows of features, all of one length (at least one column)
     * @param labels     class index of each row, in {@code 0 .. classNames.size()-1}
     * @param classNames at least one name
     * @throws IllegalArgumentException on ragged rows, non-finite values or bad labels
     */
    public static Dataset classification(String name, double[][] x, int[] labels,
                                         List<String> featureNames, List<String> classNames) {
        Objects.requireNonNull(labels, "labels");
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException("a classification data set needs at least one class name");
        }
        double[] targets = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + ": class " + labels[i]
                        + " is not one of the " + classNames.size() + " classes");
            }
            targets[i] = labels[i];
        }
        return build(name, x, targets, featureNames, "class", List.copyOf(classNames));
    }

    /** A regression data set; see {@link #classification} for the checks. */
    public static Dataset regression(String name, double[][] x, double[] y,
                                     List<String> featureNames, String targetName) {
        return build(name, x, y.clone(), featureNames, targetName, List.of());
    }

    private static Dataset build(String name, double[][] x, double[] targets, List<String> featureNames,
                                 String targetName, List<String> classNames) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x, "x");
        if (x.length != targets.length) {
            throw new IllegalArgumentException(x.length + " rows of features but " + targets.length + " targets");
        }
        int columns = x.length == 0 ? featureNames.size() : x[0].length;
        if (columns == 0) {
            throw new IllegalArgumentException("a data set needs at least one feature column");
        }
        if (featureNames.size() != columns) {
            throw new IllegalArgumentException(columns + " feature columns but " + featureNames.size() + " names");
        }
        double[] flat = new double[x.length * columns];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != columns) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + x[i].length
                        + " values; expected " + columns);
            }
            for (int j = 0; j < columns; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("row " + (i + 1) + ", column '" + featureNames.get(j)
                            + "': " + x[i][j] + " is not a finite number");
                }
            }
            System.arraycopy(x[i], 0, flat, i * columns, columns);
        }
        for (int i = 0; i < targets.length; i++) {
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException("row " + (i + 1) + ": target " + targets[i] + " is not a finite number");
            }
        }
        return new Dataset(name, x.length, columns, flat, targets, List.copyOf(featureNames), targetName, classNames, null, null);
    }

    public String name() { return name; }

    /** Number of rows (points). */
    public int size() { return rows; }

    /** Number of feature columns. */
    public int featureCount() { return columns; }

    public double feature(int row, int column) { return features[row * columns + column]; }

    public double target(int row) { return targets[row]; }

    /** The class index of a row; only for classification data. */
    public int label(int row) { return (int) targets[row]; }

    /** A copy of one row's features. */
    public double[] row(int row) { return Arrays.copyOfRange(features, row * columns, (row + 1) * columns); }

    /** A copy of all features, row-major: element (i, j) is at {@code i * featureCount() + j}. */
    public double[] featuresRowMajor() { return features.clone(); }

    /** A copy of the targets. */
    public double[] targets() { return targets.clone(); }

    /** A copy of the class labels; only for classification data. */
    public int[] labels() {
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = (int) targets[i];
        }
        return labels;
    }

    public List<String> featureNames() { return featureNames; }

    public String targetName() { return targetName; }

    /** Class names for classification, empty for regression. Never {@code null}. */
    public List<String> classNames() { return classNames; }

    public boolean isClassification() { return !classNames.isEmpty(); }

    public int classCount() { return classNames.size(); }

    /** The same data under another name. */
    public Dataset renamed(String newName) {
        return new Dataset(newName, rows, columns, features, targets, featureNames, targetName, classNames, heldOut, imageShape);
    }

    /** The same data with another name for the target column (a classification set is built with "class"). */
    public Dataset withTargetName(String newTargetName) {
        Objects.requireNonNull(newTargetName, "newTargetName");
        return new Dataset(name, rows, columns, features, targets, featureNames, newTargetName, classNames, heldOut, imageShape);
    }

    /** A data set of the given rows, in the given order (rows may repeat), with their held-out marks. */
    public Dataset selectRows(int[] rowIndices) {
        double[] flat = new double[rowIndices.length * columns];
        double[] y = new double[rowIndices.length];
        boolean[] marks = heldOut == null ? null : new boolean[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            System.arraycopy(features, rowIndices[i] * columns, flat, i * columns, columns);
            y[i] = targets[rowIndices[i]];
            if (marks != null) {
                marks[i] = heldOut[rowIndices[i]];
            }
        }
        return new Dataset(name, rowIndices.length, columns, flat, y, featureNames, targetName, classNames,
                anyTrue(marks) ? marks : null, imageShape);
    }

    /**
     * The same rows with the given ones marked held out ({@code null} or all false: none). Not
     * modified: heldOutRows (copied).
     *
     * @throws IllegalArgumentException when the mask's length is not the number of rows
     */
    public Dataset withHeldOut(boolean[] heldOutRows) {
        if (heldOutRows != null && heldOutRows.length != rows) {
            throw new IllegalArgumentException("a held-out mask needs " + rows + " entries; got " + heldOutRows.length);
        }
        boolean[] marks = anyTrue(heldOutRows) ? heldOutRows.clone() : null;
        return new Dataset(name, rows, columns, features, targets, featureNames, targetName, classNames, marks,
                imageShape);
    }

    /**
     * The same rows with other feature values (row-major, as {@link #featuresRowMajor()}) under
     * the given names; targets, classes, held-out marks and image shape kept: what a transform
     * of the features (standardizing) returns. Not modified: rowMajor (copied).
     *
     * @throws IllegalArgumentException for another number of values or names, or a value not finite
     */
    public Dataset withFeatures(double[] rowMajor, List<String> names) {
        if (rowMajor.length != features.length || names.size() != columns) {
            throw new IllegalArgumentException("new features need " + features.length + " values under " + columns
                    + " names; got " + rowMajor.length + " under " + names.size());
        }
        for (int at = 0; at < rowMajor.length; at++) {
            if (!Double.isFinite(rowMajor[at])) {
                throw new IllegalArgumentException("row " + (at / columns + 1) + ", column '" + names.get(at % columns)
                        + "': " + rowMajor[at] + " is not a finite number");
            }
        }
        return new Dataset(name, rows, columns, rowMajor.clone(), targets, List.copyOf(names), targetName, classNames,
                heldOut, imageShape);
    }

    /**
     * The same rows, each read as an image of {@code height} × {@code width} pixels, row-major
     * (feature {@code r · width + c} is pixel (r, c)): Digits' 64 features are 8 × 8.
     *
     * @throws IllegalArgumentException when height × width is not the number of features
     */
    public Dataset withImageShape(int height, int width) {
        if (height <= 0 || width <= 0 || (long) height * width != columns) {
            throw new IllegalArgumentException("An image of " + height + " × " + width + " pixels needs "
                    + (long) height * width + " features; this data set has " + columns + ".");
        }
        return new Dataset(name, rows, columns, features, targets, featureNames, targetName, classNames, heldOut,
                new int[] {height, width});
    }

    /** Whether each row is an image ({@link #imageHeight()} × {@link #imageWidth()} pixels). */
    public boolean isImage() { return imageShape != null; }

    /** The height in pixels of each row's image, 0 when the rows are not images. */
    public int imageHeight() { return imageShape == null ? 0 : imageShape[0]; }

    /** The width in pixels of each row's image, 0 when the rows are not images. */
    public int imageWidth() { return imageShape == null ? 0 : imageShape[1]; }

    /** Whether row {@code row} is held out: drawn, never trained on. */
    public boolean isHeldOut(int row) { return heldOut != null && heldOut[Objects.checkIndex(row, rows)]; }

    /** How many rows are held out; 0 for most data. */
    public int heldOutCount() {
        int count = 0;
        for (int i = 0; heldOut != null && i < rows; i++) {
            count += heldOut[i] ? 1 : 0;
        }
        return count;
    }

    /** A copy of the held-out marks, one per row (all false when none is held out). */
    public boolean[] heldOutMask() { return heldOut == null ? new boolean[rows] : heldOut.clone(); }

    /** The rows an engine is fitted on: every row not held out, in order, unmarked; this data set when none is held out. */
    public Dataset training() {
        return heldOut == null ? this : selectRows(rowsWhere(false)).withHeldOut(null);
    }

    /** The held-out rows, in order, unmarked (no rows when none is held out). */
    public Dataset heldOut() {
        return selectRows(rowsWhere(true)).withHeldOut(null);
    }

    /**
     * The index in this data set of the {@code k}-th training row (row {@code k} of
     * {@link #training()}): what a view draws when a snapshot names a training row.
     */
    public int trainingRow(int k) {
        if (heldOut == null) {
            return Objects.checkIndex(k, rows);
        }
        for (int i = 0, seen = 0; i < rows; i++) {
            if (!heldOut[i] && seen++ == k) {
                return i;
            }
        }
        throw new IndexOutOfBoundsException("training row " + k + " of " + (rows - heldOutCount()));
    }

    private int[] rowsWhere(boolean held) {
        int[] indices = new int[held ? heldOutCount() : rows - heldOutCount()];
        for (int i = 0, at = 0; i < rows; i++) {
            if ((heldOut != null && heldOut[i]) == held) {
                indices[at++] = i;
            }
        }
        return indices;
    }

    private static boolean anyTrue(boolean[] marks) {
        for (int i = 0; marks != null && i < marks.length; i++) {
            if (marks[i]) {
                return true;
            }
        }
        return false;
    }

    /** A data set of the given feature columns, in the given order. */
    public Dataset selectFeatures(int... columnIndices) {
        if (columnIndices.length == 0) {
            throw new IllegalArgumentException("choose at least one feature column");
        }
        double[] flat = new double[rows * columnIndices.length];
        String[] names = new String[columnIndices.length];
        for (int j = 0; j < columnIndices.length; j++) {
            int c = columnIndices[j];
            if (c < 0 || c >= columns) {
                throw new IllegalArgumentException("feature column " + c + " does not exist; there are " + columns);
            }
            names[j] = featureNames.get(c);
            for (int i = 0; i < rows; i++) {
                flat[i * columnIndices.length + j] = features[i * columns + c];
            }
        }
        // A subset of an image's pixels is no longer an image.
        boolean all = columnIndices.length == columns;
        for (int j = 0; all && j < columns; j++) {
            all = columnIndices[j] == j;
        }
        return new Dataset(name, rows, columnIndices.length, flat, targets, List.of(names), targetName, classNames,
                heldOut, all ? imageShape : null);
    }

    /** This data set with one more row at the end, a training row. */
    public Dataset withRow(double[] x, double target) {
        if (x.length != columns) {
            throw new IllegalArgumentException("a new point needs " + columns + " values; got " + x.length);
        }
        double[] flat = Arrays.copyOf(features, features.length + columns);
        System.arraycopy(x, 0, flat, features.length, columns);
        double[] y = Arrays.copyOf(targets, rows + 1);
        y[rows] = target;
        boolean[] marks = heldOut == null ? null : Arrays.copyOf(heldOut, rows + 1);
        return new Dataset(name, rows + 1, columns, flat, y, featureNames, targetName, classNames, marks, imageShape);
    }

    /** This data set with row {@code row} removed. */
    public Dataset withoutRow(int row) {
        Objects.checkIndex(row, rows);
        double[] flat = new double[features.length - columns];
        System.arraycopy(features, 0, flat, 0, row * columns);
        System.arraycopy(features, (row + 1) * columns, flat, row * columns, (rows - row - 1) * columns);
        double[] y = new double[rows - 1];
        System.arraycopy(targets, 0, y, 0, row);
        System.arraycopy(targets, row + 1, y, row, rows - row - 1);
        boolean[] marks = null;
        if (heldOut != null) {
            marks = new boolean[rows - 1];
            System.arraycopy(heldOut, 0, marks, 0, row);
            System.arraycopy(heldOut, row + 1, marks, row, rows - row - 1);
        }
        return new Dataset(name, rows - 1, columns, flat, y, featureNames, targetName, classNames,
                anyTrue(marks) ? marks : null, imageShape);
    }

    /** This data set with the features of row {@code row} replaced. */
    public Dataset withRowMoved(int row, double[] x) {
        Objects.checkIndex(row, rows);
        if (x.length != columns) {
            throw new IllegalArgumentException("a point needs " + columns + " values; got " + x.length);
        }
        double[] flat = features.clone();
        System.arraycopy(x, 0, flat, row * columns, columns);
        return new Dataset(name, rows, columns, flat, targets, featureNames, targetName, classNames, heldOut, imageShape);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Dataset that)) {
            return false;
        }
        return rows == that.rows && columns == that.columns && name.equals(that.name)
                && Arrays.equals(features, that.features) && Arrays.equals(targets, that.targets)
                && featureNames.equals(that.featureNames) && targetName.equals(that.targetName)
                && classNames.equals(that.classNames) && Arrays.equals(heldOut, that.heldOut)
                && Arrays.equals(imageShape, that.imageShape);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, rows, columns, Arrays.hashCode(features), Arrays.hashCode(targets));
    }

    @Override
    public String toString() {
        return name + " (" + rows + " rows, " + columns + " features"
                + (isClassification() ? ", " + classNames.size() + " classes" : ", regression")
                + (heldOut == null ? ")" : ", " + heldOutCount() + " held out)");
    }
}
