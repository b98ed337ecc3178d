package org.stepwise.viz.lesson.params;

import javafx.geometry.Pos;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.stepwise.algo.ParamSpec;

/**
 * A number editor: a slider (logarithmic when the spec says so) over the allowed range, and a
 * text field for exact values. The slider commits when released, so dragging it does not
 * restart the run for every pixel.
 */
final class NumberEditor extends AbstractPropertyEditor<Object, HBox> {

    private static final double SLIDER_WIDTH = 60;
    private static final double SLIDER_MIN_WIDTH = 40;

    private final ParamSpec<?> spec;
    private final Slider slider;
    private final TextField field;
    private boolean updating;

    NumberEditor(ParamItem item) {
        super(item, new HBox(8));
        this.spec = item.spec();
        this.field = new TextField();
        field.setPrefColumnCount(5);
        // A narrow panel shortens the slider, never the value: a field cut to "0.99" would misstate 0.999.
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.getStyleClass().add("param-field");
        this.slider = hasSlider(spec) ? new Slider(toSlider(spec.min()), toSlider(spec.max()), 0) : null;
        HBox box = getEditor();
        box.setAlignment(Pos.CENTER_LEFT);
        if (slider != null) {
            HBox.setHgrow(slider, Priority.ALWAYS);
            // Modena's slider asks for 140 pixels; the sheet's grid shrinks names and editors alike
            // when they do not fit, so a modest request leaves the names their room. The slider
            // still grows into any width to spare.
            slider.setPrefWidth(SLIDER_WIDTH);
            slider.setMinWidth(SLIDER_MIN_WIDTH);
            box.getChildren().add(slider);
            slider.valueChangingProperty().addListener((obs, was, changing) -> {
                if (!changing) {
                    commitSlider();
                }
            });
            slider.valueProperty().addListener((obs, old, position) -> {
                if (!updating) {
                    field.setText(text(fromSlider(position.doubleValue())));
                    if (!slider.isValueChanging()) {
                        commitSlider();
                    }
                }
            });
        }
        box.getChildren().add(field);
        field.setOnAction(e -> commitField());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitField();
            }
        });
    }

    static boolean hasSlider(ParamSpec<?> spec) {
        boolean finite = Double.isFinite(spec.min()) && Double.isFinite(spec.max());
        return finite && (!spec.isLogScale() || spec.min() > 0);
    }

    @Override
    protected javafx.beans.value.ObservableValue<Object> getObservableValue() {
        // The item's property is the source of truth; the editor shows it through setValue.
        return new javafx.beans.property.SimpleObjectProperty<>(getProperty().getValue());
    }

    @Override
    public void setValue(Object value) {
        if (value == null) {
            return;
        }
        updating = true;
        double number = ((Number) value).doubleValue();
        field.setText(text(number));
        if (slider != null) {
            slider.setValue(toSlider(number));
        }
        updating = false;
    }

    private void commitSlider() {
        double value = fromSlider(slider.getValue());
        if (spec.kind() == ParamSpec.Kind.INTEGER) {
            getProperty().setValue((int) Math.round(value));
        } else {
            getProperty().setValue(roundForDisplay(value));
        }
        setValue(getProperty().getValue());
    }

    private void commitField() {
        try {
            getProperty().setValue(spec.parse(field.getText()));
        } catch (IllegalArgumentException refused) {
            ((ParamItem) getProperty()).refuse(refused.getMessage());
        }
        setValue(getProperty().getValue());
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
