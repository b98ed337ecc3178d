package org.stepwise.app.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;

/**
 * Everything needed to bring a lesson back: engines are deterministic, so (lesson, data
 * including drawn points, parameters, seed, step) replays the run exactly.
 *
 * @param data   the lesson's data, or null for lessons without data
 * @param params parameter values in their text form, by name
 */
public record Session(String lessonId, Dataset data, Map<String, String> params, long seed, int step) {

    public Session {
        Objects.requireNonNull(lessonId, "lessonId");
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (step < 0) {
            throw new IllegalArgumentException("a session's step cannot be negative; got " + step);
        }
    }

    /**
     * The parameters checked against the lesson's declarations; values not saved keep their
     * defaults.
     *
     * @throws IllegalArgumentException for an unknown name or a value out of range
     */
    public Params paramsFor(Lesson<?> lesson) {
        Params values = lesson.factory().defaults();
        for (Map.Entry<String, String> entry : params.entrySet()) {
            values = values.withText(entry.getKey(), entry.getValue());
        }
        return values;
    }
}
