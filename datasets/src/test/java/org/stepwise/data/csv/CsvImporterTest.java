package org.stepwise.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.data.Dataset;
import org.stepwise.data.csv.ImportChoice.TargetKind;

class CsvImporterTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static Dataset readLastColumn(Path file) {
        return CsvImporter.read(file, ImportChoice.lastColumnTarget(CsvImporter.columnNames(file).size()));
    }

    // ---- what is read

    @Test
    void textClassesAreSortedAndFeaturesKeepTheirHeaderNames() throws IOException {
        Path file = write("pets.csv", "weight,height,kind\n4.0,30,dog\n30,60,cat\n5,25,dog\n");
        Dataset data = readLastColumn(file);
        assertThat(data.name()).isEqualTo("pets");
        assertThat(data.classNames()).containsExactly("cat", "dog");
        assertThat(data.labels()).containsExactly(1, 0, 1);
        assertThat(data.row(1)).containsExactly(30, 60);
        assertThat(data.featureNames()).containsExactly("weight", "height");
        assertThat(data.targetName()).isEqualTo("kind");
    }

    @Test
    void integerLabelsKeepNumericOrderAndNumbersComeBeforeText() throws IOException {
        Dataset numeric = readLastColumn(write("a.csv", "x,y\n1,10\n2,2\n3,10\n4,1.0\n5,-0\n6,0\n"));
        assertThat(numeric.classNames()).containsExactly("0", "1", "2", "10");
        assertThat(numeric.labels()).containsExactly(3, 2, 3, 1, 0, 0);
        Dataset mixed = CsvImporter.read(write("m.csv", "x,y\n1,b\n2,10\n3,a\n4,9\n"),
                new ImportChoice(List.of(0), 1, TargetKind.AUTO));
        assertThat(mixed.classNames()).containsExactly("9", "10", "a", "b");
    }

    @Test
    void autoRuleAtMostTwentyWholeNumbersAreClassesOtherwiseRegression() throws IOException {
        StringBuilder twenty = new StringBuilder("x,y\n");
        StringBuilder twentyOne = new StringBuilder("x,y\n");
        for (int i = 0; i < 21; i++) {
            twenty.append(i).append(',').append(i % 20).append('\n');
            twentyOne.append(i).append(',').append(i).append('\n');
        }
        assertThat(readLastColumn(write("t20.csv", twenty.toString())).classCount()).isEqualTo(20);
        assertThat(readLastColumn(write("t21.csv", twentyOne.toString())).isClassification()).isFalse();
        Dataset reals = readLastColumn(write("b.csv", "x,y\n1,0.5\n2,1.5\n"));
        assertThat(reals.isClassification()).isFalse();
        assertThat(reals.targets()).containsExactly(0.5, 1.5);
    }

    @Test
    void explicitTargetKindsOverrideTheRule() throws IOException {
        Path file = write("k.csv", "x,y\n1,0\n2,1\n3,1\n");
        assertThat(CsvImporter.read(file, new ImportChoice(List.of(0), 1, TargetKind.REGRESSION)).targets())
                .containsExactly(0, 1, 1);
        Path reals = write("r.csv", "x,y\n1,0.5\n2,1.5\n3,0.5\n");
        assertThat(CsvImporter.read(reals, new ImportChoice(List.of(0), 1, TargetKind.CLASSIFICATION)).classNames())
                .containsExactly("0.5", "1.5");
        Path text = write("t.csv", "x,y\n1,0\n2,cat\n");
        assertThatThrownBy(() -> CsvImporter.read(text, new ImportChoice(List.of(0), 1, TargetKind.REGRESSION)))
                .isInstanceOf(DataImportException.class)
                .hasMessage("line 3, column 'y': 'cat' is not a number, and a regression target must be numeric");
    }

    @Test
    void chosenColumnsOnlyInTheChosenOrder() throws IOException {
        Path file = write("c.csv", "id,a,b,label\nx1,1,2,p\nx2,3,4,q\n");
        Dataset data = CsvImporter.read(file, new ImportChoice(List.of(2, 1), 3, TargetKind.CLASSIFICATION));
        assertThat(data.featureNames()).containsExactly("b", "a");
        assertThat(data.row(0)).containsExactly(2, 1);
        assertThatThrownBy(() -> CsvImporter.read(file, new ImportChoice(List.of(1), 7, TargetKind.AUTO)))
                .isInstanceOf(DataImportException.class)
                .hasMessage("column 8 was chosen but the file has only 4 columns (id, a, b, label)");
    }

    @Test
    void quotedCellsSpacesCrLfAndTrailingBlankRows() throws IOException {
        Path file = write("q.csv", "\"name, full\", size ,kind\r\n\"1,5\" , 2 ,\"a\"\r\n3,4,b\r\n,,\r\n\r\n");
        assertThat(CsvImporter.preview(file).rowCount()).isEqualTo(2);
        assertThat(CsvImporter.columnNames(file)).containsExactly("name, full", "size", "kind");
        Path numbers = write("n.csv", "a,b,kind\r\n1.5,2,a\r\n-3e2,.25,b\r\n,,\r\n");
        Dataset data = readLastColumn(numbers);
        assertThat(data.row(1)).containsExactly(-300, 0.25);
        assertThat(data.size()).isEqualTo(2);
    }

    @Test
    void previewShowsHeaderFirstTwentyRowsAsTextAndTheCount() throws IOException {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 30; i++) {
            text.append(i).append(".0,").append(i % 2 == 0 ? "cat" : "dog").append('\n');
        }
        CsvPreview preview = CsvImporter.preview(write("p.csv", text.toString()));
        assertThat(preview.columns()).containsExactly("a", "b");
        assertThat(preview.rows()).hasSize(CsvImporter.PREVIEW_ROWS);
        assertThat(preview.rows().get(1)).containsExactly("1.0", "dog");
        assertThat(preview.rowCount()).isEqualTo(30);
    }

    // ---- structure

    @Test
    void raggedRowsNameTheirLine() throws IOException {
        assertThatThrownBy(() -> readLastColumn(write("r.csv", "a,b,c\n1,2,0\n1,2\n")))
                .isInstanceOf(DataImportException.class)
                .hasMessage("line 3 has 2 cells; the header has 3 (every row needs one cell per column)");
        assertThatThrownBy(() -> CsvImporter.preview(write("r2.csv", "a,b\n1,2\n\n\n3,4,5")))
                .isInstanceOf(DataImportException.class)
                .hasMessageStartingWith("line 5 has 3 cells; the header has 2");
        assertThatThrownBy(() -> CsvImporter.preview(write("r3.csv", "a,b\r\n1,2\r\n1,2,\r\n")))
                .hasMessageStartingWith("line 3 has 3 cells");
    }

    @Test
    void emptyFileHeaderOnlyAndSingleColumn() throws IOException {
        assertThatThrownBy(() -> CsvImporter.preview(write("empty.csv", "")))
                .isInstanceOf(DataImportException.class)
                .hasMessage("empty.csv is empty; it needs a header row of column names, then one row per point");
        assertThatThrownBy(() -> CsvImporter.preview(write("blank.csv", "\n\n  \n")))
                .isInstanceOf(DataImportException.class).hasMessageContaining("is empty");
        Path headerOnly = write("header.csv", "a,b\n");
        assertThatThrownBy(() -> CsvImporter.read(headerOnly, ImportChoice.lastColumnTarget(2)))
                .isInstanceOf(DataImportException.class)
                .hasMessage("header.csv has a header but no data rows");
        assertThatThrownBy(() -> CsvImporter.preview(write("semi.csv", "a;b;c\n1;2;3\n")))
                .isInstanceOf(DataImportException.class)
                .hasMessage("line 1 has a single column ('a;b;c'); Stepwise reads comma-separated values and needs"
                        + " at least a feature and a target column; this file seems to separate values with ';'");
    }

    @Test
    void unbalancedQuoteNamesItsLine() throws IOException {
        assertThatThrownBy(() -> readLastColumn(write("quote.csv", "a,b\n1,2\n\"3,4\n5,6\n")))
                .isInstanceOf(DataImportException.class)
                .hasMessageStartingWith("line 3 has an unbalanced quote");
        assertThatThrownBy(() -> readLastColumn(write("quote2.csv", "a,b\n1,2\n3,4\n\"5\"x,6\n")))
                .isInstanceOf(DataImportException.class)
                .hasMessageStartingWith("line 4 has an unbalanced quote");
    }

    // ---- cells

    @Test
    void nonNumericFeatureCellNamesLineAndColumn() throws IOException {
        assertThatThrownBy(() -> readLastColumn(write("n.csv", "a,b,c\n1,2,0\n1,two,1\n")))
                .isInstanceOf(DataImportException.class)
                .hasMessage("line 3, column 'b': 'two' is not a number");
        // Java would read these, a spreadsheet never means them
        assertThatThrownBy(() -> readLastColumn(write("d.csv", "a,c\n2d,0\n1,1\n")))
                .hasMessage("line 2, column 'a': '2d' is not a number");
        assertThatThrownBy(() -> readLastColumn(write("h.csv", "a,c\n1,0\n0x1p3,1\n")))
                .hasMessage("line 3, column 'a': '0x1p3' is not a number");
        assertThatThrownBy(() -> readLastColumn(write("comma.csv", "a,c\n1,0\n\"1,5\",1\n")))
                .hasMessage("line 3, column 'a': '1,5' is not a number");
    }

    @Test
    void nanInfinityAndEmptyCellsAreRefused() throws IOException {
        assertThatThrownBy(() -> readLastColumn(write("nan.csv", "a,c\nNaN,0\n1,1\n")))
                .isInstanceOf(DataImportException.class)
                .hasMessage("line 2, column 'a': 'NaN' is not a finite number; fill it in or delete the row");
        assertThatThrownBy(() -> readLastColumn(write("inf.csv", "a,c\n1,0\n-Infinity,1\n")))
                .hasMessageStartingWith("line 3, column 'a': '-Infinity' is not a finite number");
        assertThatThrownBy(() -> readLastColumn(write("inf2.csv", "a,c\n1,0\n2,1\ninf,0\n")))
                .hasMessageStartingWith("line 4, column 'a': 'inf' is not a finite number");
        assertThatThrownBy(() -> readLastColumn(write("big.csv", "a,c\n1e999,0\n")))
                .hasMessage("line 2, column 'a': '1e999' is too large for a number");
        assertThatThrownBy(() -> readLastColumn(write("empty-cell.csv", "a,b,c\n1,,0\n")))
                .isInstanceOf(DataImportException.class)
                .hasMessage("line 2, column 'b': the cell is empty; fill it in or delete the row");
        assertThatThrownBy(() -> readLastColumn(write("empty-target.csv", "a,kind\n1,x\n2, \n")))
                .hasMessage("line 3, column 'kind': the cell is empty; fill it in or delete the row");
        assertThatThrownBy(() -> readLastColumn(write("nan-target.csv", "a,kind\n1,x\n2,y\n3,nan\n")))
                .hasMessageStartingWith("line 4, column 'kind': 'nan' is not a finite number");
    }

    @Test
    void singleClassIsRefused() throws IOException {
        assertThatThrownBy(() -> readLastColumn(write("one.csv", "a,kind\n1,cat\n2,cat\n")))
                .isInstanceOf(DataImportException.class)
                .hasMessage("the target column 'kind' has only one class ('cat'); a classifier needs at least two");
        assertThatThrownBy(() -> readLastColumn(write("one-number.csv", "a,kind\n1,1\n2,1.0\n")))
                .hasMessageContaining("only one class ('1')");
    }

    // ---- size

    @Test
    void aMillionRowsAreReadAndOneMoreIsRefusedWhileStreaming() throws IOException {
        Path file = folder.resolve("huge.csv");
        byte[] row = "1,0\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[4 + row.length * (CsvImporter.MAX_ROWS + 1)];
        System.arraycopy("a,b\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        for (int i = 0; i < CsvImporter.MAX_ROWS; i++) {
            System.arraycopy(row, 0, bytes, 4 + i * row.length, row.length);
        }
        Files.write(file, Arrays.copyOf(bytes, bytes.length - row.length));
        assertThat(CsvImporter.preview(file).rowCount()).isEqualTo(1_000_000);

        System.arraycopy(row, 0, bytes, bytes.length - row.length, row.length);
        // a ragged row after the limit is never reached: the file is refused while it streams
        byte[] ragged = "1,2,3\n".getBytes(StandardCharsets.US_ASCII);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + ragged.length);
        System.arraycopy(ragged, 0, longer, bytes.length, ragged.length);
        Files.write(file, longer);
        assertThatThrownBy(() -> CsvImporter.preview(file)).isInstanceOf(DataImportException.class)
                .hasMessage("huge.csv has more than 1,000,000 rows; Stepwise reads at most that many");
        assertThatThrownBy(() -> readLastColumn(file)).isInstanceOf(DataImportException.class)
                .hasMessageContaining("has more than 1,000,000 rows");
    }

    // ---- encoding

    @Test
    void latin1TextIsRefusedAtItsLine() throws IOException {
        Path latin1 = write("latin1.csv", "a,b\n1,tea\n2,caf\u00e9\n3,tea\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> readLastColumn(latin1)).isInstanceOf(DataImportException.class)
                .hasMessage("line 3 is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")"
                        + " and try again");
        // the bad byte far from the start: the parser reads ahead, the line must still be exact
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i).append(",x\n");
        }
        text.append("1,caf\u00e9\n");
        Path late = write("late.csv", text.toString().getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> CsvImporter.preview(late)).hasMessageStartingWith("line 5002 is not UTF-8 text");
        Path crOnly = write("cr.csv", "a,b\r1,x\r2,\u00e9\r".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> CsvImporter.preview(crOnly)).hasMessageStartingWith("line 3 is not UTF-8 text");
    }

    @Test
    void utf16IsNamed() throws IOException {
        Path withMark = write("utf16.csv", "a,b\n1,0\n".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> CsvImporter.preview(withMark)).isInstanceOf(DataImportException.class)
                .hasMessage("the file is saved as UTF-16; save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\") and"
                        + " try again");
        byte[] littleEndian = "\uFEFFa,b\n1,0\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> CsvImporter.preview(write("utf16le.csv", littleEndian)))
                .hasMessageContaining("UTF-16");
        Path withoutMark = write("utf16nomark.csv", "a,b\n1,0\n".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> CsvImporter.preview(withoutMark)).isInstanceOf(DataImportException.class)
                .hasMessageStartingWith("line 1 contains a NUL character");
    }

    @Test
    void utf8ByteOrderMarkIsSkippedAndUtf8TextKept() throws IOException {
        Path file = write("bom.csv", "\uFEFFa,kind\n1,caf\u00e9\n2,th\u00e9\n");
        Dataset data = readLastColumn(file);
        assertThat(data.featureNames()).containsExactly("a");
        assertThat(data.classNames()).containsExactly("caf\u00e9", "th\u00e9");
    }

    // ---- nothing else escapes

    @Test
    void missingFileAndFolderAreMessagesNotCrashes() {
        assertThatThrownBy(() -> CsvImporter.preview(folder.resolve("nope.csv")))
                .isInstanceOf(DataImportException.class).hasMessage("there is no file " + folder.resolve("nope.csv"));
        assertThatThrownBy(() -> CsvImporter.preview(folder))
                .isInstanceOf(DataImportException.class).hasMessageContaining("could not be read");
    }

    @Test
    void randomBytesGiveDataOrAnImportMessageNeverAnotherException() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        byte[] alphabet = "0123456789,,,\n\n\"..-e ab\r\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        for (int trial = 0; trial < 300; trial++) {
            byte[] bytes = new byte[random.nextInt(60)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(10) == 0 ? (byte) random.nextInt(256)
                        : alphabet[random.nextInt(alphabet.length)];
            }
            Path file = write("random" + trial + ".csv", bytes);
            try {
                readLastColumn(file);
            } catch (DataImportException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void importChoiceRefusesImpossibleChoices() {
        assertThatThrownBy(() -> new ImportChoice(List.of(), 1, TargetKind.AUTO))
                .hasMessage("choose at least one feature column");
        assertThatThrownBy(() -> new ImportChoice(List.of(0, 1), 1, TargetKind.AUTO))
                .hasMessage("the target column cannot also be a feature");
        assertThatThrownBy(() -> new ImportChoice(List.of(0, 0), 1, TargetKind.AUTO))
                .hasMessageContaining("each feature column can be chosen once");
        assertThatThrownBy(() -> new ImportChoice(List.of(-1), 1, TargetKind.AUTO))
                .hasMessageContaining("column indices start at 0");
        assertThat(ImportChoice.lastColumnTarget(3)).isEqualTo(new ImportChoice(List.of(0, 1), 2, TargetKind.AUTO));
    }
}
