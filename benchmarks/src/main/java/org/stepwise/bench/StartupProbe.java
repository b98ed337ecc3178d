package org.stepwise.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start to first frame, median of N runs, for the built app and for a plain JavaFX window
 * started from the same JVM in the same run (the baseline). Needs a display (Xvfb will do).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.stepwise.bench.StartupProbe app/target/stepwise.jar 10</pre>
 *
 * <p>With {@code --launcher PATH} first, it also times an installed launcher (e.g.
 * {@code /opt/stepwise/bin/Stepwise}) in the same runs, given the property through
 * {@code JAVA_TOOL_OPTIONS} since a jpackage launcher takes no JVM options, and prints its ratio
 * to the plain jar. Each command reports its JVM uptime at the first frame; the wall-clock time
 * from starting the process to that line is printed too, since it also counts what a launcher
 * does before the JVM starts.
 *
 * <p>The app's first frame is its window's frame (theme, catalog heading, welcome text, the space
 * kept for the menu bar); the menu bar, catalog list and search field join right after it. The
 * probe also reports "window complete": the JVM uptime when the frame showing those has been
 * drawn (for the plain window, two pulses after its first frame).
 */
public final class StartupProbe {

    private static final String EXIT_AFTER_FIRST_FRAME = "-Dstepwise.exitAfterFirstFrame=true";

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        String launcher = null;
        if (!rest.isEmpty() && rest.get(0).equals("--launcher")) {
            launcher = rest.get(1);
            rest = rest.subList(2, rest.size());
        }
        String appJar = rest.size() > 0 ? rest.get(0) : "app/target/stepwise.jar";
        int runs = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 10;
        String benchJar = StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        String java = System.getProperty("java.home") + "/bin/java";

        Map<String, Probe> probes = new LinkedHashMap<>();
        if (launcher != null) {
            probes.put("installed launcher", new Probe(List.of(launcher), EXIT_AFTER_FIRST_FRAME));
        }
        probes.put("app jar", new Probe(List.of(java, EXIT_AFTER_FIRST_FRAME, "-jar", appJar), null));
        probes.put("plain JavaFX", new Probe(List.of(java, "-cp", benchJar, "org.stepwise.bench.HelloFx$Main"), null));
        for (int i = 0; i < runs; i++) {
            for (Probe probe : probes.values()) {
                probe.run();
            }
        }
        for (var entry : probes.entrySet()) {
            Probe probe = entry.getValue();
            System.out.printf("%s first frame: median %d ms over %d runs %s; wall clock median %d ms %s;"
                    + " window complete: median %d ms %s%n", entry.getKey(), median(probe.uptimes), runs,
                    probe.uptimes, median(probe.walls), probe.walls, median(probe.completes), probe.completes);
        }
        Probe jar = probes.get("app jar");
        Probe plain = probes.get("plain JavaFX");
        System.out.printf("ratio app / plain JavaFX: %.2f (window complete %.2f)%n",
                (double) median(jar.uptimes) / median(plain.uptimes),
                (double) median(jar.completes) / median(plain.completes));
        if (launcher != null) {
            Probe installed = probes.get("installed launcher");
            System.out.printf("ratio installed launcher / app jar: %.2f (wall clock %.2f); installed launcher / plain"
                    + " JavaFX from the jar: %.2f%n",
                    (double) median(installed.uptimes) / median(jar.uptimes),
                    (double) median(installed.walls) / median(jar.walls),
                    (double) median(installed.uptimes) / median(plain.uptimes));
        }
    }

    /** One command timed again and again; {@code toolOptions} goes to the JVM through the environment. */
    private static final class Probe {
        final List<String> command;
        final String toolOptions;
        final List<Long> uptimes = new ArrayList<>();
        final List<Long> walls = new ArrayList<>();
        final List<Long> completes = new ArrayList<>();

        Probe(List<String> command, String toolOptions) {
            this.command = command;
            this.toolOptions = toolOptions;
        }

        void run() throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (toolOptions != null) {
                builder.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
            }
            long started = System.nanoTime();
            Process process = builder.start();
            long found = -1;
            long wall = -1;
            long complete = -1;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("first-frame-ms=")) {
                        wall = (System.nanoTime() - started) / 1_000_000;
                        found = Long.parseLong(line.substring("first-frame-ms=".length()).trim());
                    } else if (line.startsWith("window-complete-ms=")) {
                        complete = Long.parseLong(line.substring("window-complete-ms=".length()).trim());
                    }
                }
            }
            process.waitFor();
            if (found < 0 || complete < 0) {
                throw new IllegalStateException("no first frame or complete window reported by " + command);
            }
            uptimes.add(found);
            walls.add(wall);
            completes.add(complete);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
