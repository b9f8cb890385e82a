package io.jicha.rubric;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 26: the shipped rubrics load by name, from the jar, with the bytes of the repository's files. */
class ShippedRubricNamesTest {

    @Test
    void theListIsTheRubricsFolder() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("rubrics"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList())
                    .isEqualTo(RubricLoader.SHIPPED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"penalty-case", "seizure-case.yaml", "inspection-record", "unit-documents"})
    void aNameLoadsTheJarsCopyRecordedUnderTheRepositorysName(String name) throws Exception {
        String base = name.replace(".yaml", "");
        RubricLoader.Source s = RubricLoader.fileOrShipped(name);
        assertThat(s.file()).isEqualTo("rubrics/" + base + ".yaml");
        assertThat(s.bytes()).isEqualTo(Files.readAllBytes(Path.of("rubrics", base + ".yaml")));
    }

    @Test
    void aFileThatExistsWinsAndIsRecordedAsGiven(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path own = tmp.resolve("penalty-case.yaml");
        Files.writeString(own, "id: own\n");
        RubricLoader.Source s = RubricLoader.fileOrShipped(own.toString());
        assertThat(s.file()).isEqualTo(own.toString());
        assertThat(s.bytes()).isEqualTo("id: own\n".getBytes());
    }

    @Test
    void anythingElseIsRefusedNamingTheShippedOnes() {
        assertThatThrownBy(() -> RubricLoader.fileOrShipped("no/such/penalty-case"))
                .isInstanceOf(UserError.class).hasMessageContaining("penalty-case, seizure-case");
    }
}
