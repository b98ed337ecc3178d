package org.stepwise.viz.lessons.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.stepwise.algo.neural.playground.HiddenLayers;
import org.stepwise.viz.view.NetworkDiagramView;

/**
 * TensorFlow Playground's network controls above the diagram: − and + for the number of hidden
 * layers (a new layer of two neurons after the last, or the last one removed), and above each
 * hidden layer's column a − and + for its neurons. Each click asks for the new layout
 * ({@link HiddenLayers}), which the panel applies as any parameter edit: a new network, its
 * weights drawn again from the seed, as the Playground's buttons do. Buttons are disabled at the
 * bounds; Tab reaches them and Enter presses them (Space is the panel's play key).
 */
final class NetworkSizeControls extends VBox {

    static final String BUTTON_CLASS = "network-size-button";
    /** Between a − and its +, and around them. */
    private static final double GAP = 4;

    private final NetworkDiagramView diagram;
    private final Consumer<int[]> requests;
    private final Button fewerLayers = button("−", "Remove the last hidden layer");
    private final Button moreLayers = button("+", "Add a hidden layer of " + HiddenLayers.NEW_LAYER_NEURONS + " neurons");
    private final Label count = new Label();
    private final Pane columns = new Pane() {
        @Override
        protected void layoutChildren() {
            placeAboveColumns();
        }

        /**
         * One row of buttons, even with no hidden layer (the diagram below stays where it is); two
         * when the columns are too close for a − and + side by side (six layers in a small window).
         */
        @Override
        protected double computePrefHeight(double width) {
            double button = height(fewerLayers);
            return stacked() ? 2 * button + 2 * GAP + 4 : button + 4;
        }
    };
    /** Per hidden layer, its − and + (children of {@link #columns}, placed over the layer's column). */
    private final List<Button[]> pairs = new ArrayList<>();
    private boolean stacked;
    /** The layout the buttons are for; null before the first {@link #show}. */
    private int[] hidden;

    /**
     * @param diagram  the diagram below, whose hidden columns the neuron buttons stand above
     * @param requests told the hidden layout a click asks for
     */
    NetworkSizeControls(NetworkDiagramView diagram, Consumer<int[]> requests) {
        this.diagram = diagram;
        this.requests = requests;
        fewerLayers.setOnAction(event -> ask(HiddenLayers.withLastLayerRemoved(hidden)));
        moreLayers.setOnAction(event -> ask(HiddenLayers.withLayerAdded(hidden)));
        // Nothing to change until a network is shown.
        fewerLayers.setDisable(true);
        moreLayers.setDisable(true);
        count.getStyleClass().add("network-size-count");
        HBox layers = new HBox(8, new Label("Hidden layers"), fewerLayers, count, moreLayers);
        layers.setAlignment(Pos.CENTER_LEFT);
        layers.setPadding(new Insets(4, 8, 2, 8));
        getChildren().setAll(layers, columns);
        diagram.setOnColumnsMoved(columns::requestLayout);
    }

    /** Shows the buttons for this hidden layout (neuron counts per hidden layer; empty for none). */
    void show(int[] newHidden) {
        if (java.util.Arrays.equals(newHidden, hidden)) {
            return;
        }
        hidden = newHidden.clone();
        count.setText(hidden.length == 0 ? "0: a linear model" : Integer.toString(hidden.length));
        fewerLayers.setDisable(!HiddenLayers.canRemoveLayer(hidden));
        moreLayers.setDisable(!HiddenLayers.canAddLayer(hidden));
        while (pairs.size() < hidden.length) {
            pairs.add(neuronPair(pairs.size()));
        }
        while (pairs.size() > hidden.length) {
            pairs.remove(pairs.size() - 1);
        }
        List<Button> buttons = new ArrayList<>();
        for (int l = 0; l < hidden.length; l++) {
            pairs.get(l)[0].setDisable(!HiddenLayers.canResize(hidden, l, -1));
            pairs.get(l)[1].setDisable(!HiddenLayers.canResize(hidden, l, +1));
            buttons.addAll(List.of(pairs.get(l)));
        }
        columns.getChildren().setAll(buttons);
        columns.requestLayout();
    }

    /** The − and + above hidden layer {@code layer} (0 for the first). */
    private Button[] neuronPair(int layer) {
        String name = "hidden layer " + (layer + 1);
        Button fewer = button("−", "Remove a neuron from " + name);
        Button more = button("+", "Add a neuron to " + name);
        fewer.setOnAction(event -> ask(HiddenLayers.withResized(hidden, layer, -1)));
        more.setOnAction(event -> ask(HiddenLayers.withResized(hidden, layer, +1)));
        return new Button[] {fewer, more};
    }

    /**
     * Each pair centred over its column of the diagram (column 0 is the inputs): − and + side by
     * side, or + above − where the columns are closer than a pair is wide.
     */
    private void placeAboveColumns() {
        boolean nowStacked = stacked();
        if (nowStacked != stacked) {
            stacked = nowStacked;
            // The row's height changes with it; the panel lays out again.
            Platform.runLater(this::requestLayout);
        }
        for (int l = 0; l < pairs.size(); l++) {
            Button fewer = pairs.get(l)[0];
            Button more = pairs.get(l)[1];
            double width = Math.max(width(fewer), width(more));
            double height = height(fewer);
            double centre = diagram.columnCentre(l + 1);
            fewer.setVisible(!Double.isNaN(centre));
            more.setVisible(!Double.isNaN(centre));
            if (stacked) {
                more.resizeRelocate(centre - width / 2, GAP, width, height);
                fewer.resizeRelocate(centre - width / 2, height + 2 * GAP, width, height);
            } else {
                fewer.resizeRelocate(centre - width - GAP / 2, GAP, width, height);
                more.resizeRelocate(centre + GAP / 2, GAP, width, height);
            }
        }
    }

    /** Whether two neighbouring hidden columns are too close for a − and + side by side. */
    private boolean stacked() {
        if (pairs.size() < 2) {
            return false;
        }
        double spacing = diagram.columnCentre(2) - diagram.columnCentre(1);
        double pair = 2 * width(pairs.get(0)[0]) + GAP;
        return !Double.isNaN(spacing) && spacing < pair + 2 * GAP;
    }

    /** A button's width as a layout pane would give it: its preferred width, at least its minimum (the CSS's em). */
    private static double width(Button button) {
        return Math.max(button.minWidth(-1), button.prefWidth(-1));
    }

    private static double height(Button button) {
        return Math.max(button.minHeight(-1), button.prefHeight(-1));
    }

    private void ask(int[] layout) {
        requests.accept(layout);
    }

    private static Button button(String text, String what) {
        Button button = new Button(text);
        // Space is the panel's play key wherever the focus is; Enter presses the focused button.
        button.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                button.fire();
                event.consume();
            }
        });
        button.getStyleClass().add(BUTTON_CLASS);
        button.setTooltip(new Tooltip(what + ": a new network, its weights drawn again from the seed"));
        button.setAccessibleText(what);
        return button;
    }

    /** The layers' − and + (tests). */
    Button layerButton(boolean more) { return more ? moreLayers : fewerLayers; }

    /** What the layers' count says (tests). */
    String countText() { return count.getText(); }

    /** How many hidden layers have their − and + (tests). */
    int pairCount() { return columns.getChildren().size() / 2; }

    /** Hidden layer {@code layer}'s − or + (tests). */
    Button neuronButton(int layer, boolean more) { return pairs.get(layer)[more ? 1 : 0]; }
}
