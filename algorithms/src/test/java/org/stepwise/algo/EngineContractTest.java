package org.stepwise.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.data.Dataset;

/**
 * The contract every engine keeps, run by each engine's test through a subclass (in the
 * manner of EJML's StandardSvdChecks): same inputs give the same snapshots bit for bit,
 * snapshots never change after they are taken, the declared parameters are well formed and
 * refuse bad values with a message naming the parameter, and a finished run stays finished.
 * A supervised engine's snapshots predict ({@link Predictor}), and predicting the rows it was
 * fitted on gives the accuracy or R² it reports, so held-out rows are scored the same way.
 */
public abstract class EngineContractTest<S extends Snapshot> {

    /** The factory under test. */
    protected abstract EngineFactory<S> factory();

    /** Data the engine accepts (null for engines that take none). */
    protected abstract Dataset data();

    /** How many steps the determinism checks run. */
    protected int contractSteps() {
        return 50;
    }

    @Test
    void sameInputsGiveIdenticalSnapshots() {
        List<String> first = trace(7);
        List<String> second = trace(7);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void snapshotsDoNotChangeAfterMoreSteps() {
        Engine<S> engine = factory().create(data(), factory().defaults(), 3);
        engine.step();
        S early = engine.snapshot();
        String before = describe(early);
        for (int i = 0; i < contractSteps(); i++) {
            engine.step();
        }
        assertThat(describe(early)).isEqualTo(before);
        assertThat(early.step()).isLessThanOrEqualTo(1);
    }

    @Test
    void firstSnapshotIsStepZeroAndContinues() {
        S first = factory().create(data(), factory().defaults(), 1).snapshot();
        assertThat(first.step()).isZero();
        assertThat(first.status()).isEqualTo(StepResult.CONTINUE);
        assertThat(first.metrics()).isNotNull();
        assertThat(first.narration()).isNotNull();
    }

    @Test
    void eachScalarReadsAsTheMetricsHoldIt() {
        Engine<S> engine = factory().create(data(), factory().defaults(), 5);
        for (int i = 0; i <= contractSteps(); i++) {
            S snapshot = engine.snapshot();
            Metrics metrics = snapshot.metrics();
            assertThat(metrics.scalars()).as("scalar metrics at step " + snapshot.step()).isNotEmpty();
            metrics.scalars().forEach((name, value) ->
                    assertThat(snapshot.scalar(name)).as(name + " at step " + snapshot.step()).isEqualTo(value));
            for (String name : metrics.values().keySet()) {
                if (!metrics.scalars().containsKey(name)) {
                    assertThat(snapshot.scalar(name)).as("the array metric " + name).isNaN();
                }
            }
            assertThat(snapshot.scalar("no_such_metric")).isNaN();
            if (engine.step().isFinal()) {
                break;
            }
        }
    }

    @Test
    void finishedRunStaysFinished() {
        Engine<S> engine = factory().create(data(), factory().defaults(), 1);
        StepResult result = StepResult.CONTINUE;
        for (int i = 0; i < 1_000_000 && !result.isFinal(); i++) {
            result = engine.step();
        }
        assertThat(result.isFinal()).as("the default run ends within a million steps").isTrue();
        int finalStep = engine.snapshot().step();
        assertThat(engine.step()).isEqualTo(result);
        assertThat(engine.snapshot().step()).isEqualTo(finalStep);
        assertThat(engine.snapshot().status()).isEqualTo(result);
    }

    @Test
    void parameterNamesAreUniqueAndDefaultsValid() {
        List<String> names = factory().params().stream().map(ParamSpec::name).toList();
        assertThat(names).doesNotHaveDuplicates();
        for (ParamSpec<?> spec : factory().params()) {
            assertThat(spec.help()).as("help of " + spec.name()).isNotBlank();
            spec.validate(spec.defaultValue());
        }
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheParameterName() {
        Params defaults = factory().defaults();
        for (ParamSpec<?> spec : factory().params()) {
            for (Object bad : badValues(spec)) {
                assertThatThrownBy(() -> defaults.with(spec.name(), bad))
                        .as(spec.name() + " = " + bad)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("'" + spec.name() + "'");
            }
        }
    }

    @Test
    void valuesSurviveTheTextRoundTrip() {
        Params defaults = factory().defaults();
        Params again = defaults;
        for (Map.Entry<String, String> entry : defaults.asText().entrySet()) {
            again = again.withText(entry.getKey(), entry.getValue());
        }
        assertThat(again).isEqualTo(defaults);
    }

    @Test
    void unknownParameterIsRefusedWithTheValidNames() {
        assertThatThrownBy(() -> factory().defaults().with("noSuchParameter", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noSuchParameter");
    }

    /** Values outside each spec's declared range, of the right and the wrong type. */
    protected static List<Object> badValues(ParamSpec<?> spec) {
        List<Object> bad = new ArrayList<>();
        switch (spec.kind()) {
            case INTEGER -> {
                if (Double.isFinite(spec.min())) {
                    bad.add((int) Math.ceil(spec.min()) - (spec.minOpen() ? 0 : 1));
                }
                if (Double.isFinite(spec.max()) && spec.max() < Integer.MAX_VALUE) {
                    bad.add((int) Math.floor(spec.max()) + 1);
                }
                bad.add("three");
            }
            case REAL -> {
                if (Double.isFinite(spec.min())) {
                    bad.add(spec.minOpen() ? spec.min() : Math.nextDown(spec.min()));
                }
                if (Double.isFinite(spec.max())) {
                    bad.add(Math.nextUp(spec.max()));
                }
                bad.add(Double.NaN);
                bad.add(Double.POSITIVE_INFINITY);
            }
            case FLAG -> bad.add("maybe");
            case CHOICE -> bad.add("not-an-option");
        }
        return bad;
    }

    /**
     * Whether the engine's snapshots are a fitted model of the rows it is given (true for every
     * learner). An evaluation lesson's snapshots score a model's held-out rows instead, so its
     * {@code accuracy} is not the model's on the rows given; it answers false.
     */
    protected boolean snapshotsPredictTheirRows() {
        return true;
    }

    @Test
    void aSupervisedSnapshotPredictsWhatItsScoreCounts() {
        Dataset data = data();
        if (!snapshotsPredictTheirRows() || data == null || factory().dataKind() == DataKind.UNLABELLED || factory().dataKind() == DataKind.NONE) {
            return;
        }
        Engine<S> engine = factory().create(data, factory().defaults(), 2);
        for (int i = 0; i < 20_000 && engine.snapshot().status() == StepResult.CONTINUE; i++) {
            engine.step();
        }
        S last = engine.snapshot();
        assertThat(last).as("a supervised snapshot predicts rows").isInstanceOf(Predictor.class);
        String score = data.isClassification() ? "accuracy" : "r2";
        double reported = last.scalar(score);
        assertThat(reported).as("the final snapshot reports " + score).isFinite();
        assertThat(HeldOutScores.score((Predictor) last, data))
                .as("its predictions of the fitted rows scored as held-out rows")
                .isCloseTo(reported, org.assertj.core.data.Offset.offset(1e-9));
    }

    /**
     * Asserts that {@code steps} steps of {@code engine} allocate nothing (under 1,000 bytes: a
     * few may come from the measuring call itself, where one object a step would be 8,000 for
     * 500 steps), after {@code warmUp} steps have run the JIT's and any lazy buffers' first
     * allocations; the engine must still be running at the end. The check an engine whose
     * {@code step()} is meant to be allocation-free (DESIGN.md, EJML's habit) calls from its test.
     */
    protected static void assertStepsAllocateNothing(Engine<?> engine, int warmUp, int steps) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < warmUp; i++) {
            engine.step();
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(engine.snapshot().status()).as("still running after the measured steps").isEqualTo(StepResult.CONTINUE);
        assertThat(allocated).as("bytes allocated by %d steps", steps).isLessThan(1000);
    }

    private List<String> trace(long seed) {
        Engine<S> engine = factory().create(data(), factory().defaults(), seed);
        List<String> trace = new ArrayList<>();
        trace.add(describe(engine.snapshot()));
        for (int i = 0; i < contractSteps(); i++) {
            trace.add(engine.step() + " " + describe(engine.snapshot()));
        }
        return trace;
    }

    /** Every observable value of a snapshot, exact to the bit (hex doubles). */
    protected static String describe(Snapshot snapshot) {
        StringBuilder text = new StringBuilder();
        text.append(snapshot.step()).append('|').append(snapshot.status()).append('|').append(snapshot.narration());
        snapshot.metrics().values().forEach((name, value) -> text.append('|').append(name).append('=')
                .append(exact(value)));
        return text.toString();
    }

    private static String exact(Object value) {
        if (value instanceof Double d) {
            return Double.toHexString(d);
        }
        if (value instanceof double[] vector) {
            return Arrays.stream(vector).mapToObj(Double::toHexString).toList().toString();
        }
        if (value instanceof double[][] matrix) {
            return Arrays.stream(matrix).map(EngineContractTest::exact).toList().toString();
        }
        return String.valueOf(value);
    }
}
