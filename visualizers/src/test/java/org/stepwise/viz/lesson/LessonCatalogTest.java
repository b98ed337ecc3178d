package org.stepwise.viz.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.viz.lesson.card.CardDocument;
import org.stepwise.viz.lesson.card.CardRendering;

/**
 * Checks every registered lesson the way scikit-learn's common estimator checks do: unique
 * ids, neighbours that resolve, a complete card whose formulas render, parameters that refuse
 * bad values by name and survive the command line's text round trip, default data that the
 * engine accepts.
 */
class LessonCatalogTest {

    static Stream<Lesson<?>> lessons() {
        return LessonCatalog.load().lessons().stream();
    }

    @Test
    void idsAreUniqueAndNeighboursResolve() {
        List<String> ids = lessons().map(l -> l.info().id()).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("optimizers", "logistic-regression");
        for (Lesson<?> lesson : LessonCatalog.load().lessons()) {
            assertThat(ids).as("neighbours of " + lesson.info().id()).containsAll(lesson.info().neighbours());
        }
        assertThatThrownBy(() -> LessonCatalog.load().require("kmeanz"))
                .hasMessageContaining("'kmeanz'").hasMessageContaining("optimizers");
    }

    @Test
    void listingBuildsNoLessonAndOpeningBuildsOnlyThatOne() {
        LessonCatalog catalog = LessonCatalog.load();
        assertThat(catalog.infos()).extracting(LessonInfo::id).contains("optimizers", "logistic-regression");
        assertThat(catalog.built()).isZero();
        Lesson<?> optimizers = catalog.require("optimizers");
        assertThat(catalog.built()).isEqualTo(1);
        assertThat(catalog.require("optimizers")).isSameAs(optimizers);
        assertThat(optimizers.info()).isEqualTo(catalog.infos().stream()
                .filter(info -> info.id().equals("optimizers")).findFirst().orElseThrow());
    }

    @Test
    void aLessonClassWithoutItsEntryIsNamed() {
        assertThatThrownBy(() -> LessonInfo.of(String.class)).hasMessageContaining("java.lang.String")
                .hasMessageContaining("@LessonEntry");
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void cardIsCompleteLinksResolveAndFormulasRender(Lesson<?> lesson) {
        CardDocument card = CardDocument.load(lesson.info().id());
        assertThat(card.sections().keySet()).containsExactlyElementsOf(CardDocument.SECTIONS);
        List<String> ids = lessons().map(l -> l.info().id()).toList();
        assertThat(ids).containsAll(card.linkedLessons());
        assertThat(card.formulas()).isNotEmpty();
        for (String formula : card.formulas()) {
            assertThat(CardRendering.paint(formula, 20, Color.BLACK).getWidth()).as(formula).isGreaterThan(1);
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void parametersRefuseBadValuesAndRoundTrip(Lesson<?> lesson) {
        Params defaults = lesson.factory().defaults();
        for (ParamSpec<?> spec : lesson.factory().params()) {
            assertThat(spec.help()).as(spec.name()).isNotBlank();
            if (Double.isFinite(spec.max()) && (spec.kind() == ParamSpec.Kind.REAL || spec.kind() == ParamSpec.Kind.INTEGER)) {
                double tooBig = spec.kind() == ParamSpec.Kind.INTEGER ? spec.max() + 1 : Math.nextUp(spec.max());
                assertThatThrownBy(() -> defaults.with(spec.name(), tooBig)).hasMessageContaining("'" + spec.name() + "'");
            }
        }
        Params again = defaults;
        for (var entry : defaults.asText().entrySet()) {
            again = again.withText(entry.getKey(), entry.getValue());
        }
        assertThat(again).isEqualTo(defaults);
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void defaultDataIsAccepted(Lesson<?> lesson) {
        assertThat(lesson.factory().create(lesson.defaultData(), lesson.factory().defaults(), 0).snapshot().step()).isZero();
    }
}
