package org.stepwise.viz.lesson;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.Standardizer;
import org.stepwise.viz.view.PlotView;
import org.stepwise.viz.lesson.card.ExplanationCard;
import org.stepwise.viz.lesson.card.TryIt;
import org.stepwise.viz.lesson.data.DataPicker;
import org.stepwise.viz.lesson.layout.LessonColumn;
import org.stepwise.viz.lesson.layout.SidePanel;
import org.stepwise.viz.lesson.layout.SideSplit;
import org.stepwise.viz.lesson.narration.NarrationBox;
import org.stepwise.viz.lesson.narration.Narrator;
import org.stepwise.viz.lesson.params.ParameterSheet;
import org.stepwise.viz.lesson.playback.HistoryCursor;
import org.stepwise.viz.lesson.playback.LessonPlayback;
import org.stepwise.viz.lesson.playback.PlaybackBar;
import org.stepwise.viz.lesson.playback.PlaybackKeys;
import org.stepwise.viz.lesson.playback.TimelineBar;
import org.stepwise.viz.lesson.run.EngineWarmUp;
import org.stepwise.viz.lesson.run.FailureLog;
import org.stepwise.viz.lesson.run.FramePacing;
import org.stepwise.viz.lesson.run.LessonRun;
import org.stepwise.viz.lesson.run.LessonRunner;
import org.stepwise.viz.lesson.run.LiveMetrics;

/**
 * The frame every lesson shares: the lesson's view in the middle, the playback bar and
 * timeline, the narration of the last step, the live metrics chart, and a side panel with the
 * parameter sheet, the data picker and the explanation card.
 *
 * <p>The engine runs on the {@link LessonRunner}'s worker; one {@link AnimationTimer} draws the
 * newest snapshot (or the one the learner scrubbed back to) at most once per pulse. The worker
 * runs only while the panel is in a scene: a hidden lesson costs nothing.
 *
 * <p>State is (data, parameters, seed, step): every change of data, parameter or seed builds
 * a new engine from the same seed and replays, never mutates a running one.
 */
public final class LessonPanel<S extends Snapshot> extends BorderPane implements PlaybackKeys.Commands {

    public static final int HISTORY_CAPACITY = 20_000;

    private final Lesson<S> lesson;
    private final LessonView<S> view;
    private final PlaybackBar bar;
    private final TimelineBar timeline;
    private final NarrationBox narration = new NarrationBox();
    private final Narrator<S> narrator = new Narrator<>(narration::setText, narration::capacity);
    private final ProblemNotice problem = new ProblemNotice();
    private final ParameterSheet sheet;
    private final DataPicker picker;
    private final DataKindSwitch kinds;
    private final ExplanationCard card;
    private final LiveMetrics<S> metrics;
    private final LessonColumn column;
    private final SideSplit split;
    private final AnimationTimer timer;
    private final FailureLog failures = new FailureLog();

    /** The inputs and the runner of the run on show. */
    private final LessonRun<S> run;
    private final HistoryCursor cursor = new HistoryCursor();
    private final LessonPlayback<S> playback;
    private final FramePacing pacing = new FramePacing();
    private final EngineWarmUp warmUp;
    private final CardExperiments experiments;
    private final LessonFrame<S> frame;

