package org.stepwise.viz.lesson.params;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.stepwise.algo.ParamSpec;

/**
 * One row of the parameter sheet, backed by a {@link ParamSpec}. Setting a value asks the
 * sheet to accept it; a refused value leaves the row at its previous value.
 */
final class ParamItem implements PropertySheet.Item {

    private final ParamSpec<?> spec;
    private final String category;
    private final SimpleObjectProperty<Object> value;
    private final BiFunction<String, Object, Boolean> accept;
    private final Consumer<String> refuse;

    /**
     * @param accept called with (name, new value); returns whether the value was accepted
     * @param refuse told the message when an editor could not even read what was typed
     */
    ParamItem(ParamSpec<?> spec, String category, Object initial, BiFunction<String, Object, Boolean> accept,
              Consumer<String> refuse) {
        this.spec = spec;
        this.category = category;
        this.value = new SimpleObjectProperty<>(initial);
        this.accept = accept;
        this.refuse = refuse;
    }

    /** Reports text that is not a value of this parameter. */
    void refuse(String message) { refuse.accept(message); }

    ParamSpec<?> spec() { return spec; }

    @Override
    public Class<?> getType() { return spec.type(); }

    @Override
    public String getCategory() { return category; }

    @Override
    public String getName() { return spec.label(); }

    /**
     * The name's tooltip. It starts with the parameter's own name, the one the explanation card,
     * sessions and the command line use, so a row cut short in a narrow window is still known.
     */
    @Override
    public String getDescription() {
        String allowed = spec.describeAllowed();
        return spec.name() + ": " + (spec.help().isEmpty() ? allowed : spec.help() + " (" + allowed + ")");
    }

    @Override
    public Object getValue() { return value.get(); }

    @Override
    public void setValue(Object newValue) {
        if (newValue == null || newValue.equals(value.get())) {
            return;
        }
        if (accept.apply(spec.name(), newValue)) {
            value.set(spec.validate(newValue));
        } else {
            // Re-fire the old value so the editor shows it again.
            Object old = value.get();
            value.set(null);
            value.set(old);
        }
    }

    /** Shows a value without asking for acceptance (restoring a session, a reset). */
    void show(Object newValue) { value.set(newValue); }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() { return Optional.of(value); }
}
