package org.stepwise.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.stepwise.viz.lesson.LessonCatalog;

/**
 * The JavaFX application: one main window. Started through
 * {@link org.stepwise.app.cli.StepwiseCommand}, since a class that extends Application cannot
 * be the main class when JavaFX is on the class path. Arguments: a lesson id to open, or a
 * {@code .stepwise} session file; without either, the lesson on screen when the window last
 * closed opens again ({@link LastSession}).
 */
public final class StepwiseApp extends Application {

    private MainWindow window;

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(String[] args) {
        // Only JavaFX draws windows; AWT is used off screen (formulas, PNG export). Headless AWT draws
        // JLaTeXMath's glyphs correctly, where AWT on X11 drops some of them.
        System.setProperty("java.awt.headless", "true");
        Application.launch(StepwiseApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        if (Boolean.getBoolean("stepwise.exitAfterFirstFrame")) {
            // First in line, so that it prints before the work that waits for the first frame runs.
            FirstFrame.reportAndExit();
        }
        window = new MainWindow(stage, LessonCatalog.load(), LastSession.user());
        stage.show();
        // A lesson or session named on the command line opens once the window is on screen (after
        // the window's own work for that moment, the theme first: it was registered before).
        FirstFrame.then(() -> openArguments(getParameters().getRaw()));
    }

    private void openArguments(List<String> arguments) {
        boolean named = arguments.stream().anyMatch(argument -> !argument.startsWith("-"));
        // A start-up measurement (the probe, the installer's AppCDS training run) opens the same
        // window every time, whatever the last one showed.
        if (!named && !Boolean.getBoolean("stepwise.exitAfterFirstFrame")) {
            window.resume();
        }
        for (String argument : arguments) {
            if (argument.endsWith(".stepwise") && Files.exists(Path.of(argument))) {
                window.openSession(Path.of(argument));
            } else if (!argument.startsWith("-")) {
                try {
                    window.openLesson(argument);
                } catch (IllegalArgumentException unknown) {
                    System.err.println(unknown.getMessage());
                }
            }
        }
    }
}
