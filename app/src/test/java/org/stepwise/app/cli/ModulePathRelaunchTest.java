package org.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModulePathRelaunchTest {

    @TempDir
    Path folder;

    @Test
    void theWindowAndRenderStartJavaFxTheOtherCommandsDoNot() {
        assertThat(ModulePathRelaunch.startsJavaFx(new String[0])).isTrue();
        assertThat(ModulePathRelaunch.startsJavaFx(new String[] {"knn"})).isTrue();
        assertThat(ModulePathRelaunch.startsJavaFx(new String[] {"lesson.stepwise"})).isTrue();
        assertThat(ModulePathRelaunch.startsJavaFx(new String[] {"render", "knn"})).isTrue();
        for (String first : List.of("list", "run", "help", "--help", "--version", "-V")) {
            assertThat(ModulePathRelaunch.startsJavaFx(new String[] {first})).as(first).isFalse();
        }
    }

    @Test
    void theTestsLoadJavaFxAsModulesSoNothingIsRelaunched() {
        // The POM's javafx.argLine: JavaFX named, as in the installed app and a relaunched jar.
        assertThat(javafx.application.Platform.class.getModule().getName()).isEqualTo("javafx.graphics");
        assertThat(ModulePathRelaunch.runIfNeeded(new String[] {"render", "knn"})).isEmpty();
    }

    @Test
    void theModulePathIsTheJavaFxJarsBesideTheJar() throws IOException {
        Path jar = Files.createFile(folder.resolve("stepwise.jar"));
        Path lib = Files.createDirectory(folder.resolve("lib"));
        for (String name : List.of("javafx-base-21.0.12-linux.jar", "javafx-base-21.0.12.jar",
                "javafx-graphics-21.0.12-linux.jar", "jfreechart-1.5.6.jar", "openjfx-monocle-17.0.10.jar")) {
            Files.createFile(lib.resolve(name));
        }
        List<Path> modules = ModulePathRelaunch.javaFxJars(jar);
        assertThat(modules).extracting(path -> path.getFileName().toString()).containsExactly(
                "javafx-base-21.0.12-linux.jar", "javafx-base-21.0.12.jar", "javafx-graphics-21.0.12-linux.jar");

        List<String> command = ModulePathRelaunch.command(jar, modules, new String[] {"render", "knn"});
        assertThat(command.get(0)).endsWith("java");
        assertThat(command.get(command.indexOf("--module-path") + 1)).contains("javafx-graphics-21.0.12-linux.jar")
                .doesNotContain("jfreechart");
        assertThat(command.get(command.indexOf("--add-modules") + 1)).isEqualTo("javafx.controls,javafx.swing");
        assertThat(command).contains("-D" + ModulePathRelaunch.RELAUNCHED + "=true");
        // The first frame's start-up time counts from this JVM's start.
        assertThat(command).anyMatch(option -> option.matches("-Dstepwise\\.startedAt=[0-9]{12,}"));
        assertThat(command.subList(command.indexOf("-jar"), command.size()))
                .containsExactly("-jar", jar.toString(), "render", "knn");
    }

    @Test
    void withoutJavaFxInLibNothingIsRelaunched() throws IOException {
        Path jar = Files.createFile(folder.resolve("stepwise.jar"));
        assertThat(ModulePathRelaunch.javaFxJars(jar)).isEmpty();
        Files.createDirectory(folder.resolve("lib"));
        Files.createFile(folder.resolve("lib").resolve("javafx-base-21.0.12-linux.jar"));
        assertThat(ModulePathRelaunch.javaFxJars(jar)).as("no javafx.graphics").isEmpty();
    }
}
