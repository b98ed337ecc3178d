package org.stepwise.viz.lesson;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.stepwise.algo.Snapshot;

/**
 * What a lesson's live chart plots, as data: the snapshot's scalar metrics charted, what the
 * legend calls each, whether a run's value axis is logarithmic, and which metric is set aside.
 * A lesson says it in one expression, e.g.
 * {@code LessonChart.<S>of("mistakes", "accuracy").labelled("mistakes", "mistakes this epoch")}.
 * Held-out scores ({@code test_accuracy}, {@code test_r2}) are added beside {@code accuracy} and
 * {@code r2} by the chart itself.
 *
 * @param metrics names of the scalars charted ({@link Snapshot#scalar(String)})
 * @param label what the legend calls a metric
 * @param logScale whether the run that starts with this snapshot is charted on a logarithmic
 *        axis: for losses that fall over decades and are never below zero, where a linear axis
 *        shows every curve flat against zero beside the largest one (values that are not
 *        positive are left out then)
 * @param setAside whether, as of the run's newest snapshot, a metric is set aside: still drawn,
 *        but the value axis fitted to the others, so that one curve that ran away (an optimizer
 *        that diverged) does not squeeze the rest into a line
 * @param <S> the lesson's snapshot type
 */
public record LessonChart<S extends Snapshot>(List<String> metrics, UnaryOperator<String> label,
                                              Predicate<S> logScale, BiPredicate<S, String> setAside) {

    public LessonChart {
        metrics = List.copyOf(metrics);
    }

    /** These metrics, under their own names, on a linear axis, none set aside. */
    public static <S extends Snapshot> LessonChart<S> of(String... metrics) {
        return new LessonChart<>(List.of(metrics), UnaryOperator.identity(), first -> false, (newest, metric) -> false);
    }

    /** The same chart, with {@code metric} called {@code name} in the legend. */
    public LessonChart<S> labelled(String metric, String name) {
        UnaryOperator<String> before = label;
        return labelledBy(m -> m.equals(metric) ? name : before.apply(m));
    }

    /** The same chart, every metric named by {@code rule} (for names made from the run's parts). */
    public LessonChart<S> labelledBy(UnaryOperator<String> rule) {
        return new LessonChart<>(metrics, rule, logScale, setAside);
    }

    /** The same chart, logarithmic for a run whose first snapshot meets {@code rule}. */
    public LessonChart<S> logarithmicWhen(Predicate<S> rule) {
        return new LessonChart<>(metrics, label, rule, setAside);
    }

    /** The same chart, setting a metric aside as {@code rule} says of the newest snapshot. */
    public LessonChart<S> settingAsideWhen(BiPredicate<S, String> rule) {
        return new LessonChart<>(metrics, label, logScale, rule);
    }

    /** What the legend calls {@code metric}. */
    public String labelOf(String metric) { return label.apply(metric); }
}
