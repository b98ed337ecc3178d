package org.stepwise.viz.lesson.params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * The sheet's rows under their headings ({@link org.stepwise.algo.ParamSpec#group()}), in the
 * order of each heading's first parameter. A heading is a button that opens and closes its
 * section; whether it is open is remembered for the lesson while the application runs, so a
 * new run, a restored session or a return to the lesson shows the sheet as the learner left
 * it. Rows without a group come first, without a heading (all of them, when no parameter has a
 * group).
 */
final class SheetSections {

    /** Open or closed, by lesson (its parameters' names) and heading, for as long as the application runs. */
    private static final Map<String, Boolean> REMEMBERED = new ConcurrentHashMap<>();

    private final List<Section> sections = new ArrayList<>();
    private final String lessonKey;
    private final Runnable relayout;

    SheetSections(List<ParamRow> rows, Runnable relayout) {
        this.relayout = relayout;
        this.lessonKey = String.join(",", rows.stream().map(row -> row.spec().name()).toList());
        Map<String, List<ParamRow>> byHeading = new LinkedHashMap<>();
        byHeading.put("", new ArrayList<>());
        for (ParamRow row : rows) {
            byHeading.computeIfAbsent(row.spec().group(), heading -> new ArrayList<>()).add(row);
        }
        byHeading.forEach((heading, members) -> {
            if (!members.isEmpty()) {
                sections.add(new Section(heading, members));
            }
        });
    }

    List<Section> sections() { return sections; }

    /** Forgets every remembered section, as a new start of the application does (tests). */
    static void forgetAll() { REMEMBERED.clear(); }

    List<String> headings() {
        return sections.stream().filter(section -> section.heading != null).map(section -> section.title).toList();
    }

    boolean isOpen(String heading) { return find(heading).isOpen(); }

    void setOpen(String heading, boolean open) { find(heading).setOpen(open); }

    private Section find(String heading) {
        return sections.stream().filter(section -> section.heading != null && section.title.equals(heading))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no heading '" + heading + "'"));
    }

    /** The rows under one heading, and the heading (null for the rows that have none). */
    final class Section {
        private final String title;
        private final List<ParamRow> rows;
        private final Button heading;
        private final Label arrow = new Label();

        private Section(String title, List<ParamRow> rows) {
            this.title = title;
            this.rows = List.copyOf(rows);
            if (title.isEmpty()) {
                heading = null;
                return;
            }
            heading = new Button(title, arrow);
            heading.getStyleClass().addAll("param-heading", "flat");
            heading.setAlignment(Pos.CENTER_LEFT);
            heading.setMaxWidth(Double.MAX_VALUE);
            heading.setMnemonicParsing(false);
            heading.setOnAction(e -> setOpen(!isOpen()));
            arrow.getStyleClass().add("param-heading-arrow");
            REMEMBERED.putIfAbsent(key(), rows.get(0).spec().groupStartsOpen());
            showArrow();
        }

        Button heading() { return heading; }

        List<ParamRow> rows() { return rows; }

        boolean isOpen() { return heading == null || REMEMBERED.get(key()); }

        private void setOpen(boolean open) {
            if (heading == null || open == isOpen()) {
                return;
            }
            REMEMBERED.put(key(), open);
            showArrow();
            relayout.run();
        }

        private void showArrow() {
            arrow.setText(isOpen() ? "▾" : "▸");
            heading.getProperties().put("open", isOpen());
        }

        private String key() { return lessonKey + "/" + title; }
    }
}
