package org.stepwise.viz.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.viz.lesson.card.CardDocument;
import org.stepwise.viz.lesson.card.CardRendering;

/**
 * Checks every registered lesson the way scikit-learn's common estimator checks do: unique
 * ids, neighbours that resolve, a complete card whose formulas render, parameters that refuse
 * bad values by name and survive the command line's text round trip, default data that the
 * engine accepts and on which the default parameters run to a final status, a section in the
 * family's docs page and a README row. With LessonPanelTest (every lesson opens, steps, plays,
 * scrubs, resets, draws) this is the contract a lesson meets by being registered.
 */
class LessonCatalogTest {

    private static final int MAX_STEPS_TO_THE_END = 100_000;
    /** The repository's top folder: Surefire runs each module's tests in the module's folder. */
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();

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
    void defaultDataIsAcceptedAndHasTheFeaturesTheViewDraws(Lesson<?> lesson) {
        assertThat(lesson.factory().create(lesson.defaultData(), lesson.factory().defaults(), 0).snapshot().step()).isZero();
        if (lesson.drawnFeatures() > 0) {
            assertThat(lesson.defaultData().featureCount()).isEqualTo(lesson.drawnFeatures());
        }
    }

    @Test
    void aPlaneDrawsTwoFeaturesARegressionOneAgainstItsTargetAndARaceNone() {
        assertThat(LessonCatalog.load().require("logistic-regression").drawnFeatures()).isEqualTo(2);
        assertThat(LessonCatalog.load().require("optimizers").drawnFeatures()).isZero();
    }

    /**
     * "Run to end" must show the real answer, not a step limit of the panel: with its default
     * parameters on its default data every lesson reaches a final status (converged, or stopped
     * with its reason, such as a perceptron's last epoch) well within the history's reach.
     */
    @ParameterizedTest
    @MethodSource("lessons")
    void defaultsRunHeadlessToTheirEnd(Lesson<?> lesson) {
        runToTheEnd(lesson);
    }

    private static <S extends Snapshot> void runToTheEnd(Lesson<S> lesson) {
        Engine<S> engine = lesson.factory().create(lesson.defaultData(), lesson.factory().defaults(), 0);
        StepResult result = StepResult.CONTINUE;
        int steps = 0;
        while (!result.isFinal() && steps < MAX_STEPS_TO_THE_END) {
            result = engine.step();
            steps++;
        }
        assertThat(result.isFinal()).as(lesson.info().id() + " ends within " + MAX_STEPS_TO_THE_END + " steps").isTrue();
        S last = engine.snapshot();
        assertThat(last.status()).isEqualTo(result);
        assertThat(last.narration()).as("narration of the last step").isNotBlank();
        for (double value : last.metrics().scalars().values()) {
            assertThat(value).as(lesson.info().id() + "'s metrics at the end").isNotNaN();
        }
    }

    /** Every lesson has a section in its family's page of docs/lessons/ and a row in the README's table. */
    @ParameterizedTest
    @MethodSource("lessons")
    void isDocumentedInItsFamilysPageAndTheReadme(Lesson<?> lesson) throws IOException {
        String id = "`" + lesson.info().id() + "`";
        Path page = PROJECT.resolve("docs/lessons/" + lesson.info().family() + ".md");
        assertThat(page).as("the docs page of family " + lesson.info().family()).isRegularFile();
        assertThat(Files.readString(page)).as(page + " names " + id).contains(id);
        assertThat(Files.readString(PROJECT.resolve("README.md"))).as("the README's lesson table names " + id)
                .contains("| " + id + " |");
    }
}
