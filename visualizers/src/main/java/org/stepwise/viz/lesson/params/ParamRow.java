package org.stepwise.viz.lesson.params;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;

/**
 * One parameter on the sheet: its name and its editor. A parameter that does not apply with
 * the other values (the bowl's conditioning on Rosenbrock) has its editor disabled and its
 * name dimmed, and the name's tooltip, which a disabled control could not show, says why. A
 * value the data chose (logistic regression's solver on unscaled columns) has a line beneath
 * that says why ({@link Params#why}).
 */
final class ParamRow {

    static final String INAPPLICABLE = "param-inapplicable";

    private final ParamSpec<?> spec;
    private final Label name;
    private final ParamEditor editor;
    private final Tooltip tooltip = new Tooltip();
    /** Why the data chose the value ({@link Params#why}), on a line under the row; empty when it did not. */
    private final Label why = new Label();

    ParamRow(ParamSpec<?> spec, ParamEditor.Edits edits) {
        this.spec = spec;
        this.editor = ParamEditor.of(spec, edits);
        this.name = new Label(spec.label());
        name.getStyleClass().add("param-name");
        // A name is read whole: the values' column gives way, not the names.
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setLabelFor(editor.control());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(300));
        name.setTooltip(tooltip);
        tooltip.setText(description(""));
        why.getStyleClass().add("param-why");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        // As wide as the sheet gives, never wider: a long reason wraps rather than widening the values' column.
        why.setPrefWidth(1);
        why.setMaxWidth(Double.MAX_VALUE);
    }

    ParamSpec<?> spec() { return spec; }

    Label name() { return name; }

    ParamEditor editor() { return editor; }

    /** The line saying why the data chose the value; shown when its text is not empty. */
    Label why() { return why; }

    boolean showsWhy() { return !why.getText().isEmpty(); }

    /** Shows the row's value in {@code values} and whether it applies with the others. */
    void show(Params values) {
        editor.show(values.get(spec.name()));
        why.setText(values.why(spec.name()));
        boolean applies = spec.appliesTo(values);
        editor.setDisable(!applies);
        name.getStyleClass().remove(INAPPLICABLE);
        if (!applies) {
            name.getStyleClass().add(INAPPLICABLE);
        }
        tooltip.setText(description(applies ? "" : spec.inapplicableWhy()));
        editor.control().setTooltip(applies ? tooltip : null);
    }

    boolean isApplicable() { return !name.getStyleClass().contains(INAPPLICABLE); }

    /**
     * The name's tooltip. It starts with the parameter's own name, the one the explanation card,
     * sessions and the command line use, so a row cut short in a narrow window is still known;
     * then why it is disabled, when it is.
     */
    private String description(String why) {
        String allowed = spec.describeAllowed();
        String help = spec.help().isEmpty() ? allowed : spec.help() + " (" + allowed + ")";
        return spec.name() + ": " + (why.isEmpty() ? help : why + ". " + help);
    }
}
