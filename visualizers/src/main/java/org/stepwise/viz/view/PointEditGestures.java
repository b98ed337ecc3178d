package org.stepwise.viz.view;

import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntBiFunction;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The gestures that edit a plot's points, the same on every plot that shows editable data
 * ({@link DecisionBoundaryView}, {@link CurvePlotView}): a click on empty space adds a point, a
 * drag moves one, a right click (or Delete while the pointer rests on a point, once the plot has
 * been clicked and so holds the keyboard focus) removes one. The plot reports these to its
 * {@link PointEditListener} and waits for new data; while a point is dragged it draws it where
 * {@link #dragging}, {@link #dragX} and {@link #dragY} say.
 */
final class PointEditGestures {

    private final Node plot;
    private final Supplier<PlotTransform> transform;
    private final ToIntBiFunction<Double, Double> pointAt;
    private final Runnable redrawPoints;
    private IntSupplier addClass = () -> 0;
    private boolean editable;
    private PointEditListener listener;
    private int dragRow = -1;
    private int hoveredRow = -1;
    private double dragX;
    private double dragY;
    private double pressX;
    private double pressY;

    /**
     * @param plot         the node that takes the keyboard focus when clicked
     * @param transform    the plot's transform, null before its first layout
     * @param pointAt      the row of the point under a pixel, or -1
     * @param redrawPoints draws the points again (a dragged one where the pointer is)
     */
    PointEditGestures(Node plot, Supplier<PlotTransform> transform, ToIntBiFunction<Double, Double> pointAt,
                      Runnable redrawPoints) {
        this.plot = plot;
        this.transform = transform;
        this.pointAt = pointAt;
        this.redrawPoints = redrawPoints;
    }

    /** Listens on {@code canvas} and on the plot's keys. */
    void attachTo(Node canvas) {
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        plot.setOnKeyPressed(this::keyPressed);
    }

    void setEditable(boolean value) { editable = value; }

    void setListener(PointEditListener newListener) { listener = newListener; }

    /** The class an added point gets (the one chosen in the data picker). */
    void setAddClass(IntSupplier classOfNewPoints) { addClass = classOfNewPoints; }

    /** The point under the resting pointer, for Delete; -1 for none. */
    void setHovered(int row) { hoveredRow = row; }

    int hovered() { return hoveredRow; }

    boolean dragging(int row) { return row == dragRow; }

    double dragX() { return dragX; }

    double dragY() { return dragY; }

    private void pressed(MouseEvent event) {
        PlotTransform t = transform.get();
        if (!editable || listener == null || t == null || !t.containsPixel(event.getX(), event.getY())) {
            return;
        }
        // Keyboard focus here makes Delete reach this plot; the panel's keys still bubble up.
        plot.requestFocus();
        int hit = pointAt.applyAsInt(event.getX(), event.getY());
        if (event.getButton() == MouseButton.SECONDARY && hit >= 0) {
            listener.removed(hit);
        } else if (event.getButton() == MouseButton.PRIMARY && hit >= 0) {
            dragRow = hit;
            dragX = event.getX();
            dragY = event.getY();
            pressX = dragX;
            pressY = dragY;
        } else if (event.getButton() == MouseButton.PRIMARY) {
            listener.added(t.toDataX(event.getX()), t.toDataY(event.getY()), addClass.getAsInt());
        }
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (dragRow >= 0) {
            PlotTransform t = transform.get();
            dragX = Math.max(t.left(), Math.min(t.left() + t.width(), event.getX()));
            dragY = Math.max(t.top(), Math.min(t.top() + t.height(), event.getY()));
            redrawPoints.run();
        }
    }

    private void released(MouseEvent event) {
        if (dragRow >= 0) {
            int row = dragRow;
            dragRow = -1;
            // A click on a point without moving it is not an edit (it would only fill the undo history).
            if (Math.hypot(dragX - pressX, dragY - pressY) >= 1) {
                PlotTransform t = transform.get();
                listener.moved(row, t.toDataX(dragX), t.toDataY(dragY));
            } else {
                redrawPoints.run();
            }
        }
    }

    private void keyPressed(KeyEvent event) {
        boolean delete = event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE;
        if (delete && editable && listener != null && hoveredRow >= 0 && dragRow < 0) {
            int row = hoveredRow;
            hoveredRow = -1;
            listener.removed(row);
            event.consume();
        }
    }
}
