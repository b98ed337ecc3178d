package org.stepwise.viz.lesson.playback;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.stepwise.algo.StepResult;
import org.stepwise.viz.lesson.narration.SteadyLabel;
import org.stepwise.viz.lesson.run.LessonRunner;

/**
 * The playback controls every lesson shares: reset, step back, step, play/pause, run to end,
 * the step counter, the lesson's title, the run's status and a speed slider (steps per second on
 * a log scale; the right end is full speed). The buttons come first, so they stand in the same
 * place in every lesson, and grow with the type (presentation mode). It only reports what the
 * learner asks for; the panel acts.
 */
public final class PlaybackBar extends HBox {

    /** What the bar asks of the panel. */
    public interface Actions {
        void reset();

        void stepBack();

        void step();

        void togglePlay();

        void runToEnd();

        void speed(double stepsPerSecond);
    }

    static final double MIN_SPEED = 0.5;
    static final double MAX_PACED_SPEED = 2000;
    /** The lesson title's size at the window's usual 15 px type (lesson.css: 1.45em). */
    static final double USUAL_TITLE_SIZE = 15 * 1.45;
    private static final int ICON_SIZE = 22;
    private static final int PLAY_ICON_SIZE = 26;

    private final Button playButton = new Button();
    /**
     * Both of the play button's faces, made once and shown in turn: a new icon and tooltip at
     * every press put new nodes through CSS and layout in the very frame play starts, the
     * busiest of a run (the JIT compiling, the engine starting). The hidden face is transparent
     * rather than invisible: a change of visibility asks the whole window for a layout pass.
     */
    private final FontIcon playIcon = FontIcon.of(MaterialDesignP.PLAY, PLAY_ICON_SIZE);
    private final FontIcon pauseIcon = FontIcon.of(MaterialDesignP.PAUSE, PLAY_ICON_SIZE);
    private final Tooltip playTip = new Tooltip("Play (Space)");
    private final Tooltip pauseTip = new Tooltip("Pause (Space)");
    /**
     * Changes with every frame while playing: a {@link SteadyLabel}, so the window is not laid out
     * again (except when the number gains a digit). Room for more digits from the start would spare
     * the first frames of play a few layout passes, but cut the lesson's title short at 1440 pixels.
     */
    private final SteadyLabel counter = new SteadyLabel("step 0");
    /** The run's state in a word ("Converged", "Stopped"), always whole. */
    private final Label status = new Label();
    /** Why it stopped, if it did: what gives way when the bar is tight. */
    private final Label reason = new Label();
    private final Slider speed = new Slider(Math.log10(MIN_SPEED), Math.log10(MAX_PACED_SPEED) + 0.25, 1);
    private final Label speedLabel = new Label();
    private final Label title = new Label();
    private boolean showingPlaying;
    private StepResult shownStatus;

