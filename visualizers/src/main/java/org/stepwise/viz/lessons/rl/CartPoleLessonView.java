package org.stepwise.viz.lessons.rl;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.stepwise.algo.Domain;
import org.stepwise.algo.rl.CartPole;
import org.stepwise.algo.rl.cartpole.CartPoleSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.CartPoleView;
import org.stepwise.viz.view.DecisionBoundaryView;

/**
 * The CartPole lesson's view: the cart-pole itself ({@link CartPoleView}); the policy over the
 * pole's angle θ and angular velocity θ̇ with the cart at rest in the middle, as the chance of
 * pushing right ({@link DecisionBoundaryView}: the two pushes' colours, paler where the policy is
 * unsure, painted off the FX thread), with the present state marked on it; and the return of
 * every episode with the running mean of the last 100 and the solved mark ({@link ReturnsChart}).
 */
final class CartPoleLessonView implements LessonView<CartPoleSnapshot> {

    /** θ within the ±12° the episode allows; θ̇ within what a balancing pole rarely leaves. */
    static final Domain POLICY_PLANE = new Domain(-CartPole.THETA_LIMIT, CartPole.THETA_LIMIT, -2, 2);
    private static final Dataset PLANE = Dataset.classification("cart-pole policy", new double[0][],
            new int[0], List.of("pole angle θ (rad)", "pole angular velocity dθ/dt (rad/s)"), List.of("push left", "push right"));

    private final CartPoleView cart = new CartPoleView();
    private final DecisionBoundaryView policy = new DecisionBoundaryView();
    private final ReturnsChart returns = new ReturnsChart();
    private final GridPane grid = new GridPane();
    private Object shownPolicy;

    CartPoleLessonView() {
        policy.setData(PLANE);
        policy.setDomain(POLICY_PLANE);
        policy.setSlowModel(true);
        // The cart-pole is wide and short: across the top; the two square-ish plots side by side below.
        grid.add(cart, 0, 0, 2, 1);
        grid.add(policy, 0, 1);
        grid.add(returns.node(), 1, 1);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(38);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(62);
        grid.getRowConstraints().setAll(top, bottom);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        for (Node plot : List.of(cart, policy, returns.node())) {
            ((javafx.scene.layout.Region) plot).setMinSize(0, 0);
            GridPane.setHgrow(plot, Priority.ALWAYS);
            GridPane.setVgrow(plot, Priority.ALWAYS);
        }
    }

    @Override
    public Node node() { return grid; }

    @Override
    public void show(CartPoleSnapshot snapshot, Dataset data) {
        if (snapshot.step() == 0 && snapshot.lastAction() < 0) {
            cart.setState(snapshot.state(CartPole.X), snapshot.state(CartPole.THETA), -1, false);
        } else {
            cart.setState(snapshot.state(CartPole.X), snapshot.state(CartPole.THETA), snapshot.lastAction(),
                    snapshot.fallen());
        }
        if (snapshot.policy() != shownPolicy) {
            shownPolicy = snapshot.policy();
            policy.setModel(snapshot.policy());
        }
        double theta = snapshot.state(CartPole.THETA);
        double thetaDot = snapshot.state(CartPole.THETA_DOT);
        policy.setOverlay(pen -> {
            pen.ring(theta, thetaDot, 9, pen.ink(), 3);
            pen.caption(15, snapshot.policy().actionValues() ? "ε-greedy push (Q)" : "π(push right | θ, dθ/dt)");
        });
        returns.show(snapshot);
    }

    @Override
    public void setDark(boolean dark) {
        cart.setDark(dark);
        policy.setDark(dark);
        returns.node().setDark(dark);
    }

    /** The plots, for tests. */
    CartPoleView cart() { return cart; }

    DecisionBoundaryView policy() { return policy; }

    ReturnsChart returns() { return returns; }
}
