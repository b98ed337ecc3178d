package org.stepwise.app.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stepwise list [--json]}: every lesson's id, title, family and level. */
@Command(name = "list", description = "List every lesson: id, title, family, level.")
final class ListCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print a JSON array of {id, title, family, level}")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Lesson<?> lesson : LessonCatalog.load().lessons()) {
            LessonInfo info = lesson.info();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", info.id());
            row.put("title", info.title());
            row.put("family", info.family());
            row.put("level", info.level().number());
            rows.add(row);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.std.asString(rows));
        } else {
            out.printf("%-22s %-34s %-10s %s%n", "ID", "TITLE", "FAMILY", "LEVEL");
            for (Map<String, Object> row : rows) {
                out.printf("%-22s %-34s %-10s %s%n", row.get("id"), row.get("title"), row.get("family"), row.get("level"));
            }
        }
        return 0;
    }
}
