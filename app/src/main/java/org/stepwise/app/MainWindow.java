package org.stepwise.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.stepwise.app.session.Session;
import org.stepwise.app.session.SessionFile;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonPanel;

/**
 * The main window: menus, the lesson catalog on the left, the open lesson in the middle.
 * Owns the window-level actions: sessions, export, theme and presentation mode.
 *
 * <p>The first frame is the window's frame: the theme's colours, the catalog's heading, the
 * welcome text, and a strip kept for the menu bar at its exact height. It holds no control, so it
 * is drawn before the theme's stylesheet is read (a control's class would make JavaFX read its
 * default one); Stepwise's own stylesheet gives it the theme's colours. The theme, the controls
 * (menu bar, catalog list, search field) and the window icons join right after it, so that the
 * window appears as soon as JavaFX can draw one and nothing moves when they do.
 */
final class MainWindow {

    static final String SESSION_EXTENSION = "*.stepwise";

    private final Stage stage;
    private final BorderPane root = new BorderPane();
    /** Where the menu bar goes after the first frame; it keeps the bar's height meanwhile. */
    private final StackPane menuSlot = new StackPane();
    private final CatalogView catalogView;
    private final LessonHost host;
    private final CheckMenuItem darkItem = new CheckMenuItem("Dark theme");
    private final MenuShortcuts shortcuts = new MenuShortcuts();
    private final LastSession last;
    private boolean presentation;
    /** The theme and the controls have joined the first frame. */
    private boolean completed;
    /** The session file opened or saved last, and the lesson it holds (the title names it while that lesson shows). */
    private String fileName;
    private String fileLessonId;

    MainWindow(Stage stage, LessonCatalog catalog) {
        this(stage, catalog, LastSession.none());
    }

