package org.stepwise.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import atlantafx.base.controls.CustomTextField;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonInfo;
import org.stepwise.viz.lesson.Level;

/**
 * The catalog on the left of the main window: every lesson grouped by curriculum level and
 * family, filtered as the learner types in the search field.
 */
final class CatalogView extends VBox {

    private final LessonCatalog catalog;
    private final TreeView<Object> tree = new TreeView<>();
    private final CustomTextField search = new CustomTextField();
    private boolean selecting;

    CatalogView(LessonCatalog catalog, Consumer<String> open) {
        super(8);
        this.catalog = catalog;
        getStyleClass().add("catalog");
        setPadding(new Insets(10));
        Label heading = new Label("Lessons");
        heading.getStyleClass().add("catalog-heading");
        search.setPromptText("Search lessons");
        search.setId("catalog-search");
        search.textProperty().addListener((obs, old, text) -> rebuild(text));
        search.setRight(clearButton());
        tree.setShowRoot(false);
        tree.setId("catalog-tree");
        tree.setCellFactory(view -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item instanceof LessonInfo info ? info.title() : item.toString());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!selecting && item != null && item.getValue() instanceof LessonInfo info) {
                open.accept(info.id());
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(heading, search, tree);
        rebuild("");
    }

    /**
     * The ✕ at the end of the search field, shown while there is text. Drawn with a CSS shape
     * rather than an icon font, so the first frame does not wait for a font to load.
     */
    private Button clearButton() {
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

    /** Selects a lesson as a click would, which opens it. */
    void choose(String lessonId) {
        find(tree.getRoot(), lessonId).ifPresent(item -> tree.getSelectionModel().select(item));
    }

    /** Marks the lesson that is open, without opening it again. */
    void select(String lessonId) {
        selecting = true;
        find(tree.getRoot(), lessonId).ifPresent(item -> tree.getSelectionModel().select(item));
        selecting = false;
    }

    /** Ids of the lessons shown now (after filtering). */
    List<String> shownIds() {
        return leaves(tree.getRoot()).stream().map(LessonInfo::id).toList();
    }

    void focusSearch() { search.requestFocus(); }

    private void rebuild(String query) {
        Map<Level, Map<String, TreeItem<Object>>> groups = new LinkedHashMap<>();
        TreeItem<Object> root = new TreeItem<>("Lessons");
        for (LessonInfo info : catalog.infos()) {
            if (!query.isBlank() && !info.matches(query)) {
                continue;
            }
            Map<String, TreeItem<Object>> families = groups.computeIfAbsent(info.level(), level -> {
                TreeItem<Object> levelItem = new TreeItem<>(level.title());
                levelItem.setExpanded(true);
                root.getChildren().add(levelItem);
                return new LinkedHashMap<>();
            });
            TreeItem<Object> familyItem = families.computeIfAbsent(info.family(), family -> {
                TreeItem<Object> item = new TreeItem<>(capitalised(family));
                item.setExpanded(true);
                root.getChildren().stream().filter(l -> l.getValue().equals(info.level().title()))
                        .findFirst().orElseThrow().getChildren().add(item);
                return item;
            });
            familyItem.getChildren().add(new TreeItem<>(info));
        }
        tree.setRoot(root);
    }

    private static java.util.Optional<TreeItem<Object>> find(TreeItem<Object> item, String id) {
        if (item.getValue() instanceof LessonInfo info && info.id().equals(id)) {
            return java.util.Optional.of(item);
        }
        for (TreeItem<Object> child : item.getChildren()) {
            var found = find(child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    private static List<LessonInfo> leaves(TreeItem<Object> item) {
        if (item.getValue() instanceof LessonInfo info) {
            return List.of(info);
        }
        return item.getChildren().stream().flatMap(child -> leaves(child).stream()).toList();
    }

    private static String capitalised(String family) {
        return Character.toUpperCase(family.charAt(0)) + family.substring(1);
    }
}
