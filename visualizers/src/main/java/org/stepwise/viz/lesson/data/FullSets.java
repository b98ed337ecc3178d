package org.stepwise.viz.lesson.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stepwise.data.Dataset;

/**
 * The data sets a picker loaded lately, each at its widest: a lesson that draws two columns is
 * handed a cut of the set, and the axes offer the other columns from the full one, also after
 * undo has gone back to an older source. Only the last few are kept, the least used going first.
 */
final class FullSets {

    private static final int REMEMBERED = 8;

    private final Map<String, Dataset> sets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Dataset> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Keeps this set unless a wider one of the same name is known (a session's cut keeps the full set). */
    void remember(Dataset data) {
        sets.merge(data.name(), data, (known, loaded) -> loaded.featureCount() >= known.featureCount() ? loaded : known);
    }

    /** The widest set of this name remembered, or null. */
    Dataset get(String name) {
        return sets.get(name);
    }
}
