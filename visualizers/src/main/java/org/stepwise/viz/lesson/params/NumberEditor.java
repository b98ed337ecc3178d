package org.stepwise.viz.lesson.params;

import javafx.scene.control.Control;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.stepwise.algo.ParamSpec;

/**
 * A number editor: a text field for exact values beside the name and, when the range is
 * finite, a slider beneath (logarithmic when the spec says so) across the sheet's width. The
 * slider commits when released, so dragging it does not restart the run for every pixel.
 */
final class NumberEditor extends ParamEditor {

    private final Slider slider;
    private final TextField field = new TextField();

    NumberEditor(ParamSpec<?> spec, Edits edits) {
        super(spec, edits);
        field.setPrefColumnCount(5);
        // A narrow panel never cuts the value: a field cut to "0.99" would misstate 0.999.
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.getStyleClass().add("param-field");
        field.setOnAction(e -> commitField());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitField();
            }
        });
        slider = hasSlider(spec) ? new Slider(toSlider(spec.min()), toSlider(spec.max()), 0) : null;
        if (slider != null) {
            slider.getStyleClass().add("param-slider");
            slider.setMaxWidth(Double.MAX_VALUE);
            slider.valueChangingProperty().addListener((obs, was, changing) -> {
                if (!changing) {
                    commitSlider();
                }
            });
            slider.valueProperty().addListener((obs, old, position) -> {
                if (!showing) {
                    field.setText(text(fromSlider(position.doubleValue())));
                    if (!slider.isValueChanging()) {
                        commitSlider();
                    }
                }
            });
        }
    }

    static boolean hasSlider(ParamSpec<?> spec) {
        boolean finite = Double.isFinite(spec.min()) && Double.isFinite(spec.max());
        return finite && (!spec.isLogScale() || spec.min() > 0);
    }

    @Override
    Control control() { return field; }

    @Override
    Slider slider() { return slider; }

    @Override
    protected void display(Object value) {
        double number = ((Number) value).doubleValue();
        field.setText(text(number));
        if (slider != null) {
            slider.setValue(toSlider(number));
        }
    }

    private void commitSlider() {
        double value = fromSlider(slider.getValue());
        commit(spec.kind() == ParamSpec.Kind.INTEGER ? (Object) (int) Math.round(value) : roundForDisplay(value));
    }

    private void commitField() {
        if (showing) {
            return;
        }
        Object value;
        try {
            value = spec.parse(field.getText());
        } catch (IllegalArgumentException refused) {
            edits.refuse(refused.getMessage());
            return;
        }
        commit(value);
    }

    private double toSlider(double value) {
        return spec.isLogScale() ? Math.log10(value) : value;
    }

    private double fromSlider(double position) {
        double value = spec.isLogScale() ? Math.pow(10, position) : position;
        return Math.max(spec.min(), Math.min(spec.max(), value));
    }

    /** Three significant digits: slider positions are not meant to be exact. */
    private static double roundForDisplay(double value) {
        if (value == 0) {
            return 0;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(value))));
        return Math.round(value * scale) / scale;
    }

    private String text(double value) {
        if (spec.kind() == ParamSpec.Kind.INTEGER) {
            return Long.toString(Math.round(value));
        }
        // Double.toString round-trips exactly; only its look is tidied: 1.0E-6 reads 1e-6, 2.0 reads 2.
        String plain = Double.toString(value).replace("E", "e").replace(".0e", "e");
        return plain.endsWith(".0") ? plain.substring(0, plain.length() - 2) : plain;
    }
}
