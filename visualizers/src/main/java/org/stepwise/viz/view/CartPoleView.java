package org.stepwise.viz.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Domain;
import org.stepwise.algo.rl.CartPole;

/**
 * The cart-pole on the {@link PlotView} base, in metres: the track with its ±2.4 m ends, the
 * cart, the pole (1 m long, leaning right for a positive θ) with the ±12° wedge it must stay in,
 * and an arrow for the force of the last push. The track is drawn on the base canvas once; the
 * cart, which moves every step, on the top canvas, so a step redraws only it. The pole turns red
 * when the episode has ended by a fall.
 */
public final class CartPoleView extends PlotView {

    private static final double CART_WIDTH = 0.5;
    private static final double CART_HEIGHT = 0.3;
    private static final double POLE_LENGTH = 2 * CartPole.POLE_HALF_LENGTH;
    private static final Color CART = Color.rgb(60, 110, 190);
    private static final Color POLE = Color.rgb(205, 135, 40);
    private static final Color FALLEN = Color.rgb(200, 40, 40);
    private static final Color PUSH = Color.rgb(26, 133, 58);

    private double x;
    private double theta;
    private int action = -1;
    private boolean fallen;
    private boolean shown;

    public CartPoleView() {
        super("cart-pole-view");
        useAxisNames("cart position x (m)", "");
        setEqualScale(true);
        // Heights on a picture of a cart say nothing: only the track's positions have ticks.
        showTicks(true, false);
        useDomain(defaultDomain());
        addLayer(this::drawTrack);
        addMovingLayer(this::drawCart);
    }

    /**
     * The state to draw: cart position and pole angle, the last action (0 left, 1 right, -1 none)
     * and whether the pole has fallen.
     */
    public void setState(double cartX, double poleAngle, int lastAction, boolean hasFallen) {
        x = cartX;
        theta = poleAngle;
        action = lastAction;
        fallen = hasFallen;
        shown = true;
        redrawMoving();
    }

    /** Nothing to draw (before the first episode). */
    public void clearState() {
        shown = false;
        redrawMoving();
    }

    @Override
    protected Domain defaultDomain() {
        return new Domain(-CartPole.X_LIMIT - 0.5, CartPole.X_LIMIT + 0.5, -0.45, 1.45);
    }

    private void drawTrack(OverlayPen pen) {
        Color rail = pen.ink().deriveColor(0, 1, 1, 0.6);
        pen.segment(-CartPole.X_LIMIT - 0.3, 0, CartPole.X_LIMIT + 0.3, 0, rail, 2);
        for (double end : new double[] {-CartPole.X_LIMIT, CartPole.X_LIMIT}) {
            pen.segment(end, -0.12, end, 0.12, FALLEN, 3);
        }
        // In the plot's lower corners, under the ends, on plates: a label centred on its end ran off a
        // small plot at presentation type.
        GraphicsContext g = pen.graphics();
        PlotTransform t = pen.transform();
        g.setFont(Font.font(null, FontWeight.BOLD, 13 * pen.scale()));
        g.setTextBaseline(VPos.TOP);
        double inset = 6 * pen.scale();
        g.setTextAlign(TextAlignment.LEFT);
        TextPlates.write(g, "−2.4 m", t.left() + inset, t.toPixelY(-0.15), pen.ink(), PlotInk.halo(pen.ink()),
                3 * pen.scale());
        g.setTextAlign(TextAlignment.RIGHT);
        TextPlates.write(g, "+2.4 m", t.left() + t.width() - inset, t.toPixelY(-0.15), pen.ink(),
                PlotInk.halo(pen.ink()), 3 * pen.scale());
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawCart(OverlayPen pen) {
        if (!shown) {
            return;
        }
        PlotTransform t = pen.transform();
        GraphicsContext g = pen.graphics();
        double pivotY = CART_HEIGHT;
        // The ±12° wedge the pole must stay within, faint, from the pivot.
        Color wedge = pen.ink().deriveColor(0, 1, 1, 0.25);
        for (double side : new double[] {-1, 1}) {
            double a = side * CartPole.THETA_LIMIT;
            pen.dashedSegment(x, pivotY, x + POLE_LENGTH * Math.sin(a), pivotY + POLE_LENGTH * Math.cos(a), wedge, 1.5);
        }
        double left = t.toPixelX(x - CART_WIDTH / 2);
        double right = t.toPixelX(x + CART_WIDTH / 2);
        double top = t.toPixelY(CART_HEIGHT);
        double bottom = t.toPixelY(0.02);
        g.setFill(CART);
        g.fillRoundRect(left, top, right - left, bottom - top, 6 * pen.scale(), 6 * pen.scale());
        double tipX = x + POLE_LENGTH * Math.sin(theta);
        double tipY = pivotY + POLE_LENGTH * Math.cos(theta);
        pen.segment(x, pivotY, tipX, tipY, fallen ? FALLEN : POLE, 9);
        pen.dot(x, pivotY, 6, pen.ink());
        if (action == 0 || action == 1) {
            double direction = action == 1 ? 1 : -1;
            double from = x + direction * (CART_WIDTH / 2 + 0.05);
            double to = from + direction * 0.35;
            double y = CART_HEIGHT / 2;
            pen.segment(from, y, to, y, PUSH, 4);
            pen.segment(to, y, to - direction * 0.1, y + 0.07, PUSH, 4);
            pen.segment(to, y, to - direction * 0.1, y - 0.07, PUSH, 4);
        }
    }
}