    /** @param last where the lesson on screen is kept when the window closes, for {@link #resume} */
    MainWindow(Stage stage, LessonCatalog catalog, LastSession last) {
        this.stage = stage;
        this.last = last;
        host = new LessonHost(catalog, this::lessonOpened);
        catalogView = new CatalogView(catalog, host::open);
        menuSlot.getStyleClass().add("menu-bar-slot");
        root.setTop(menuSlot);
        root.setLeft(catalogView);
        root.setCenter(host);
        root.getStyleClass().add("stepwise-root");
        catalogView.setPrefWidth(catalogWidth(1440));
        // On a narrow window (a 1024-pixel projector) the catalog gives the lesson room.
        root.widthProperty().addListener((obs, old, width) ->
                catalogView.setPrefWidth(catalogWidth(width.doubleValue())));

        Scene scene = new Scene(root, 1440, 900);
        scene.getStylesheets().add(Themes.stylesheet());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                this::focusSearch);
        stage.setScene(scene);
        stage.setTitle("Stepwise");
        FirstFrame.then(this::complete);
        stage.fullScreenProperty().addListener((obs, was, full) -> {
            if (!full && presentation) {
                setPresentation(false);
            }
        });
        stage.setOnHidden(e -> {
            try {
                last.remember(currentSession());
            } finally {
                host.dispose();
            }
        });
        // Also the scene's fill: the window opens in the theme's background, not white, until its
        // first frame is drawn. The theme's stylesheet itself waits for it (complete()).
        showDark(Themes.remembered());
    }

    /**
     * What the first frame does without: the theme first (before any control exists, so JavaFX
     * never reads its default Modena sheet), then the controls, then the icons, whose PNG
     * decoding would have competed with the first frame for the cores.
     */
    private void complete() {
        if (completed) {
            return;
        }
        completed = true;
        Themes.apply(darkItem.isSelected());
        MenuBar bar = menuBar();
        shortcuts.cover(bar);
        menuSlot.getChildren().setAll(bar);
        catalogView.showEntries();
        // The search field would take the keyboard as the first control to arrive, hiding its
        // prompt ("Search lessons") on the welcome screen; it is a click or Ctrl+F away.
        if (host.current().isEmpty()) {
            root.requestFocus();
        }
        AppIcons.applyTo(stage);
    }

    /** Ctrl+F; pressed before the window is complete, it completes it first (the theme before the field). */
    private void focusSearch() {
        complete();
        catalogView.focusSearch();
    }

    Stage stage() { return stage; }

    LessonHost host() { return host; }

    CatalogView catalog() { return catalogView; }

    /** The catalog's width in a window this wide: a quarter of it, between 240 and 340 pixels. */
    static double catalogWidth(double windowWidth) {
        return Math.max(240, Math.min(340, windowWidth / 4));
    }

    /** Opens a lesson by id (from the command line or the catalog). */
    LessonPanel<?> openLesson(String id) {
        return host.open(id);
    }

    /** Opens a session file; a clear message and no change when it cannot be read. */
    boolean openSession(Path file) {
        try {
            show(SessionFile.open(file));
            rememberFile(file);
            return true;
        } catch (IllegalArgumentException | java.io.IOException refused) {
            alert("Could not open " + file.getFileName(), refused.getMessage());
            return false;
        }
    }

    /**
     * Opens the lesson that was on screen when the window last closed, where it was left
     * ({@link LastSession}); without a word when there is none or it no longer fits.
     */
    boolean resume() {
        var session = last.read();
        if (session.isEmpty()) {
            return false;
        }
        try {
            show(session.get());
            return true;
        } catch (IllegalArgumentException stale) {
            last.forget();
            return false;
        }
    }

    /** Shows a session's lesson in its state; throws, changing nothing, when it does not fit. */
    private void show(Session session) {
        Lesson<?> lesson = host.lessonCatalog().require(session.lessonId());
        var params = session.paramsFor(lesson);
        // Build the engine once before switching lessons, so a session that does not fit changes nothing.
        lesson.factory().create(session.engineData(), params, session.seed());
        host.forgetLeft(session.lessonId());
        LessonPanel<?> panel = host.open(session.lessonId());
        panel.restore(session.data(), session.standardize(), params, session.seed(), session.step());
    }

    /** The open lesson's state; empty before a lesson is opened. */
    Optional<Session> currentSession() {
        return host.current().map(panel -> new Session(panel.lesson().info().id(), panel.rawData(),
                panel.params().asText(), panel.seed(), panel.shownStep(), panel.standardized()));
    }

    /** Saves the open lesson's state; the previous file survives a failed save. */
    boolean saveSession(Path file) {
        var session = currentSession();
        if (session.isEmpty()) {
            alert("Nothing to save", "Open a lesson first.");
            return false;
        }
        try {
            SessionFile.save(file, session.get());
            rememberFile(file);
            return true;
        } catch (IllegalArgumentException | java.io.IOException failed) {
            alert("Could not save " + file.getFileName(), failed.getMessage());
            return false;
        }
    }

    void setDark(boolean dark) {
        Themes.apply(dark);
        showDark(dark);
    }

    /**
     * Everything but the theme's stylesheet: the menu item, the lesson, the scene's fill and the
     * class by which Stepwise's own sheet colours the window's frame (before the theme is read, too).
     */
    private void showDark(boolean dark) {
        darkItem.setSelected(dark);
        host.setDark(dark);
        if (root.getScene() != null) {
            root.getScene().setFill(Themes.paper(dark));
        }
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(dark ? "dark" : "light");
    }

    boolean isPresentation() { return presentation; }

    void togglePresentation() { setPresentation(!presentation); }

    void setPresentation(boolean on) {
        presentation = on;
        root.setTop(on ? null : menuSlot);
        root.setLeft(on ? null : catalogView);
        host.setPresentation(on);
        if (on) {
            root.getStyleClass().add("presentation");
        } else {
            root.getStyleClass().remove("presentation");
        }
        stage.setFullScreenExitHint(on ? "F11 or Esc leaves presentation mode" : "");
        stage.setFullScreen(on);
    }

    private void lessonOpened(String id) {
        catalogView.select(id);
        if (!id.equals(fileLessonId)) {
            fileLessonId = null;
            fileName = null;
        }
        showTitle();
    }

    /**
     * "Stepwise — Logistic regression", with the session file's name while its lesson is on
     * screen ("Stepwise — Logistic regression (moons.stepwise)"): the title names what is shown.
     */
    private void showTitle() {
        String lesson = host.current().map(panel -> panel.lesson().info().title()).orElse(null);
        if (lesson == null) {
            stage.setTitle("Stepwise");
        } else {
            stage.setTitle("Stepwise — " + lesson + (fileName == null ? "" : " (" + fileName + ")"));
        }
    }

    /** The session file last opened or saved, while its lesson is the one on screen. */
    private void rememberFile(Path file) {
        fileName = String.valueOf(file.getFileName());
        fileLessonId = host.current().map(panel -> panel.lesson().info().id()).orElse(null);
        showTitle();
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open session…", "Shortcut+O", () -> chooseSession(false));
        MenuItem save = item("Save session…", "Shortcut+S", () -> chooseSession(true));
        MenuItem export = item("Export panel as PNG…", "Shortcut+E", this::choosePng);
        MenuItem quit = item("Quit", "Shortcut+Q", stage::close);
        Menu file = new Menu("File", null, open, save, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        darkItem.setOnAction(e -> {
            setDark(darkItem.isSelected());
            Themes.remember(darkItem.isSelected());
        });
        MenuItem present = item("Presentation mode", "F11", this::togglePresentation);
        Menu view = new Menu("View", null, darkItem, present);

        MenuItem keys = item("Keyboard shortcuts", null, () -> alert("Keyboard shortcuts",
                "Space  play / pause\nRight or Page Down  step\nLeft or Page Up  step back\nR  reset\n"
                        + "Home / End  first / newest step\nF11  presentation mode\nCtrl+F  search lessons\n"
                        + "Ctrl+Z / Ctrl+Y  undo / redo a point edit"));
        MenuItem about = item("About Stepwise", null, this::showAbout);
        Menu help = new Menu("Help", null, keys, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Help → About Stepwise; returns the dialog, shown and not waited for. */
    Dialog<?> showAbout() {
        var dialog = AboutDialog.create(stage);
        dialog.show();
        return dialog;
    }

    private void chooseSession(boolean saving) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Stepwise sessions", SESSION_EXTENSION));
        File chosen = saving ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
        if (chosen == null) {
            return;
        }
        Path path = chosen.toPath();
        if (saving) {
            if (!path.getFileName().toString().endsWith(".stepwise")) {
                path = path.resolveSibling(path.getFileName() + ".stepwise");
            }
            saveSession(path);
        } else {
            openSession(path);
        }
    }

    private void choosePng() {
        var panel = host.current().orElse(null);
        if (panel == null) {
            alert("Nothing to export", "Open a lesson first.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images", "*.png"));
        chooser.setInitialFileName(panel.lesson().info().id() + "-step-" + panel.shownStep() + ".png");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null && exportTo(chosen.toPath())) {
            alert("Exported", "Wrote " + chosen + ".");
        }
    }

    /** Writes the open lesson's picture (view, narration, chart) as PNG; says why when it cannot. */
    boolean exportTo(Path file) {
        var panel = host.current().orElse(null);
        if (panel == null) {
            return false;
        }
        try {
            PngExport.write(panel.exportPicture(), file);
            return true;
        } catch (java.io.IOException failed) {
            alert("Could not export", failed.getMessage());
            return false;
        }
    }

    private void alert(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Stepwise");
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.show();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
