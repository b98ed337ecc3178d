package org.stepwise.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.data.Dataset;

class SessionFileTest {

    @TempDir
    Path folder;

    private static Dataset blobs() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] x = new double[30][2];
        int[] labels = new int[30];
        for (int i = 0; i < x.length; i++) {
            labels[i] = i % 3;
            // Awkward doubles on purpose: the round trip must keep every bit.
            x[i][0] = labels[i] + random.nextGaussian() / 3;
            x[i][1] = -labels[i] * 0.1 + random.nextDouble() * 1e-9;
        }
        return Dataset.classification("blobs", x, labels, List.of("x1", "x2"), List.of("red", "green", "blue"));
    }

    private static Session session(Dataset data) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("learningRate", "0.1");
        params.put("penalty", "l2");
        return new Session("logistic-regression", data, params, -42L, 17);
    }

    @Test
    void aSavedSessionOpensEqualIncludingAnAddedPoint() throws IOException {
        Session session = session(blobs().withRow(new double[] {0.30000000000000004, -1e-300}, 2));
        Path file = folder.resolve("demo.stepwise");

        SessionFile.save(file, session);

        Session opened = SessionFile.open(file);
        assertThat(opened).isEqualTo(session);
        assertThat(opened.data().size()).isEqualTo(31);
        assertThat(opened.data().row(30)).containsExactly(0.30000000000000004, -1e-300);
        assertThat(opened.params()).containsExactly(Map.entry("learningRate", "0.1"), Map.entry("penalty", "l2"));
    }

    @Test
    void theStandardizeOptionRoundTripsWithTheRawData() throws IOException {
        Dataset raw = blobs().withRow(new double[] {7.25, -3}, 1);
        Session session = new Session("logistic-regression", raw, Map.of("C", "1.0"), 3, 9, true);
        Path file = folder.resolve("scaled.stepwise");

        SessionFile.save(file, session);

        Map<String, Object> json = JSON.std.mapFrom(Files.readString(file));
        assertThat(json).containsEntry("standardize", true).containsEntry("version", 2);
        Session opened = SessionFile.open(file);
        assertThat(opened).isEqualTo(session);
        assertThat(opened.standardize()).isTrue();
        // The file keeps the data as the learner has it; the engine gets it standardized.
        assertThat(opened.data()).isEqualTo(raw);
        assertThat(opened.engineData()).isEqualTo(org.stepwise.data.Standardizer.standardized(raw));
        assertThat(opened.engineData().featureNames()).containsExactly("x1 (standardized)", "x2 (standardized)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void heldOutRowsRoundTripAsRowNumbersInVersionThree() throws IOException {
        boolean[] mask = new boolean[31];
        mask[2] = true;
        mask[30] = true;
        Dataset raw = blobs().withRow(new double[] {7.25, -3}, 1).withHeldOut(mask);
        Session session = new Session("logistic-regression", raw, Map.of("C", "1.0"), 3, 9, true);
        Path file = folder.resolve("held.stepwise");

        SessionFile.save(file, session);

        Map<String, Object> json = JSON.std.mapFrom(Files.readString(file));
        assertThat(json).containsEntry("version", 3);
        assertThat((Map<String, Object>) json.get("data")).containsEntry("heldOut", List.of(2, 30));
        Session opened = SessionFile.open(file);
        assertThat(opened).isEqualTo(session);
        assertThat(opened.data().heldOutMask()).containsExactly(mask);
        // The engine gets the 29 training rows, standardized by their own means and scales.
        assertThat(opened.engineData()).isEqualTo(org.stepwise.data.Standardizer.standardized(raw).training());
        assertThat(opened.engineData().size()).isEqualTo(29);
    }

    @Test
    void digitsOpensAsImagesAndAShapeThatDoesNotFitIsRefused() throws IOException {
        Dataset digits = org.stepwise.data.BuiltInDatasets.load("digits").selectRows(new int[] {0, 1, 2});
        Path file = folder.resolve("digits.stepwise");

        SessionFile.save(file, new Session("knn", digits, Map.of(), 0, 1));

        assertThat(SessionFile.open(file).data().imageWidth()).isEqualTo(8);
        // Equal in every part, the target's name ("digit") too, which a classification set lost.
        assertThat(SessionFile.open(file).data()).isEqualTo(digits);
        assertRefused(editedData(data -> data.put("imageShape", List.of(3, 3))), "3 × 3 pixels needs 9 features");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[2, 2.5]", "[-1]", "[2]", "\"1\""})
    void heldOutRowsThatAreNotRowNumbersOfTheDataAreRefused(String rows) throws IOException {
        Path file = editedData(data -> data.put("heldOut", parsed(rows)));

        assertRefused(file, "'heldOut'");
    }

    private static Object parsed(String text) {
        try {
            return JSON.std.anyFrom(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSessionWithoutTheOptionIsWrittenAsVersionOneWithTheFlagFalse() throws IOException {
        Path file = folder.resolve("plain.stepwise");

        SessionFile.save(file, session(blobs()));

        Map<String, Object> json = JSON.std.mapFrom(Files.readString(file));
        assertThat(json).containsEntry("standardize", false).containsEntry("version", 1);
        assertThat(SessionFile.open(file).engineData()).isEqualTo(blobs());
    }

    @Test
    void anOldFileWithoutTheStandardizeFlagOpensUnstandardized() throws IOException {
        // Written by Stepwise before the data option existed: version 1, no "standardize".
        Path file = write("old.stepwise", "{\"format\": \"stepwise-session\", \"version\": 1, "
                + "\"lesson\": \"logistic-regression\", \"seed\": 0, \"step\": 4, \"params\": {\"C\": \"1.0\"}, "
                + "\"data\": {\"name\": \"pair\", \"featureNames\": [\"a\", \"b\"], \"targetName\": \"class\", "
                + "\"classNames\": [\"no\", \"yes\"], \"features\": [1, 2, 3, 4], \"targets\": [0, 1]}}");

        Session opened = SessionFile.open(file);

        assertThat(opened.standardize()).isFalse();
        assertThat(opened.step()).isEqualTo(4);
        assertThat(opened.engineData()).isSameAs(opened.data());
        assertThat(opened.data().row(1)).containsExactly(3.0, 4.0);
    }

    @Test
    void aStandardizeFlagThatIsNotABooleanIsRefused() throws IOException {
        assertRefused(edited(json -> json.put("standardize", "yes")), "'standardize' is yes, not true or false");
    }

    @Test
    void regressionDataAndNoDataRoundTrip() throws IOException {
        Dataset line = Dataset.regression("line", new double[][] {{1}, {2}, {3}}, new double[] {2.5, 4.75, -7},
                List.of("x"), "y");
        Session withData = new Session("linear", line, Map.of(), Long.MAX_VALUE, 0);
        Session withoutData = new Session("optimizers", null, Map.of("surface", "rosenbrock"), Long.MIN_VALUE, 3);
        Path first = folder.resolve("a.stepwise");
        Path second = folder.resolve("b.stepwise");

        SessionFile.save(first, withData);
        SessionFile.save(second, withoutData);

        assertThat(SessionFile.open(first)).isEqualTo(withData);
        assertThat(SessionFile.open(second)).isEqualTo(withoutData);
    }

    @Test
    void theFileIsJsonInTheDocumentedLayout() throws IOException {
        Path file = folder.resolve("layout.stepwise");
        Dataset two = Dataset.classification("pair", new double[][] {{1, 2}, {3, 4}}, new int[] {0, 1},
                List.of("a", "b"), List.of("no", "yes"));

        SessionFile.save(file, new Session("logistic-regression", two, Map.of("C", "1.0"), 5, 2));

        Map<String, Object> json = JSON.std.mapFrom(Files.readString(file));
        assertThat(json).containsEntry("format", "stepwise-session").containsEntry("version", 1)
                .containsEntry("lesson", "logistic-regression").containsEntry("seed", 5).containsEntry("step", 2)
                .containsEntry("params", Map.of("C", "1.0"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) json.get("data");
        assertThat(data).containsEntry("name", "pair")
                .containsEntry("featureNames", List.of("a", "b")).containsEntry("targetName", "class")
                .containsEntry("classNames", List.of("no", "yes"))
                .containsEntry("features", List.of(1.0, 2.0, 3.0, 4.0)).containsEntry("targets", List.of(0.0, 1.0));
    }

    @Test
    void aSaveThatFailsHalfWayLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path file = folder.resolve("lesson.stepwise");
        SessionFile.save(file, session(blobs()));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> SessionFile.save(file, session(blobs().withRow(new double[] {9, 9}, 0)),
                (out, bytes) -> {
                    out.write(bytes, 0, bytes.length / 2);
                    throw new IOException("No space left on device");
                })).isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(SessionFile.open(file)).isEqualTo(session(blobs()));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSaveReplacesTheOldFileInOneStep() throws IOException {
        Path file = folder.resolve("lesson.stepwise");
        SessionFile.save(file, session(blobs()));
        Session edited = session(blobs().withoutRow(0));

        SessionFile.save(file, edited);

        assertThat(SessionFile.open(file)).isEqualTo(edited);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void savingIntoAMissingFolderFailsAndCreatesNothing() {
        Path file = folder.resolve("gone").resolve("lesson.stepwise");

        assertThatThrownBy(() -> SessionFile.save(file, session(null))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("there is no such folder");
        assertThat(folder.resolve("gone")).doesNotExist();
    }

    // Opening refuses everything that is not a complete session, and changes nothing.

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json at all", "{\"format\": \"stepwise-session\", \"version\": 1,",
        "{\"format\": NaN}", "[1, 2", "{\"format\": \"stepwise-session\"} {\"format\": \"other\"}",
        "{\"format\": \"stepwise-session\", \"format\": \"stepwise-session\"}"})
    void aFileThatIsNotJsonIsRefused(String text) throws IOException {
        Path file = write("broken.stepwise", text);

        assertRefused(file, "'broken.stepwise' is not a Stepwise session");
    }

    @Test
    void aTruncatedSessionIsRefused() throws IOException {
        Path file = folder.resolve("cut.stepwise");
        SessionFile.save(file, session(blobs()));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));

        assertRefused(file, "not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": \"iris\", \"rows\": 150}", "[{\"format\": \"stepwise-session\"}]", "null", "42",
        "{\"format\": \"stepwise-notebook\", \"version\": 1}", "{\"version\": 1, \"lesson\": \"kmeans\"}"})
    void foreignJsonIsRefused(String text) throws IOException {
        Path file = write("other.json", text);

        assertRefused(file, "is JSON, but not a Stepwise session");
    }

    @Test
    void aNewerVersionIsRefusedSayingSo() throws IOException {
        Path file = edited(json -> json.put("version", 4));

        assertRefused(file, "saved by a newer Stepwise (session version 4); this Stepwise opens version 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"version", "lesson", "seed", "step", "params", "data"})
    void aMissingFieldIsRefused(String field) throws IOException {
        Path file = edited(json -> json.remove(field));

        assertRefused(file, "it has no '" + field + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "featureNames", "targetName", "classNames", "features", "targets"})
    void aMissingDataFieldIsRefused(String field) throws IOException {
        Path file = editedData(data -> data.remove(field));

        assertRefused(file, "it has no '" + field + "'");
    }

    @Test
    void fieldsOfTheWrongKindAreRefused() throws IOException {
        assertRefused(edited(json -> json.put("version", 0)), "'version' is 0, outside");
        assertRefused(edited(json -> json.put("seed", 1.5)), "'seed' is 1.5, not a whole number");
        assertRefused(edited(json -> json.put("step", -3)), "'step' is -3, outside");
        assertRefused(edited(json -> json.put("step", 3_000_000_000L)), "'step' is 3000000000, outside");
        assertRefused(edited(json -> json.put("lesson", 7)), "'lesson' is not text");
        assertRefused(edited(json -> json.put("params", List.of("C"))), "'params' is not an object");
        assertRefused(edited(json -> json.put("params", Map.of("C", List.of()))), "parameter 'C' has no value");
        assertRefused(editedData(data -> data.put("features", "1,2,3")), "'features' is not an array");
        assertRefused(editedData(data -> data.put("classNames", List.of(1, 2))), "'classNames' holds 1, not text");
    }

    @Test
    void nonFiniteNumbersAreRefused() throws IOException {
        Path file = folder.resolve("huge.stepwise");
        SessionFile.save(file, session(blobs()));
        // 1e999 is valid JSON syntax but parses as infinity.
        Files.writeString(file, Files.readString(file).replaceFirst("\"features\" : \\[ [^,]+,", "\"features\" : [ 1e999,"));

        assertRefused(file, "'features' holds Infinity at position 1, not a finite number");
    }

    @Test
    void dataThatFailsTheDatasetChecksIsRefused() throws IOException {
        assertRefused(editedData(data -> data.put("targets", List.of(0.0, 7.0))), "row 2: class 7 is not one of the 2 classes");
        assertRefused(editedData(data -> data.put("targets", List.of(0.0, 0.5))), "the class of row 2 is 0.5");
        assertRefused(editedData(data -> data.put("features", List.of(1.0, 2.0, 3.0))),
                "2 targets and 2 feature columns, so 4 feature values are expected; it has 3");
        assertRefused(editedData(data -> data.put("featureNames", List.of())), "no feature columns");
    }

    @Test
    void aFileLargerThanASessionCanBeIsRefusedUnread() throws IOException {
        Path file = folder.resolve("giant.stepwise");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SessionFile.MAX_BYTES + 1);
        }

        assertRefused(file, "a session file is at most 200 MB");
    }

    @Test
    void aFolderOrAMissingFileIsNotASession() throws IOException {
        Path directory = Files.createDirectory(folder.resolve("lessons.stepwise"));

        assertThatThrownBy(() -> SessionFile.open(directory)).isInstanceOf(SessionFormatException.class)
                .hasMessageContaining("is a folder");
        assertThatThrownBy(() -> SessionFile.open(folder.resolve("nothing.stepwise")))
                .isInstanceOf(NoSuchFileException.class);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A valid session file of two points, changed by {@code edit}. */
    private Path edited(Consumer<Map<String, Object>> edit) throws IOException {
        Dataset two = Dataset.classification("pair", new double[][] {{1, 2}, {3, 4}}, new int[] {0, 1},
                List.of("a", "b"), List.of("no", "yes"));
        Map<String, Object> json = new LinkedHashMap<>(SessionJson.toJson(new Session("logistic-regression", two,
                Map.of("C", "1.0"), 5, 2)));
        edit.accept(json);
        return write("edited.stepwise", JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES).asString(json));
    }

    @SuppressWarnings("unchecked")
    private Path editedData(Consumer<Map<String, Object>> edit) throws IOException {
        return edited(json -> {
            Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) json.get("data"));
            edit.accept(data);
            json.put("data", data);
        });
    }

    private void assertRefused(Path file, String expected) throws IOException {
        byte[] before = Files.readAllBytes(file);
        List<Path> filesBefore;
        try (var files = Files.list(folder)) {
            filesBefore = files.sorted().toList();
        }

        assertThatThrownBy(() -> SessionFile.open(file)).isInstanceOf(SessionFormatException.class)
                .hasMessageContaining(expected).hasMessageStartingWith("'" + file.getFileName() + "'");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files.sorted().toList()).isEqualTo(filesBefore);
        }
    }
}
