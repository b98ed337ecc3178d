package org.stepwise.viz.lesson.params;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Slider;
import org.stepwise.algo.ParamSpec;

/**
 * The controls that edit one parameter: the control beside its name (a field, a check box, a
 * drop-down) and, for a number with a range, a slider on the line beneath, as wide as the
 * sheet. An edit is handed to the sheet, which validates it and shows every value again,
 * accepted or not: editors never decide what their value is.
 */
abstract class ParamEditor {

    /** Where editors send what the learner chose, and text they could not even read. */
    interface Edits {
        void commit(String name, Object value);

        void refuse(String message);
    }

    protected final ParamSpec<?> spec;
    protected final Edits edits;
    /** True while {@link #show} sets the controls, whose listeners must then not commit. */
    protected boolean showing;

    ParamEditor(ParamSpec<?> spec, Edits edits) {
        this.spec = spec;
        this.edits = edits;
    }

    static ParamEditor of(ParamSpec<?> spec, Edits edits) {
        return switch (spec.kind()) {
            case INTEGER, REAL -> new NumberEditor(spec, edits);
            case FLAG -> new FlagEditor(spec, edits);
            case CHOICE -> new ChoiceEditor(spec, edits);
        };
    }

    /** The control beside the parameter's name. */
    abstract Control control();

    /** The slider beneath, or null. */
    Slider slider() { return null; }

    /** Shows a value without committing it. */
    final void show(Object value) {
        showing = true;
        try {
            display(value);
        } finally {
            showing = false;
        }
    }

    protected abstract void display(Object value);

    /** Disables the controls (a parameter that does not apply now). */
    void setDisable(boolean disable) {
        control().setDisable(disable);
        if (slider() != null) {
            slider().setDisable(disable);
        }
    }

    protected void commit(Object value) {
        if (!showing) {
            edits.commit(spec.name(), value);
        }
    }

    /** A check box. */
    private static final class FlagEditor extends ParamEditor {
        private final CheckBox box = new CheckBox();

        FlagEditor(ParamSpec<?> spec, Edits edits) {
            super(spec, edits);
            box.selectedProperty().addListener((obs, was, selected) -> commit(selected));
        }

        @Override
        Control control() { return box; }

        @Override
        protected void display(Object value) { box.setSelected((Boolean) value); }
    }
}
