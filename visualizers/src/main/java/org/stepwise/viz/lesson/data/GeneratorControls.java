package org.stepwise.viz.lesson.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

/**
 * The options of a synthetic generator: number of points, noise, number of classes (only for
 * generators that take one, hidden for the others) and the data seed. Reports a settled change
 * once: a slider while it is being dragged reports only when released.
 *
 * <p>Each generator has its own options: one chosen for the first time opens with the command
 * line's defaults ({@link GeneratorOptions#defaults()}, so the app and {@code run --dataset moons}
 * show the same points), and one chosen again with the options it was left with. Blobs' noise
 * carried over to moons drew a shapeless cloud.
 */
final class GeneratorControls {

    /** The largest noise offered; the generators accept up to 5, but beyond 1 the shapes are gone. */
    private static final double MAX_NOISE = 1;

    private final Spinner<Integer> points = new Spinner<>(
            new SpinnerValueFactory.IntegerSpinnerValueFactory(2, GeneratorOptions.MAX_SIZE, 200, 50));
    private final Slider noise = new Slider(0, MAX_NOISE, 0.1);
    private final Label noiseValue = new Label();
    private final HBox noiseRow = new HBox(8, noise, noiseValue);
    private final Spinner<Integer> classes = new Spinner<>(
            new SpinnerValueFactory.IntegerSpinnerValueFactory(2, GeneratorOptions.MAX_CLASSES, 3));
    private final Spinner<Integer> seed = new Spinner<>(
            new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE, 0));
    private final Label classesName = new Label("Classes");
    private final GridPane grid = Forms.grid();
    /** The options each generator was left with, by name. */
    private final Map<String, GeneratorOptions> left = new HashMap<>();
    /** The generator whose options the controls show; {@code null} before the first. */
    private String shownGenerator;
    private Runnable onChange = () -> { };

    GeneratorControls() {
        points.setId("data-points");
        noise.setId("data-noise");
        classes.setId("data-classes");
        seed.setId("data-seed");
        for (Spinner<Integer> spinner : List.of(points, classes, seed)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(140);
            spinner.getValueFactory().setConverter(new LenientIntegerConverter(spinner));
            spinner.valueProperty().addListener((obs, old, value) -> onChange.run());
        }
        noise.setShowTickLabels(true);
        noise.setShowTickMarks(true);
        noise.setMajorTickUnit(0.25);
        noise.setBlockIncrement(0.05);
        noise.setPrefWidth(170);
        // The value is what the learner reads: the slider gives way, the number never does.
        noise.setMinWidth(80);
        noiseValue.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        noise.valueProperty().addListener((obs, old, value) -> {
            noiseValue.setText(String.format("%.2f", rounded(value.doubleValue())));
            if (!noise.isValueChanging()) {
                onChange.run();
            }
        });
        noise.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                onChange.run();
            }
        });
        noiseValue.setText(String.format("%.2f", noise.getValue()));
        noiseValue.getStyleClass().add("data-noise-value");
        noiseRow.setAlignment(Pos.CENTER_LEFT);
        grid.setId("data-generator-options");
        grid.addRow(0, new Label("Points"), points);
        grid.addRow(1, new Label("Noise"), noiseRow);
        grid.addRow(2, classesName, classes);
        grid.addRow(3, new Label("Data seed"), seed);
    }

    /**
     * Shows these options without telling anyone: the options the lesson's opening data was
     * made with, so the controls describe the points on screen.
     */
    void show(GeneratorOptions options) {
        Runnable listener = onChange;
        onChange = () -> { };
        try {
            points.getValueFactory().setValue(options.size());
            noise.setValue(Math.min(MAX_NOISE, options.noise()));
            classes.getValueFactory().setValue(Math.max(2, options.classes()));
            seed.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, options.seed()));
        } finally {
            onChange = listener;
        }
    }

    /** Called after each settled change of an option. */
    void setOnChange(Runnable listener) { onChange = listener; }

    /** The options, as one section of the picker. */
    Node node() { return grid; }

    /**
     * Shows the options of a generator, those it was left with or, the first time, the defaults;
     * hides them for any other source. Tells no one: the source's change itself loads the data.
     */
    void showFor(String source) {
        boolean showing = SourceChoices.isGenerator(source);
        Forms.show(grid, showing);
        if (showing && !source.equals(shownGenerator)) {
            if (shownGenerator != null) {
                left.put(shownGenerator, shown());
            }
            shownGenerator = source;
            show(left.getOrDefault(source, GeneratorOptions.defaults()));
        }
        boolean takesClasses = showing && Generators.takesClasses(source);
        Forms.show(classesName, takesClasses);
        Forms.show(classes, takesClasses);
    }

    /** The options as shown, whichever generator they are for (a picker switching kinds keeps them). */
    GeneratorOptions shown() {
        return new GeneratorOptions(points.getValue(), rounded(noise.getValue()), classes.getValue(), seed.getValue());
    }

    /** The options for generator {@code name}: its class count only if it takes one. */
    GeneratorOptions options(String name) {
        GeneratorOptions shown = shown();
        return Generators.takesClasses(name) ? shown : shown.withClasses(2);
    }

    /** Noise to two decimals, so the data set a learner sees is the one a command line can name. */
    private static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * Text typed into a spinner: a whole number, or else the value stays as it was. The default
     * converter throws on "abc", and that exception would reach the FX thread.
     */
    private static final class LenientIntegerConverter extends StringConverter<Integer> {

        private final Spinner<Integer> spinner;

        LenientIntegerConverter(Spinner<Integer> spinner) {
            this.spinner = spinner;
        }

        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            try {
                return Integer.valueOf(text.trim().replace(",", "").replace("_", ""));
            } catch (NumberFormatException e) {
                return spinner.getValue();
            }
        }
    }
}
