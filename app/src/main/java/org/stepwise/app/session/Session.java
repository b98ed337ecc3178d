package org.stepwise.app.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.data.Standardizer;
import org.stepwise.viz.lesson.Lesson;

/**
 * Everything needed to bring a lesson back. Engines are deterministic, so (lesson, data
 * including the points the learner drew, parameters, seed, step) replays the run exactly
 * (DESIGN.md, "State is (data, parameters, seed, step count)").
 *
 * @param lessonId the lesson's stable id, never {@code null}
 * @param data     the lesson's data as the learner has it (with drawn points, before the data
 *                 option "standardize"), or {@code null} for lessons without data
 * @param params   parameter values in their text form ({@code ParamSpec.format}), by name;
 *                 copied, in the given order; never {@code null}
 * @param seed     the run's seed
 * @param step     the step shown, at least 0
 * @param standardize the data option: the engine gets {@code data} standardized (scikit-learn's
 *                 {@code StandardScaler} fitted on it, {@link Standardizer#standardized})
 */
public record Session(String lessonId, Dataset data, Map<String, String> params, long seed, int step,
                      boolean standardize) {

    public Session {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(params, "params");
        Map<String, String> copy = new LinkedHashMap<>();
        params.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "parameter name"),
                Objects.requireNonNull(value, () -> "the value of parameter '" + name + "'")));
        params = Collections.unmodifiableMap(copy);
        if (step < 0) {
            throw new IllegalArgumentException("a session's step cannot be negative; got " + step);
        }
    }

    /** A session without the data option "standardize". */
    public Session(String lessonId, Dataset data, Map<String, String> params, long seed, int step) {
        this(lessonId, data, params, seed, step, false);
    }

    /**
     * The data the engine gets: the training rows of {@link #data()} (those not held out),
     * standardized when {@link #standardize()} says so (fitted on those rows).
     */
    public Dataset engineData() {
        Dataset shown = standardize && data != null ? Standardizer.standardized(data) : data;
        return shown == null ? null : shown.training();
    }

    /**
     * The saved parameters checked against the lesson's declarations, each value parsed and
     * validated through {@link Params#withAllText}; parameters the session does not mention keep
     * their defaults for the session's data ({@code EngineFactory.defaults(Dataset)}: a session
     * saved before a parameter was added still opens). Read against the data, a saved value that is
     * the data's default keeps following the data after the learner picks another.
     *
     * @throws IllegalArgumentException for a name the lesson does not declare (the message lists
     *                                  the ones it does) or a value it refuses
     */
    public Params paramsFor(Lesson<?> lesson) {
        // The choices first (Params.withAllText): a saved rate equal to another surface's default is kept.
        return lesson.factory().defaults(engineData()).withAllText(params);
    }
}
