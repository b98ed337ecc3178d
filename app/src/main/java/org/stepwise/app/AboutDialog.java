package org.stepwise.app;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help → About Stepwise: the icon, name, version and licence. */
final class AboutDialog {

    static final String LICENCE = "Apache License 2.0";

    private AboutDialog() {
    }

    static Dialog<ButtonType> create(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About Stepwise");

        ImageView icon = new ImageView(AppIcons.image(128));
        icon.setId("about-icon");
        Label name = label("about-name", "Stepwise");
        name.setStyle("-fx-font-size: 2em; -fx-font-weight: bold;");
        Label version = label("about-version", "Version " + Version.current());
        Label what = label("about-description", "Learn machine learning by watching algorithms work.");
        Label licence = label("about-licence", "Licence: " + LICENCE);
        Label copyright = label("about-copyright", "Copyright 2026 the Stepwise authors. "
                + "The built-in data sets keep their own licences.");
        VBox content = new VBox(8, icon, name, version, what, licence, copyright);
        content.setStyle("-fx-alignment: center; -fx-padding: 16 32 8 32;");

        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("about-dialog");
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            AppIcons.applyTo(stage);
        }
        return dialog;
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        return label;
    }
}
