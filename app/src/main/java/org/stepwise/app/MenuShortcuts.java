package org.stepwise.app;

import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;

/**
 * The menus' keyboard shortcuts, kept working while the menu bar is out of the scene.
 * Presentation mode takes the bar out, and JavaFX then takes its items' accelerators out of the
 * scene, so F11 entered presentation mode but did not leave it (Esc did, as the end of full
 * screen), and Ctrl+S saved nothing. A key-press filter on the scene fires the item whose
 * shortcut matches and consumes the key, before the bar's own accelerator could fire it twice.
 */
final class MenuShortcuts implements EventHandler<KeyEvent> {

    private final List<MenuItem> items = new ArrayList<>();

    /** Takes in every item of the bar that has a shortcut. */
    void cover(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            cover(menu);
        }
    }

    private void cover(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                cover(submenu);
            } else if (item.getAccelerator() != null) {
                items.add(item);
            }
        }
    }

    @Override
    public void handle(KeyEvent event) {
        for (MenuItem item : items) {
            if (item.getAccelerator().match(event) && !item.isDisable()) {
                event.consume();
                item.fire();
                return;
            }
        }
    }
}
