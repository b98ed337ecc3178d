package org.stepwise.viz.lesson.data;

import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import org.stepwise.viz.view.ColorMaps;

/**
 * The class of points added by clicking the plot: one toggle per class, each with a swatch
 * of the class's Okabe-Ito colour (the colours the views draw the classes in), so a learner
 * can match the button to the points from the back of the room. One toggle is always selected.
 */
final class ClassSelector extends FlowPane {

    private final ToggleGroup group = new ToggleGroup();
    private List<String> classNames = List.of();

    ClassSelector() {
        super(6, 6);
        setId("data-edit-class");
        getStyleClass().add("data-class-selector");
        // Clicking the selected toggle would leave none selected; keep the old one instead.
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null && old != null) {
                group.selectToggle(old);
            }
        });
    }

    /** Offers these classes, keeping the selected index when it still exists (else class 0). */
    void setClassNames(List<String> names) {
        if (names.equals(classNames)) {
            return;
        }
        int selected = selectedClass();
        classNames = List.copyOf(names);
        getChildren().clear();
        group.getToggles().clear();
        for (int k = 0; k < classNames.size(); k++) {
            ToggleButton toggle = new ToggleButton(classNames.get(k));
            // A class name is text, not a mnemonic: "class_0" showed as "class0".
            toggle.setMnemonicParsing(false);
            Circle swatch = new Circle(8, ColorMaps.classColor(k));
            swatch.setStroke(javafx.scene.paint.Color.gray(0.35));
            toggle.setGraphic(swatch);
            toggle.setUserData(k);
            toggle.setToggleGroup(group);
            toggle.getStyleClass().add("data-class-toggle");
            getChildren().add(toggle);
        }
        if (!classNames.isEmpty()) {
            select(selected < classNames.size() ? selected : 0);
        }
    }

    /** The selected class index; 0 when there are no classes. */
    int selectedClass() {
        return group.getSelectedToggle() == null ? 0 : (Integer) group.getSelectedToggle().getUserData();
    }

    /** Selects class {@code classIndex}; ignored when there is no such class. */
    void select(int classIndex) {
        if (classIndex >= 0 && classIndex < group.getToggles().size()) {
            group.selectToggle(group.getToggles().get(classIndex));
        }
    }
}
