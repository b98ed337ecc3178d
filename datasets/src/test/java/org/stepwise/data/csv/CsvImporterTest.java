package org.stepwise.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.data.DataSources;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;

class CsvImporterTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static Dataset readLastColumn(Path file) {
        return CsvImporter.read(file, ImportChoice.lastColumnTarget(CsvImporter.preview(file).columns().size()));
    }

    @Test
    void readsTextClassesSortedAndNumbers() throws IOException {
        Path file = write("pets.csv", "weight,height,kind\n4.0,30,cat\n30,60,dog\n5,25,cat\n");
        Dataset data = readLastColumn(file);
        assertThat(data.name()).isEqualTo("pets");
        assertThat(data.classNames()).containsExactly("cat", "dog");
        assertThat(data.labels()).containsExactly(0, 1, 0);
        assertThat(data.row(1)).containsExactly(30, 60);
        assertThat(data.featureNames()).containsExactly("weight", "height");
    }

    @Test
    void wholeNumberTargetsAreClassesInNumericOrderAndRealsAreRegression() throws IOException {
        Dataset classes = readLastColumn(write("a.csv", "x,y\n1,10\n2,2\n3,10\n"));
        assertThat(classes.classNames()).containsExactly("2", "10");
        Dataset regression = readLastColumn(write("b.csv", "x,y\n1,0.5\n2,1.5\n"));
        assertThat(regression.isClassification()).isFalse();
        assertThat(regression.targets()).containsExactly(0.5, 1.5);
    }

    @Test
    void previewShowsHeaderFirstRowsAndCount() throws IOException {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 30; i++) {
            text.append(i).append(',').append(i % 2).append('\n');
        }
        CsvPreview preview = CsvImporter.preview(write("p.csv", text.toString()));
        assertThat(preview.columns()).containsExactly("a", "b");
        assertThat(preview.rows()).hasSize(CsvImporter.PREVIEW_ROWS);
        assertThat(preview.rowCount()).isEqualTo(30);
    }

    @Test
    void chosenColumnsOnly() throws IOException {
        Path file = write("c.csv", "id,a,b,label\nx1,1,2,p\nx2,3,4,q\n");
        Dataset data = CsvImporter.read(file, new ImportChoice(List.of(2, 1), 3, ImportChoice.TargetKind.CLASSIFICATION));
        assertThat(data.featureNames()).containsExactly("b", "a");
        assertThat(data.row(0)).containsExactly(2, 1);
    }

    @Test
    void raggedRowNamesItsLine() throws IOException {
        Path file = write("r.csv", "a,b,c\n1,2,0\n1,2\n");
        assertThatThrownBy(() -> readLastColumn(file)).isInstanceOf(DataImportException.class)
                .hasMessage("line 3 has 2 cells; the header has 3");
    }

    @Test
    void nonNumericCellNamesLineAndColumn() throws IOException {
        Path file = write("n.csv", "a,b,c\n1,2,0\n1,two,1\n");
        assertThatThrownBy(() -> readLastColumn(file)).hasMessage("line 3, column 'b': 'two' is not a number");
    }

    @Test
    void nanInfinityAndEmptyCellsAreRefused() throws IOException {
        assertThatThrownBy(() -> readLastColumn(write("nan.csv", "a,c\nNaN,0\n1,1\n")))
                .hasMessage("line 2, column 'a': 'NaN' is not a finite number");
        assertThatThrownBy(() -> readLastColumn(write("inf.csv", "a,c\n1,0\nInfinity,1\n")))
                .hasMessage("line 3, column 'a': 'Infinity' is not a finite number");
        assertThatThrownBy(() -> readLastColumn(write("empty-cell.csv", "a,b,c\n1,,0\n")))
                .hasMessage("line 2, column 'b': the cell is empty");
    }

    @Test
    void emptyFileAndHeaderOnly() throws IOException {
        assertThatThrownBy(() -> CsvImporter.preview(write("empty.csv", "")))
                .hasMessageContaining("is empty");
        Path headerOnly = write("header.csv", "a,b\n");
        assertThatThrownBy(() -> CsvImporter.read(headerOnly, ImportChoice.lastColumnTarget(2)))
                .hasMessage("header.csv has a header but no data rows");
    }

    @Test
    void singleClassIsRefused() throws IOException {
        Path file = write("one.csv", "a,kind\n1,cat\n2,cat\n");
        assertThatThrownBy(() -> readLastColumn(file))
                .hasMessage("the target column 'kind' has only one class ('cat'); a classifier needs at least two");
    }

    @Test
    void fileOverAMillionRowsIsRefusedWhileStreaming() throws IOException {
        Path file = folder.resolve("huge.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("a,b\n");
            for (int i = 0; i <= CsvImporter.MAX_ROWS; i++) {
                out.write("1,0\n");
            }
        }
        assertThatThrownBy(() -> CsvImporter.preview(file)).isInstanceOf(DataImportException.class)
                .hasMessage("huge.csv has more than 1,000,000 rows; Stepwise reads at most that many");
    }

    @Test
    void wrongEncodingsAreNamed() throws IOException {
        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, "a,b\n1,0\n2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> readLastColumn(latin1)).isInstanceOf(DataImportException.class)
                .hasMessageContaining("not UTF-8 text");
        Path utf16 = folder.resolve("utf16.csv");
        Files.write(utf16, "a,b\n1,0\n".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> CsvImporter.preview(utf16)).hasMessageContaining("UTF-16");
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws IOException {
        Path file = folder.resolve("bom.csv");
        Files.write(file, ("\uFEFFa,c\n1,0\n2,1\n").getBytes(StandardCharsets.UTF_8));
        assertThat(readLastColumn(file).featureNames()).containsExactly("a");
    }

    @Test
    void missingFileIsAMessageNotACrash() {
        assertThatThrownBy(() -> CsvImporter.preview(folder.resolve("nope.csv")))
                .isInstanceOf(DataImportException.class).hasMessageContaining("there is no file");
    }

    @Test
    void dataSourcesResolveNamesGeneratorsAndFiles() throws IOException {
        assertThat(DataSources.resolve("iris", GeneratorOptions.defaults()).size()).isEqualTo(150);
        assertThat(DataSources.resolve("moons", GeneratorOptions.defaults().withSize(30)).size()).isEqualTo(30);
        Path file = write("mine.csv", "a,b,c\n1,2,x\n3,4,y\n");
        assertThat(DataSources.resolve(file.toString(), GeneratorOptions.defaults()).classCount()).isEqualTo(2);
        assertThatThrownBy(() -> DataSources.resolve("mnist", GeneratorOptions.defaults()))
                .hasMessageStartingWith("Unknown data set 'mnist'");
    }
}