    public PlaybackBar(Actions actions) {
        super(6);
        getStyleClass().add("playback-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));

        Button reset = button(MaterialDesignR.RESTART, "Reset to step 0 (R)", actions::reset);
        Button back = button(MaterialDesignS.SKIP_PREVIOUS, "Step back (Left, Page Up)", actions::stepBack);
        Button step = button(MaterialDesignS.SKIP_NEXT, "Step (Right, Page Down)", actions::step);
        playButton.setOnAction(e -> actions.togglePlay());
        playButton.getStyleClass().add("playback-play");
        playButton.setGraphic(new StackPane(playIcon, pauseIcon));
        pauseIcon.setOpacity(0);
        playButton.setTooltip(playTip);
        Button end = button(MaterialDesignS.SKIP_FORWARD, "Run to the end", actions::runToEnd);
        reset.setId("reset");
        back.setId("step-back");
        step.setId("step");
        playButton.setId("play");
        end.setId("run-to-end");

        speed.setId("speed");
        speed.setPrefWidth(160);
        speed.setTooltip(new Tooltip("Speed in steps per second; the right end runs as fast as the engine goes"));
        speed.valueProperty().addListener((obs, old, value) -> {
            double rate = stepsPerSecond();
            speedLabel.setText(speedText(rate));
            actions.speed(rate);
        });
        speedLabel.setText(speedText(stepsPerSecond()));
        speedLabel.setMinWidth(80);
        counter.label().getStyleClass().add("playback-counter");
        status.getStyleClass().add("playback-status");
        reason.getStyleClass().addAll("playback-status", "playback-reason");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.getStyleClass().add("lesson-title");
        // The title gives way (with an ellipsis) when the window is narrow, as on a 1024-pixel
        // projector beside the catalog: it is also on the card and selected in the catalog.
        title.setMinWidth(0);
        // A long reason gives way first, with an ellipsis (the whole text is in its tooltip); the
        // word before it stays whole: "Con…" said nothing.
        status.setMinWidth(Region.USE_PREF_SIZE);
        reason.setMinWidth(0);
        speed.setMinWidth(80);
        Label speedName = new Label("Speed");
        speedName.setPadding(new Insets(0, 0, 0, 10));
        // When the bar is tight the lesson's title gives way (it is also on the card), not the controls' names.
        speedName.setMinWidth(Region.USE_PREF_SIZE);
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        // The buttons first, at the bar's left edge whatever the lesson: after a title of its own
        // length they stood up to 170 pixels further right in one lesson than in the next.
        getChildren().addAll(reset, back, playButton, step, end, counter, title, spacer, status, reason,
                speedName, speed, speedLabel);
        // The icons are drawn at a size in pixels: they follow the title's type, so that in
        // presentation mode (21 px type instead of 15) the buttons grow with the title beside them.
        title.fontProperty().addListener((obs, old, font) -> scaleIcons(font.getSize()));
        scaleIcons(title.getFont().getSize());
    }

    /**
     * Icon sizes for a title of this size: 22 and 26 pixels beside the usual 21.75 px title. Set
     * as the icons' own style, which no theme's rule for icons in buttons overrides.
     */
    private void scaleIcons(double titleSize) {
        double scale = Math.max(1, titleSize / USUAL_TITLE_SIZE);
        for (javafx.scene.Node node : getChildren()) {
            if (node instanceof Button button && button.getGraphic() instanceof FontIcon icon) {
                size(icon, ICON_SIZE * scale);
            }
        }
        size(playIcon, PLAY_ICON_SIZE * scale);
        size(pauseIcon, PLAY_ICON_SIZE * scale);
    }

    private static void size(FontIcon icon, double pixels) {
        // Added to the icon's style, which also holds its icon font (Ikonli sets it there).
        String style = icon.getStyle() == null ? "" : icon.getStyle().replaceAll("-fx-icon-size:[^;]*;?", "");
        icon.setStyle(style + "-fx-icon-size: " + Math.round(pixels) + "px;");
    }


    /** The chosen speed; {@link LessonRunner#FULL_SPEED} at the right end of the slider. */
    public double stepsPerSecond() {
        double position = speed.getValue();
        if (position > Math.log10(MAX_PACED_SPEED)) {
            return LessonRunner.FULL_SPEED;
        }
        return Math.pow(10, position);
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    public void showPlaying(boolean playing) {
        // Called every frame: only a change may touch the scene graph.
        if (playing == showingPlaying) {
            return;
        }
        showingPlaying = playing;
        playIcon.setOpacity(playing ? 0 : 1);
        pauseIcon.setOpacity(playing ? 1 : 0);
        playButton.setTooltip(playing ? pauseTip : playTip);
    }

    public void showStep(int step, int newestStep) {
        counter.setText(step == newestStep ? "step " + step : "step " + step + " / " + newestStep);
    }

    /**
     * Shows nothing while the run goes on, "Converged", or "Stopped" and why, the reason being
     * what an ellipsis shortens, or hides, in a tight bar ("Stopped" then stands alone; the
     * narration says why). Called with every narrated step: only a change touches the bar.
     */
    public void showStatus(StepResult result) {
        if (result.equals(shownStatus)) {
            return;
        }
        shownStatus = result;
        boolean stopped = result.status() == StepResult.Status.STOPPED;
        status.setText(switch (result.status()) {
            case CONTINUE -> "";
            case CONVERGED -> "Converged";
            case STOPPED -> "Stopped";
        });
        reason.setText(stopped ? result.reason() : "");
        reason.setManaged(stopped);
        Tooltip tip = result.isFinal() ? new Tooltip(statusText()) : null;
        status.setTooltip(tip);
        reason.setTooltip(tip);
    }

    String statusText() { return reason.getText().isEmpty() ? status.getText() : status.getText() + ": " + reason.getText(); }

    /** Whether the status word is shown whole, not cut by an ellipsis (tests). */
    boolean statusWordWhole() { return status.getWidth() >= status.prefWidth(-1) - 0.5; }

    public String counterText() { return counter.getText(); }

    private static String speedText(double rate) {
        if (rate == LessonRunner.FULL_SPEED) {
            return "full";
        }
        return (rate < 10 ? String.format("%.1f", rate) : Long.toString(Math.round(rate))) + " /s";
    }

    private static Button button(org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button button = new Button();
        button.setGraphic(FontIcon.of(icon, ICON_SIZE));
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
