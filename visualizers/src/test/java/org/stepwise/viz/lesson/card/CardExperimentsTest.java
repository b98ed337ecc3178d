package org.stepwise.viz.lesson.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.DataSources;
import org.stepwise.data.Dataset;
import org.stepwise.data.Standardizer;
import org.stepwise.data.TrainTestSplit;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.data.DataPicker;

/**
 * Every card's every Try-it declaration fits its lesson, so a broken card fails here and not in
 * a learner's hands: each experiment of "Try this" has a button; its parameters exist and take
 * their values ({@link Params#withAllText} from the defaults, as the panel applies them); its
 * data set is one the lesson's data picker offers; an engine builds on that data, prepared as
 * the picker prepares it, and steps; and the bullet names each control it sets by the sheet's
 * label (a choice by its option's label, data by the picker's name for it).
 */
class CardExperimentsTest {

    static Stream<String> lessonIds() {
        return LessonCatalog.load().infos().stream().map(info -> info.id()).sorted();
    }

    @ParameterizedTest
    @MethodSource("lessonIds")
    void everyExperimentHasATryItThatAppliesCleanlyAndNamesItsControlsByTheirLabels(String lessonId) {
        Lesson<?> lesson = LessonCatalog.load().require(lessonId);
        List<CardDocument.Block> bullets = CardDocument.load(lessonId).section("Try this").stream()
                .filter(block -> block instanceof CardDocument.Bullet).toList();
        assertThat(bullets).isNotEmpty();
        for (CardDocument.Block bullet : bullets) {
            String text = bullet.runs().stream().filter(run -> run instanceof CardDocument.Text)
                    .map(run -> ((CardDocument.Text) run).text()).collect(Collectors.joining());
            List<TryIt> declared = bullet.runs().stream().filter(run -> run instanceof CardDocument.TryItLink)
                    .map(run -> ((CardDocument.TryItLink) run).settings()).toList();
            String experiment = lessonId + ": " + text.substring(0, Math.min(50, text.length()));
            assertThat(declared).as("the Try-it button of " + experiment).isNotEmpty();
            for (TryIt settings : declared) {
                assertThatCode(() -> buildAndStep(lesson, settings)).as(experiment).doesNotThrowAnyException();
                assertNamesByLabels(lesson, settings, text, experiment);
            }
        }
    }

    private static void buildAndStep(Lesson<?> lesson, TryIt settings) {
        Params params = lesson.factory().defaults().withAllText(settings.params());
        Dataset data = data(lesson, settings, params);
        Engine<?> engine = lesson.factory().create(data, params, settings.seed());
        for (int step = 0; step < 5; step++) {
            engine.step();
        }
    }

    /** The data as the lesson panel's data picker would hand it over. */
    private static Dataset data(Lesson<?> lesson, TryIt settings, Params params) {
        // The kind and the lesson's own data follow the parameters (k-NN's task).
        DataKind kind = lesson.factory().dataKind(params);
        if (kind == DataKind.NONE) {
            assertThat(settings.namesData() || settings.standardize() || settings.testSize() > 0)
                    .as("an experiment of a lesson without data sets no data").isFalse();
            return null;
        }
        Dataset data;
        if (settings.namesData()) {
            assertThat(DataPicker.sources(kind)).as("the data picker offers it").contains(settings.data());
            data = DataPicker.drawn(DataSources.resolve(settings.data(), settings.generatorOptions()),
                    lesson.drawnFeatures(params));
        } else {
            data = DataPicker.drawn(lesson.defaultData(params), lesson.drawnFeatures(params));
        }
        if (settings.testSize() > 0) {
            data = TrainTestSplit.holdOut(data, settings.testSize(), settings.seed());
        }
        return settings.standardize() ? Standardizer.standardized(data) : data;
    }

    private static void assertNamesByLabels(Lesson<?> lesson, TryIt settings, String text, String experiment) {
        Params defaults = lesson.factory().defaults();
        settings.params().forEach((name, value) -> {
            ParamSpec<?> spec = defaults.spec(name);
            String shown = spec.kind() == ParamSpec.Kind.CHOICE ? spec.optionLabel(value) : spec.label();
            assertThat(text).as(experiment + " names " + name + " as the sheet does").contains(shown);
        });
        if (settings.namesData()) {
            assertThat(text).as(experiment + " names its data as the picker does")
                    .contains(DataSources.label(settings.data()));
        }
    }
}
