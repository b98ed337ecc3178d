package org.stepwise.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stepwise.data.Dataset;

/**
 * Which feature columns a run trains on ({@code --features}): by default the ones the lesson
 * draws, the first {@code Lesson.drawnFeatures()} columns, as the app's axis pickers start, so
 * {@code run} and {@code render} of the same arguments train on the same data; {@code all} for
 * every column; or a comma-separated list of column names or indices counted from 0.
 */
final class FeatureChoice {

    private FeatureChoice() {
    }

    /**
     * The columns of {@code data} chosen by {@code spec} (null for the default).
     *
     * @param drawn the lesson's drawn features: 0 when it uses every column
     * @throws IllegalArgumentException naming the column that does not exist and the ones that do
     */
    static Dataset select(Dataset data, String spec, int drawn) {
        if (spec == null) {
            return drawn == 0 || data.featureCount() <= drawn ? data : data.selectFeatures(first(drawn));
        }
        if (spec.strip().equalsIgnoreCase("all")) {
            return data;
        }
        Set<Integer> columns = new LinkedHashSet<>();
        for (String part : spec.split(",")) {
            columns.add(column(data, part.strip()));
        }
        return data.selectFeatures(columns.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int[] first(int count) {
        int[] columns = new int[count];
        for (int i = 0; i < count; i++) {
            columns[i] = i;
        }
        return columns;
    }

    private static int column(Dataset data, String name) {
        int byName = data.featureNames().indexOf(name);
        if (byName >= 0) {
            return byName;
        }
        if (name.matches("\\d+") && Integer.parseInt(name) < data.featureCount()) {
            return Integer.parseInt(name);
        }
        List<String> allowed = new ArrayList<>(data.featureNames());
        throw new IllegalArgumentException("The '--features' option takes 'all' or column names or indices"
                + " (0 to " + (data.featureCount() - 1) + ") of " + data.name() + ": " + String.join(", ", allowed)
                + "; got '" + name + "'.");
    }

    /** The names of the columns a run trains on, for {@code run --json}. */
    static List<String> names(Dataset data) {
        return data == null ? null : data.featureNames();
    }
}
