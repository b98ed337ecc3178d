package org.stepwise.viz.lesson.data;

import java.util.function.Supplier;
import javafx.util.StringConverter;
import org.stepwise.data.DataSources;

/**
 * How the source list names its entries: each source by its label with what kind it is ("Breast
 * Cancer (built-in)", "Moons (generated)"), and the one entry for data from elsewhere with its
 * name ("heights (file)").
 */
final class SourceNames extends StringConverter<String> {

    /** The list's entry for data from a file or a restored session; no data set has this name. */
    static final String OTHER_SOURCE = "\u0000other";

    private final Supplier<String> otherSourceName;

    /** @param otherSourceName the name of the data behind {@link #OTHER_SOURCE}, asked each time */
    SourceNames(Supplier<String> otherSourceName) {
        this.otherSourceName = otherSourceName;
    }

    @Override
    public String toString(String name) {
        if (name == null) {
            return "";
        }
        if (name.equals(OTHER_SOURCE)) {
            return otherSourceName.get() + "  (file)";
        }
        return DataSources.label(name) + (SourceChoices.isBuiltIn(name) ? "  (built-in)" : "  (generated)");
    }

    @Override
    public String fromString(String text) {
        return text;
    }
}
