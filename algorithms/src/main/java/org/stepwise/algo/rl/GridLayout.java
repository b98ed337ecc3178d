package org.stepwise.algo.rl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A grid world's layout: a rectangle of cells written one character a cell, one line a row
 * ({@link GridCell}: {@code #} wall, {@code .} empty, {@code S} start, {@code G} or {@code +} goal,
 * {@code X} or {@code -} pit, {@code C} cliff), exactly one start. In a parameter's one-line form
 * the rows are separated by {@code /} ({@code ...G/.#.X/S...}). Immutable.
 *
 * <p>The built-in layouts: {@code classic}, Russell and Norvig's 4×3 world (<i>AI: A Modern
 * Approach</i>, 3rd ed., Fig. 17.1); {@code cliff}, Sutton and Barto's cliff walking (2nd ed.,
 * Example 6.6); {@code maze}, a small maze with one goal.
 */
public final class GridLayout {

    /** The largest side a layout may have: a cell must stay large enough to read its Q-triangles. */
    public static final int MAX_SIDE = 30;

    private static final Map<String, String> BUILT_IN = Map.of(
            "classic", "...G/.#.X/S...",
            "cliff", "............/............/............/SCCCCCCCCCCG",
            "maze", "S..#......../.#.#.####.#./.#...#....#./.#####.##.#./...#...#..../.#.#.#.#.##./.#...#...#../.###.#.#.#.G");

    private final int rows;
    private final int columns;
    private final GridCell[] cells;
    private final int start;

    private GridLayout(int rows, int columns, GridCell[] cells) {
        this.rows = rows;
        this.columns = columns;
        this.cells = cells;
        this.start = Arrays.asList(cells).indexOf(GridCell.START);
    }

    /** The names of the built-in layouts, in the sheet's order. */
    public static List<String> builtInNames() { return List.of("classic", "cliff", "maze"); }

    /**
     * The layout a parameter names: a built-in name or a layout's text.
     *
     * @throws IllegalArgumentException naming the line and column of the first mistake
     */
    public static GridLayout of(String nameOrText) {
        String builtIn = BUILT_IN.get(nameOrText.strip());
        return parse(builtIn != null ? builtIn : nameOrText);
    }

    /** Why {@code nameOrText} is no layout, in one sentence, or null when it is one. */
    public static String problem(String nameOrText) {
        try {
            of(nameOrText);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * Reads a layout: rows on lines (or separated by {@code /} when the text has no line break),
     * blank lines before and after ignored, trailing spaces ignored.
     *
     * @throws IllegalArgumentException naming the line and column of the first mistake
     */
    public static GridLayout parse(String text) {
        String[] lines = text.indexOf('\n') >= 0 || text.indexOf('/') < 0 ? text.split("\r?\n", -1) : text.split("/", -1);
        int first = 0;
        int last = lines.length - 1;
        while (first <= last && lines[first].isBlank()) {
            first++;
        }
        while (last >= first && lines[last].isBlank()) {
            last--;
        }
        if (first > last) {
            throw new IllegalArgumentException("The layout is empty: write one line of cells per row"
                    + " (# wall, . empty, S start, G goal, X pit, C cliff).");
        }
        int columns = lines[first].stripTrailing().length();
        List<GridCell> cells = new ArrayList<>();
        int startLine = -1;
        for (int i = first; i <= last; i++) {
            String line = lines[i].stripTrailing();
            int lineNumber = i + 1;
            if (line.length() != columns) {
                throw new IllegalArgumentException("Line " + lineNumber + " of the layout has " + line.length()
                        + " cells, and line " + (first + 1) + " has " + columns + ": every row must be as long.");
            }
            for (int c = 0; c < columns; c++) {
                GridCell cell = GridCell.of(line.charAt(c));
                String where = "line " + lineNumber + ", column " + (c + 1);
                if (cell == null) {
                    throw new IllegalArgumentException("The layout's " + where + " holds '" + line.charAt(c)
                            + "', which is no cell: use # wall, . empty, S start, G or + goal, X or - pit, C cliff.");
                }
                if (cell == GridCell.START) {
                    if (startLine >= 0) {
                        throw new IllegalArgumentException("The layout's " + where + " is a second start S;"
                                + " a layout has exactly one.");
                    }
                    startLine = lineNumber;
                }
                cells.add(cell);
            }
        }
        int rows = last - first + 1;
        if (rows > MAX_SIDE || columns > MAX_SIDE) {
            throw new IllegalArgumentException("The layout is " + rows + " × " + columns + " cells; at most "
                    + MAX_SIDE + " × " + MAX_SIDE + " fit on the screen.");
        }
        if (startLine < 0) {
            throw new IllegalArgumentException("The layout has no start: put one S on line " + (first + 1)
                    + " to " + (last + 1) + ".");
        }
        return new GridLayout(rows, columns, cells.toArray(GridCell[]::new));
    }

    public int rows() { return rows; }

    public int columns() { return columns; }

    /** How many cells, rows × columns; cell i is at row i / columns, column i % columns. */
    public int size() { return cells.length; }

    public GridCell cell(int index) { return cells[index]; }

    public GridCell cell(int row, int column) { return cells[row * columns + column]; }

    /** The start's cell index. */
    public int start() { return start; }

    /** Whether any cell ends an episode. */
    public boolean hasTerminal() {
        return Arrays.stream(cells).anyMatch(GridCell::terminal);
    }

    /**
     * The same layout with one cell changed: a new start replaces the old (which becomes empty);
     * the start itself is changed only by moving it.
     */
    public GridLayout with(int row, int column, GridCell kind) {
        int index = row * columns + column;
        if (cells[index] == GridCell.START || cells[index] == kind) {
            return this;
        }
        GridCell[] changed = cells.clone();
        if (kind == GridCell.START) {
            changed[start] = GridCell.EMPTY;
        }
        changed[index] = kind;
        return new GridLayout(rows, columns, changed);
    }

    /** The one-line form a parameter holds: rows separated by {@code /}. */
    public String text() {
        StringBuilder text = new StringBuilder(cells.length + rows);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0 && i % columns == 0) {
                text.append('/');
            }
            text.append(cells[i].symbol());
        }
        return text.toString();
    }

    /** The name of the built-in layout this is, or null for a layout of the learner's own. */
    public String builtInName() {
        String text = text();
        return BUILT_IN.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** "line 3, column 5": where a cell is written in the layout (from 1, as an editor counts). */
    public String where(int index) {
        return "line " + (index / columns + 1) + ", column " + (index % columns + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GridLayout that && that.columns == columns && Arrays.equals(that.cells, cells);
    }

    @Override
    public int hashCode() { return 31 * columns + Arrays.hashCode(cells); }

    @Override
    public String toString() { return text(); }
}
