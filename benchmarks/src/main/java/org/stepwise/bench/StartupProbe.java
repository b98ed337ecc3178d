package org.stepwise.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Start to first frame, median of N runs, for the built app and for a plain JavaFX window
 * started from the same JVM in the same run (the baseline). Needs a display (Xvfb will do).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.stepwise.bench.StartupProbe app/target/stepwise.jar 10</pre>
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String appJar = args.length > 0 ? args[0] : "app/target/stepwise.jar";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String benchJar = StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        String java = System.getProperty("java.home") + "/bin/java";
        List<Long> app = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            app.add(firstFrame(List.of(java, "-Dstepwise.exitAfterFirstFrame=true", "-jar", appJar)));
            plain.add(firstFrame(List.of(java, "-cp", benchJar, "org.stepwise.bench.HelloFx$Main")));
        }
        long appMedian = median(app);
        long plainMedian = median(plain);
        System.out.printf("app first frame: median %d ms over %d runs %s%n", appMedian, runs, app);
        System.out.printf("plain JavaFX first frame: median %d ms %s%n", plainMedian, plain);
        System.out.printf("ratio app / plain JavaFX: %.2f%n", (double) appMedian / plainMedian);
    }

    private static long firstFrame(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long found = -1;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("first-frame-ms=")) {
                    found = Long.parseLong(line.substring("first-frame-ms=".length()).trim());
                }
            }
        }
        process.waitFor();
        if (found < 0) {
            throw new IllegalStateException("no first frame reported by " + command);
        }
        return found;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
