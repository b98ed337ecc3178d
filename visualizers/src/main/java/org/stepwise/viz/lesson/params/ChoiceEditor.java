package org.stepwise.viz.lesson.params;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.util.StringConverter;
import org.stepwise.algo.ParamSpec;

/**
 * A choice's drop-down, showing each option by its label ("Gradient descent") while the value
 * stays the option's word ({@code gd}), which sessions and the command line use. A choice that
 * also takes numbers or a text shown as written ({@link ParamSpec#typedIn()}) can be typed into:
 * the text is committed and refused, as any edit, when it is neither an option nor a value it takes.
 */
final class ChoiceEditor extends ParamEditor {

    private final ComboBox<String> box = new ComboBox<>();

    ChoiceEditor(ParamSpec<?> spec, Edits edits) {
        super(spec, edits);
        box.getItems().setAll(spec.options());
        box.setMaxWidth(Double.MAX_VALUE);
        // A choice that also takes a number (an SVM's gamma) or a text shown as written (the
        // playground's hidden layers) is typed into as well as picked from.
        box.setEditable(spec.typedIn());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String option) {
                return option == null ? "" : spec.optionLabel(option);
            }

            @Override
            public String fromString(String label) {
                return spec.options().stream().filter(option -> spec.optionLabel(option).equals(label)).findFirst()
                        .orElse(label);
            }
        });
        box.getSelectionModel().selectedItemProperty().addListener((obs, old, option) -> {
            if (option != null) {
                commit(option);
            }
        });
    }

    @Override
    Control control() { return box; }

    @Override
    protected void display(Object value) { box.getSelectionModel().select((String) value); }
}
