package org.stepwise.app.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stepwise.viz.lesson.LessonInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise list [--json]}: every lesson's id, title, family and curriculum level, as a
 * text table or as a JSON array of {@code {"id", "title", "family", "level"}} (level 1 to 6).
 * Both shapes are a public interface (DESIGN.md) and stay stable.
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "List every lesson: id, title, family, level (1 to 6).")
final class ListCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print a JSON array of {\"id\", \"title\", \"family\", \"level\"}.")
    boolean json;

    @ParentCommand
    StepwiseCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LessonInfo info : parent.catalog().infos()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", info.id());
            row.put("title", info.title());
            row.put("family", info.family());
            row.put("level", info.level().number());
            rows.add(row);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.std.asString(rows));
        } else {
            printTable(rows, out);
        }
        return StepwiseCommand.OK;
    }

    private static void printTable(List<Map<String, Object>> rows, PrintWriter out) {
        List<String> columns = List.of("id", "title", "family", "level");
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (Map<String, Object> row : rows) {
                widths[c] = Math.max(widths[c], String.valueOf(row.get(columns.get(c))).length());
            }
        }
        StringBuilder header = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            header.append(pad(columns.get(c).toUpperCase(java.util.Locale.ROOT), widths[c], c == columns.size() - 1));
        }
        out.println(header);
        for (Map<String, Object> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                line.append(pad(String.valueOf(row.get(columns.get(c))), widths[c], c == columns.size() - 1));
            }
            out.println(line);
        }
    }

    private static String pad(String text, int width, boolean last) {
        return last ? text : text + " ".repeat(width - text.length() + 2);
    }
}
