package org.stepwise.viz.lessons.neural;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.stepwise.algo.Domain;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.init.ActivationsInitSnapshot;
import org.stepwise.algo.neural.init.SchemeStatistics;
import org.stepwise.algo.neural.init.ValueHistogram;
import org.stepwise.algo.neural.init.WeightScheme;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.HistogramsByLayerView;
import org.stepwise.viz.view.XYChartView;

/**
 * The activations-init panel: the histograms of every layer's activations and weight gradients,
 * one row per initialization ({@link HistogramsByLayerView}, with a choice of scale), beside the
 * activation f with its derivative f′ and the two statistics against depth on log axes.
 */
final class ActivationsInitView implements LessonView<ActivationsInitSnapshot> {

    private static final int SAMPLES = 201;
    /** The share of the width the column of plots takes. */
    private static final double SIDE_SHARE = 0.3;
    private static final double Z_RANGE = 5;

    private final HistogramsByLayerView activations = new HistogramsByLayerView();
    private final HistogramsByLayerView gradients = new HistogramsByLayerView();
    private final ChoiceBox<HistogramsByLayerView.Scale> scale = new ChoiceBox<>();
    private final XYChartView function = new XYChartView();
    private final DepthCurves stds = new DepthCurves("activation std", "log₁₀ std",
            SchemeStatistics::activationStd);
    private final DepthCurves norms = new DepthCurves("gradient norm", "log₁₀ ‖∂L/∂W‖",
            SchemeStatistics::gradientNorm);
    private final BorderPane pane;
    private ActivationFunction shownFunction;
    private ActivationsInitSnapshot shown;
    private boolean dark;

    ActivationsInitView() {
        scale.getItems().addAll(HistogramsByLayerView.Scale.values());
        scale.setValue(HistogramsByLayerView.Scale.ROW);
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(HistogramsByLayerView.Scale value) {
                return value == null ? "" : switch (value) {
                    case EACH -> "each histogram its own";
                    case ROW -> "one per initialization";
                    case SHARED -> "one for all";
                };
            }

            @Override
            public HistogramsByLayerView.Scale fromString(String text) { return null; }
        });
        scale.valueProperty().addListener((obs, was, now) -> {
            activations.setScale(now);
            gradients.setScale(now);
        });
        HBox bar = new HBox(8, new Label("Histogram x scale"), scale);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        VBox histograms = new VBox(4, activations, gradients);
        VBox.setVgrow(activations, Priority.ALWAYS);
        VBox.setVgrow(gradients, Priority.ALWAYS);
        BorderPane main = new BorderPane(histograms);
        main.setTop(bar);
        function.setAxisNames("z", "");
        // A column of three small plots beside the histograms, whatever the height: the histograms
        // need the width for one column a layer, and a row of plots under them would leave each
        // of their rows too low to read.
        VBox side = new VBox(4, function, stds.node(), norms.node());
        for (Node plot : side.getChildren()) {
            VBox.setVgrow(plot, Priority.ALWAYS);
            ((javafx.scene.layout.Region) plot).setMinSize(120, 80);
        }
        activations.setMinSize(200, 80);
        gradients.setMinSize(200, 80);
        pane = new BorderPane(main);
        side.prefWidthProperty().bind(pane.widthProperty().multiply(SIDE_SHARE));
        side.setMaxWidth(Double.MAX_VALUE);
        pane.setRight(side);
    }

    @Override
    public Node node() { return pane; }

    /** The histogram scale's choice, for tests. */
    ChoiceBox<HistogramsByLayerView.Scale> scaleChoice() { return scale; }

    HistogramsByLayerView activations() { return activations; }

    HistogramsByLayerView gradients() { return gradients; }

    @Override
    public void show(ActivationsInitSnapshot snapshot, Dataset data) {
        shown = snapshot;
        List<Color> colors = colors(snapshot);
        if (snapshot.function() != shownFunction) {
            shownFunction = snapshot.function();
            showFunction(shownFunction);
        }
        List<String> rows = snapshot.compared().stream().map(WeightScheme::label).toList();
        List<String> layers = new ArrayList<>();
        for (int l = 1; l <= snapshot.depth(); l++) {
            layers.add(l == 1 ? "layer 1" : Integer.toString(l));
        }
        activations.setHistograms("Activations a = f(z), std in the corner", rows, colors, layers,
                cells(snapshot, true), snapshot.chosen());
        gradients.setHistograms("Weight gradients ∂L/∂W, norm in the corner", rows, colors, layers,
                cells(snapshot, false), snapshot.chosen());
        stds.show(snapshot, colors);
        norms.show(snapshot, colors);
    }

    private List<Color> colors(ActivationsInitSnapshot s) {
        return s.compared().stream().map(scheme -> ColorMaps.seriesColor(scheme.ordinal(), dark)).toList();
    }

    private static HistogramsByLayerView.Cell[][] cells(ActivationsInitSnapshot s, boolean ofActivations) {
        HistogramsByLayerView.Cell[][] cells = new HistogramsByLayerView.Cell[s.compared().size()][s.depth()];
        if (!s.hasStatistics()) {
            return cells;
        }
        for (int i = 0; i < cells.length; i++) {
            SchemeStatistics stats = s.statistics(i);
            for (int l = 0; l < s.depth(); l++) {
                ValueHistogram h = ofActivations ? stats.activations()[l] : stats.gradients()[l];
                String note = ofActivations ? HistogramsByLayerView.format(stats.activationStd()[l])
                        : HistogramsByLayerView.format(stats.gradientNorm()[l]);
                cells[i][l] = new HistogramsByLayerView.Cell(h.low(), h.high(), h.counts(), note);
            }
        }
        return cells;
    }

    /** f and f′ on z ∈ [−5, 5]: where the derivative is near 0, a unit is saturated and passes almost no gradient back. */
    private void showFunction(ActivationFunction f) {
        double[] zs = new double[SAMPLES];
        double[] values = new double[SAMPLES];
        double[] slopes = new double[SAMPLES];
        double low = 0;
        double high = 1;
        for (int i = 0; i < SAMPLES; i++) {
            zs[i] = -Z_RANGE + 2 * Z_RANGE * i / (SAMPLES - 1);
            values[i] = f.value(zs[i]);
            slopes[i] = f.derivative(zs[i], values[i]);
            low = Math.min(low, Math.min(values[i], slopes[i]));
            high = Math.max(high, Math.max(values[i], slopes[i]));
        }
        double margin = 0.1 * (high - low);
        Domain domain = new Domain(-Z_RANGE, Z_RANGE, low - margin, high + 3 * margin);
        List<XYChartView.Line> lines = List.of(
                new XYChartView.Line(zs, values, SAMPLES, ColorMaps.classColor(0), 3, "f"),
                new XYChartView.Line(zs, slopes, SAMPLES, ColorMaps.classColor(3), 3, "f′"));
        String caption = f.label() + ": f and f′";
        function.change(() -> {
            function.setLines(lines);
            function.setDomain(domain);
            function.setOverlay(pen -> pen.caption(15, caption));
        });
    }

    @Override
    public void setDark(boolean value) {
        dark = value;
        activations.setDark(value);
        gradients.setDark(value);
        function.setDark(value);
        stds.node().setDark(value);
        norms.node().setDark(value);
        if (shown != null) {
            show(shown, null);
        }
    }

    @Override
    public void drawNow() {
        activations.draw();
        gradients.draw();
        function.drawNow();
        stds.node().drawNow();
        norms.node().drawNow();
    }
}
