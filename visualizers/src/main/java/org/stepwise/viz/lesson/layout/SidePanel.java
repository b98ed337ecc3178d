package org.stepwise.viz.lesson.layout;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.stepwise.viz.lesson.card.ExplanationCard;
import org.stepwise.viz.lesson.data.DataPicker;
import org.stepwise.viz.lesson.params.ParameterSheet;

/** The tabs beside a lesson's view: its card, its parameters and, when it takes data, its data. */
public final class SidePanel extends TabPane {

    /** @param picker null for lessons without data */
    public SidePanel(ExplanationCard card, ParameterSheet sheet, DataPicker picker) {
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().add(new Tab("Card", card));
        getTabs().add(new Tab("Parameters", scroll(sheet)));
        if (picker != null) {
            getTabs().add(new Tab("Data", scroll(picker)));
        }
        setMinWidth(320);
        setPrefWidth(420);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }
}
