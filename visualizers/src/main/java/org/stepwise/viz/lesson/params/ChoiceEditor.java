package org.stepwise.viz.lesson.params;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.stepwise.algo.ParamSpec;

/**
 * A choice's drop-down, showing each option by its label ("Gradient descent") while the value
 * stays the option's word ({@code gd}), which sessions and the command line use.
 */
final class ChoiceEditor extends AbstractPropertyEditor<Object, ComboBox<String>> {

    ChoiceEditor(ParamItem item) {
        super(item, new ComboBox<>());
        ParamSpec<?> spec = item.spec();
        ComboBox<String> box = getEditor();
        box.getItems().setAll(spec.options());
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
    }

    /** As ControlsFX's own choice editor: the selected option is the value. */
    @Override
    @SuppressWarnings("unchecked")
    protected ObservableValue<Object> getObservableValue() {
        return (ObservableValue<Object>) (ObservableValue<?>) getEditor().getSelectionModel().selectedItemProperty();
    }

    @Override
    public void setValue(Object value) {
        getEditor().getSelectionModel().select((String) value);
    }
}