    /**
     * @param openLesson called with a lesson id when the learner follows a neighbour link
     */
    public LessonPanel(Lesson<S> lesson, Consumer<String> openLesson) {
        this.lesson = lesson;
        this.view = lesson.createView();
        getStyleClass().add("lesson-panel");
        getStylesheets().add(LessonPanel.class.getResource("lesson.css").toExternalForm());
        setFocusTraversable(true);

        bar = new PlaybackBar(new PlaybackBar.Actions() {
            @Override public void reset() { LessonPanel.this.reset(); }
            @Override public void stepBack() { LessonPanel.this.stepBack(); }
            @Override public void step() { LessonPanel.this.step(); }
            @Override public void togglePlay() { LessonPanel.this.togglePlay(); }
            @Override public void runToEnd() { LessonPanel.this.runToEnd(); }
            @Override public void speed(double stepsPerSecond) { runner().setStepsPerSecond(stepsPerSecond); }
        });
        bar.setTitle(lesson.info().title());
        run = new LessonRun<>(lesson.factory(), HISTORY_CAPACITY, this::engineFailed, lesson.defaultData(),
                lesson.factory().defaults(), 0, bar.stepsPerSecond());
        playback = new LessonPlayback<>(run, cursor);
        timeline = new TimelineBar(playback::seek);

        sheet = new ParameterSheet(run.params(), run.seed());
        sheet.setOnChange(this::applyParams);
        sheet.setOnSeedChange(newSeed -> restart(run.data(), run.params(), newSeed));

        DataKind kind = lesson.factory().dataKind(run.params());
        picker = kind == DataKind.NONE ? null : new DataPicker(kind, lesson.drawnFeatures(run.params()));
        if (picker != null) {
            picker.setSplitSeed(() -> run.seed());
            // The one rule of the data's kind: the factory's, with the parameters of the run on show.
            picker.setKindRule(data -> lesson.factory().requireFits(data, run.params()));
            picker.setData(run.data());
            picker.showGeneratorOptions(lesson.defaultGeneratorOptions());
            picker.setOnDataChanged(this::dataChanged);
        }
        ViewFeatures.connect(view, picker, this::requestParams);
        kinds = new DataKindSwitch(lesson, picker);
        experiments = new CardExperiments(lesson, picker, kinds, sheet, new CardExperiments.Runs() {
            @Override public CardExperiments.State current() {
                return new CardExperiments.State(rawData(), picker == null ? null : picker.shownGeneratorOptions(),
                        standardized(), run.params(), run.seed(), shownStep());
            }
            @Override public boolean restart(Dataset data, Params params, long seed) { return LessonPanel.this.restart(data, params, seed); }
            @Override public void restore(CardExperiments.State state) {
                LessonPanel.this.restore(state.rawData(), state.standardized(), state.params(), state.seed(), state.step());
            }
            @Override public void refused(String message) { problem.show(message); }
        });
        card = new ExplanationCard(lesson.info().id(), openLesson, new ExplanationCard.Experiments() {
            @Override public boolean apply(TryIt settings) { return tryIt(settings); }
            @Override public void undo() { undoTryIt(); }
        });
        metrics = new LiveMetrics<>(lesson.chart());
        metrics.startRun(runner().newest(), run.data());
        // A click on the chart shows that step: the newest snapshot taken at or before it.
        metrics.setOnSeek(step -> playback.seek(runner().history().positionOfStep(step)));

        frame = new LessonFrame<>(run, playback, cursor, pacing, view, metrics, narrator, timeline, bar);
        column = new LessonColumn(problem.node(), view.node(), timeline, narration, metrics.node());
        split = new SideSplit(column.node(), new SidePanel(card, sheet, picker));

        setTop(bar);
        setCenter(split.node());

        addEventFilter(KeyEvent.KEY_PRESSED, new PlaybackKeys(this, this));
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (!(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                requestFocus();
            }
        });

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        warmUp = new EngineWarmUp(run, this, () -> isPlaying() || runner().isReplaying(), narration::rehearse);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                stop();
            } else {
                start();
            }
        });
    }

    // ---- lifecycle -----------------------------------------------------------------------

    /** Starts drawing; the engine moves only when asked. */
    public void start() {
        pacing.restart();
        timer.start();
        warmUp.schedule();
    }

    /** Stops drawing and pauses the engine (the panel is hidden). */
    public void stop() {
        timer.stop();
        warmUp.cancel();
        playback.pause();
    }

    /** Stops the worker for good (the panel is closed). */
    public void dispose() {
        stop();
        runner().close();
    }

    // ---- commands (FX thread) ------------------------------------------------------------

    public void step() { playback.step(); }

    public void stepBack() { playback.stepBack(); }

    public void togglePlay() { playback.togglePlay(); }

    public void play() { playback.play(); }

    public void pause() { playback.pause(); }

    public boolean isPlaying() { return playback.isPlaying(); }

    public void runToEnd() { playback.runToEnd(); }

    /** Back to step 0 of the same run (same data, parameters and seed). */
    public void reset() {
        restart(run.data(), run.params(), run.seed());
    }

    /** Shows the first snapshot held in the history. */
    public void seekFirst() { playback.seek(0); }

    /** Follows the newest snapshot again. */
    public void seekLast() {
        cursor.follow();
    }

    /** Takes back the last edit of the data's points (nothing for a lesson without data). */
    public void undoEdit() {
        if (picker != null) {
            picker.undo();
        }
    }

    /** Does the last edit taken back again. */
    public void redoEdit() {
        if (picker != null) {
            picker.redo();
        }
    }

    // ---- state ---------------------------------------------------------------------------

    public Lesson<S> lesson() { return lesson; }

    /** The data the engine and the view get: standardized when the data option says so. */
    public Dataset data() { return run.data(); }

    /** The data as loaded and edited, before the data option "standardize" (sessions keep this). */
    public Dataset rawData() { return picker == null ? run.data() : picker.raw(); }

    /** Whether the engine and the view get the data standardized (the data picker's option). */
    public boolean standardized() { return picker != null && picker.isStandardized(); }

    public Params params() { return run.params(); }

    public long seed() { return run.seed(); }

    /** The step shown now (the newest one unless the learner scrubbed back). */
    public int shownStep() {
        return playback.atCursor(runner().newest()).step();
    }

    /** The newest snapshot the engine has published. */
    public S newestSnapshot() { return runner().newest(); }

    /** The snapshot drawn at the last pulse, or null before the first. */
    public S shownSnapshot() { return frame.shown(); }

    public LessonView<S> view() { return view; }

    /** Exceptions that escaped the engine (bugs), for the host and the tests. */
    public FailureLog failures() { return failures; }

    /** The playback bar's step counter as shown (tests). */
    String counterText() { return bar.counterText(); }

    /** Whether the live chart stands beside the view rather than under it (tests). */
    boolean chartBesideView() { return column.isChartBeside(); }

    /** The narration as shown (tests). */
    String narrationText() { return narration.getText(); }

    /** How many points the live chart holds of {@code metric} (tests). */
    int chartPoints(String metric) { return metrics.pointCount(metric); }

    /** Whether the live chart's value axis is logarithmic in this run (tests). */
    boolean chartIsLogarithmic() { return metrics.isLogScale(); }

    /** How many sample narrations were rehearsed before play (tests). */
    int narrationsRehearsed() { return narration.rehearsed(); }

    /** The message of the last refused change, or empty. */
    public String problem() { return problem.text(); }

    /**
     * Restores a saved state: the run is rebuilt from (data, parameters, seed) and replayed to
     * {@code step}. Throws IllegalArgumentException, changing nothing, when they do not fit.
     */
    public void restore(Dataset newData, Params newParams, long newSeed, int step) {
        restore(newData, false, newParams, newSeed, step);
    }

    /**
     * {@link #restore(Dataset, Params, long, int)} of raw data with the data option "standardize"
     * as given: the engine gets the data standardized when it is set.
     */
    public void restore(Dataset rawData, boolean standardize, Params newParams, long newSeed, int step) {
        Dataset newData = standardize && rawData != null ? Standardizer.standardized(rawData) : rawData;
        run.replace(newData, newParams, newSeed, bar.stepsPerSecond());
        startedAgain();
        if (picker != null) {
            kinds.restore(newParams, rawData);
            picker.setData(rawData, standardize);
        }
        sheet.show(run.params(), newSeed);
        runner().stepTo(step);
    }

    /**
     * Sets what a card experiment declares, as the learner would ({@link CardExperiments}); the
     * run starts again from step 0, and {@link #undoTryIt()} puts back what was there.
     *
     * @return false, with the reason shown, when the declaration does not fit this lesson
     */
    public boolean tryIt(TryIt settings) { return experiments.apply(settings, run.params(), run.data()); }

    /** Puts back the data, parameters, seed and step the last {@link #tryIt} replaced; false when there is none. */
    public boolean undoTryIt() { return experiments.undo(); }

    /** The card on show (tests). */
    ExplanationCard card() { return card; }

    /** Shows or hides the side panel (presentation mode hides it). */
    public void setSidePanelVisible(boolean visible) {
        split.setSideVisible(visible);
    }

    /** The side panel's width now (tests). */
    double sidePanelWidth() { return split.sideWidth(); }

    public void setDark(boolean dark) {
        view.setDark(dark);
        metrics.setDark(dark);
        card.setDark(dark);
    }

    public DataPicker dataPicker() { return picker; }

    public ParameterSheet parameterSheet() { return sheet; }

    /**
     * A picture of the lesson (export, {@code render}), taken by {@code snapshot}: every part
     * drawn first, on the FX thread (the chart, and some views' pictures, are otherwise drawn on
     * a painter thread and shown a moment later), and without the hint on how to start, which is
     * for the window only.
     */
    public <T> T picture(Supplier<T> snapshot) {
        // Every plot first (a view's own drawNow may cover only its own pictures), then the view's.
        PlotView.drawNowWithin(view.node());
        view.drawNow();
        metrics.redrawNow();
        narration.setHintAllowed(false);
        try {
            return snapshot.get();
        } finally {
            narration.setHintAllowed(true);
        }
    }

    /**
     * The lesson's picture for slides and handouts (File → Export): the view with its narration
     * and chart, without the playback bar and the side panel, whose buttons, tabs and a card cut
     * mid-formula are no use on a slide.
     */
    public WritableImage exportPicture() {
        return picture(() -> column.node().snapshot(null, null));
    }

    /** Whether the hint on how to start is shown (tests). */
    boolean showsStartHint() { return narration.showsHint(); }

    /**
     * Replays to {@code step} (to the end when negative, at most {@code limit} steps) and draws
     * it, blocking the calling thread: for drawing off screen, where no pulse comes.
     */
    void replayAndDraw(int step, int limit) throws InterruptedException {
        if (step < 0) {
            runner().setStepLimit(limit);
            runner().runToEnd();
        } else {
            runner().stepTo(step);
        }
        int target = step < 0 ? limit : step;
        while (runner().newest().step() < target && !runner().isFinished()) {
            Thread.sleep(1);
        }
        while (runner().isPlaying()) {
            Thread.sleep(1);
        }
        pulse(System.nanoTime());
    }

    // ---- internals -----------------------------------------------------------------------

    private void dataChanged(Dataset newData) {
        if (newData.equals(run.data())) {
            return;
        }
        if (restart(newData, experiments.paramsForNewData(run.params(), LessonRun.engineData(newData)), run.seed())) {
            // The values may be the same and their reason not (Newton's method on Wine after Iris).
            sheet.show(run.params(), run.seed());
        } else {
            // The engine refused the edit (say, the last point of a class was deleted): take it back.
            picker.undo();
        }
    }

    /** Parameters asked for by pointing in the view, validated like sheet edits. */
    private void requestParams(java.util.Map<String, Object> values) {
        Params requested = run.params();
        try {
            for (var entry : values.entrySet()) {
                requested = requested.with(entry.getKey(), entry.getValue());
            }
        } catch (IllegalArgumentException refused) {
            problem.show("Not applied: " + refused.getMessage());
            return;
        }
        if (applyParams(requested)) {
            sheet.show(requested, run.seed());
        }
    }

    /**
     * A new run with other parameters; with the data of their kind where they ask for another
     * ({@link DataKindSwitch}). Refused (say, no optimizer left to race), nothing changes, and
     * the sheet shows the run's again.
     */
    private boolean applyParams(Params newParams) {
        Params oldParams = run.params();
        Dataset switched = kinds.switchTo(oldParams, newParams);
        if (switched != null ? restart(switched, newParams, run.seed()) : restart(run.data(), newParams, run.seed())) {
            return true;
        }
        if (switched != null) {
            kinds.refused(oldParams);
        }
        // Once the sheet's own change has run its course.
        Platform.runLater(() -> sheet.show(run.params(), run.seed()));
        return false;
    }

    /** A new run from step 0; false (with the reason shown) when the engine refuses the inputs. */
    private boolean restart(Dataset newData, Params newParams, long newSeed) {
        boolean wasPlaying = isPlaying();
        try {
            run.replace(newData, newParams, newSeed, bar.stepsPerSecond());
        } catch (IllegalArgumentException refused) {
            problem.show("Not applied: " + refused.getMessage());
            return false;
        }
        experiments.started();
        startedAgain();
        if (!run.params().equals(sheet.params())) {
            // Defaults that follow the data moved (Iris's columns make Newton's method the solver): show them.
            sheet.show(run.params(), run.seed());
        }
        if (wasPlaying) {
            runner().play();
        }
        return true;
    }

    /** The panel follows a run that starts again from step 0. */
    private void startedAgain() {
        cursor.follow();
        frame.forget();
        metrics.startRun(runner().newest(), run.data());
        problem.hide();
        warmUp.schedule();
    }

    /** Told on the worker: an exception escaped the engine (a bug). */
    private void engineFailed(Throwable failure) {
        Platform.runLater(() -> {
            failures.record(failure);
            problem.show("The engine failed: " + failure + ". The run stopped; your data and settings are kept.");
        });
    }

    private LessonRunner<S> runner() { return run.runner(); }

    private void pulse(long now) {
        if (isPlaying()) {
            warmUp.cancel();
        }
        frame.draw(now);
    }
}
