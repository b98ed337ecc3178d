package org.stepwise.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.stepwise.app.FirstFrame;

/** The baseline of the start-up probe: the plainest JavaFX window, started the same way. */
public final class HelloFx extends Application {

    public static void main(String[] args) {
        Application.launch(HelloFx.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1440, 900));
        stage.show();
        FirstFrame.reportAndExit();
    }

    /** Launcher that does not extend Application, as JavaFX on the class path needs. */
    public static final class Main {
        public static void main(String[] args) {
            HelloFx.main(args);
        }
    }
}
