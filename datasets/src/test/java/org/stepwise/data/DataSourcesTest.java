package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.data.csv.DataImportException;

class DataSourcesTest {

    @TempDir
    Path folder;

    @Test
    void builtInNamesAndGeneratorsWithTheirOptions() {
        assertThat(DataSources.resolve("iris", GeneratorOptions.defaults())).isEqualTo(BuiltInDatasets.load("iris"));
        GeneratorOptions options = new GeneratorOptions(30, 0.2, 4, 5);
        assertThat(DataSources.resolve("blobs", options)).isEqualTo(Generators.generate("blobs", options));
    }

    @Test
    void csvFileTakesTheLastColumnAsTarget() throws IOException {
        Path classes = folder.resolve("mine.CSV");
        Files.writeString(classes, "a,b,kind\n1,2,x\n3,4,y\n5,6,x\n");
        Dataset data = DataSources.resolve(classes.toString(), GeneratorOptions.defaults());
        assertThat(data.name()).isEqualTo("mine");
        assertThat(data.featureNames()).containsExactly("a", "b");
        assertThat(data.classNames()).containsExactly("x", "y");
        assertThat(data.labels()).containsExactly(0, 1, 0);

        Path prices = folder.resolve("prices.csv");
        Files.writeString(prices, "rooms,price\n2,100.5\n3,150\n4,210.25\n");
        Dataset regression = DataSources.resolve(prices.toString(), GeneratorOptions.defaults());
        assertThat(regression.isClassification()).isFalse();
        assertThat(regression.targets()).containsExactly(100.5, 150, 210.25);
        assertThat(regression.targetName()).isEqualTo("price");
    }

    @Test
    void aMissingOrBadFileIsAnImportMessage() throws IOException {
        assertThatThrownBy(() -> DataSources.resolve(folder.resolve("nope.csv").toString(), GeneratorOptions.defaults()))
                .isInstanceOf(DataImportException.class).hasMessageStartingWith("There is no file")
                .hasMessageContaining("nope.csv");
        Path one = folder.resolve("one.csv");
        Files.writeString(one, "a;b\n1;2\n");
        assertThatThrownBy(() -> DataSources.resolve(one.toString(), GeneratorOptions.defaults()))
                .isInstanceOf(DataImportException.class).hasMessageContaining("separate values with ';'")
                .hasMessageStartingWith("one.csv: Line 1");
        Path ragged = folder.resolve("ragged.csv");
        Files.writeString(ragged, "a,b,y\n1,2,0\n3,1\n");
        assertThatThrownBy(() -> DataSources.resolve(ragged.toString(), GeneratorOptions.defaults()))
                .isInstanceOf(DataImportException.class).hasMessageStartingWith("ragged.csv: Line 3 has 2 cells");
    }

    @Test
    void unknownNamesListBuiltInsAndGenerators() {
        assertThatThrownBy(() -> DataSources.resolve("mnist", GeneratorOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown data set 'mnist'; use a built-in set (iris, wine, breast_cancer, digits, diabetes),"
                        + " a generator (moons, circles, blobs, xor, spirals, linear, sine) or a path to a .csv file.");
    }

    @org.junit.jupiter.api.Test
    void everyBuiltInAndGeneratorHasALabelForLearners() {
        assertThat(DataSources.label("breast_cancer")).isEqualTo("Breast Cancer");
        assertThat(DataSources.label("xor")).isEqualTo("XOR");
        assertThat(DataSources.label("heights")).as("another name as it is").isEqualTo("heights");
        for (String name : BuiltInDatasets.names()) {
            assertThat(DataSources.label(name)).as(name).isNotEqualTo(name).doesNotContain("_");
        }
        for (String name : Generators.names()) {
            assertThat(DataSources.label(name)).as(name).isNotEqualTo(name);
        }
    }
}
