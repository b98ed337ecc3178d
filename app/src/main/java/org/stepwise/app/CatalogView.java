package org.stepwise.app;

import atlantafx.base.controls.CustomTextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.stepwise.viz.lesson.Level;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonInfo;

/**
 * The catalog on the left of the main window: every lesson under its curriculum level and
 * family, filtered as the learner types in the search field. A plain column of headings and
 * lesson buttons rather than a TreeView: it reads better from the back of a classroom, and it
 * costs a fraction of a TreeView's skin (0.35 s on this machine).
 *
 * <p>The window's first frame shows the column with its heading only, a plain {@link Text}: the
 * list and the search field join it in {@link #showEntries()}, in space kept for them, once the
 * theme is loaded. Their skins, the scroll pane's and the clear button's tooltip (JavaFX's Tooltip
 * class alone initialises for ~60 ms) and reading the lesson registry (every jar's service index)
 * would otherwise hold back the first frame.
 */
final class CatalogView extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final LessonCatalog catalog;
    private final Consumer<String> open;
    private final VBox entries = new VBox(2);
    private final StackPane searchSlot = new StackPane();
    private CustomTextField search;
    private final List<Button> lessonButtons = new ArrayList<>();
    private String selectedId;

    CatalogView(LessonCatalog catalog, Consumer<String> open) {
        super(8);
        this.catalog = catalog;
        this.open = open;
        getStyleClass().add("catalog");
        setPadding(new Insets(10));
        Text heading = new Text("Lessons");
        heading.getStyleClass().addAll("frame-text", "catalog-heading");
        searchSlot.getStyleClass().add("catalog-search-slot");
        entries.setId("catalog-entries");
        entries.getStyleClass().add("catalog-entries");
        getChildren().addAll(heading, searchSlot);
    }

    /** Adds the search field and the list of lessons (after the first frame, once the theme is set). */
    void showEntries() {
        if (search == null) {
            rebuild("");
            search = searchField();
            searchSlot.getChildren().setAll(search);
            getChildren().add(scrolling(entries));
        }
    }

    /** Opens a lesson as a click on it would. */
    void choose(String lessonId) {
        button(lessonId).ifPresent(Button::fire);
    }

    /** Marks the lesson that is open, without opening it again. */
    void select(String lessonId) {
        selectedId = lessonId;
        for (Button button : lessonButtons) {
            button.pseudoClassStateChanged(SELECTED, lessonId.equals(button.getUserData()));
        }
    }

    /** Ids of the lessons shown now (after filtering). */
    List<String> shownIds() {
        return lessonButtons.stream().map(button -> (String) button.getUserData()).toList();
    }

    void focusSearch() {
        showEntries();
        search.requestFocus();
    }

    private static ScrollPane scrolling(VBox entries) {
        ScrollPane scroll = new ScrollPane(entries);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("catalog-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private CustomTextField searchField() {
        CustomTextField field = new CustomTextField();
        field.setPromptText("Search lessons");
        field.setId("catalog-search");
        field.textProperty().addListener((obs, old, text) -> rebuild(text));
        field.setRight(clearButton(field));
        return field;
    }

    private void rebuild(String query) {
        entries.getChildren().clear();
        lessonButtons.clear();
        Level level = null;
        String family = null;
        for (LessonInfo info : catalog.infos()) {
            if (!query.isBlank() && !info.matches(query)) {
                continue;
            }
            if (info.level() != level) {
                level = info.level();
                family = null;
                entries.getChildren().add(label(level.title(), "catalog-level"));
            }
            if (!info.family().equals(family)) {
                family = info.family();
                entries.getChildren().add(label(capitalised(family), "catalog-family"));
            }
            Button button = new Button(info.title());
            button.getStyleClass().add("catalog-lesson");
            button.setUserData(info.id());
            button.setMaxWidth(Double.MAX_VALUE);
            button.setWrapText(true);
            button.pseudoClassStateChanged(SELECTED, info.id().equals(selectedId));
            button.setOnAction(e -> open.accept(info.id()));
            lessonButtons.add(button);
            entries.getChildren().add(button);
        }
        if (lessonButtons.isEmpty()) {
            entries.getChildren().add(label("No lesson matches “" + query.trim() + "”.", "catalog-empty"));
        }
    }

    private java.util.Optional<Button> button(String lessonId) {
        return lessonButtons.stream().filter(b -> Objects.equals(b.getUserData(), lessonId)).findFirst();
    }

    /** The ✕ at the end of the search field, shown while there is text: a CSS shape, no icon font. */
    private static Button clearButton(CustomTextField search) {
        Region cross = new Region();
        cross.getStyleClass().add("clear-search-icon");
        Button clear = new Button(null, cross);
        clear.getStyleClass().add("clear-search");
        clear.setId("catalog-search-clear");
        clear.setTooltip(new Tooltip("Clear the search"));
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setOnAction(e -> search.clear());
        return clear;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    private static String capitalised(String family) {
        return Character.toUpperCase(family.charAt(0)) + family.substring(1);
    }
}
