package io.jicha.stats;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** examples/suzhou-2016-10/summary.jicha imports every example file under its own unit and kind. */
class SummaryScriptTest {

    @Test
    void scriptImportsEachUnitsTwoFilesAndWritesCsvAndPdf() throws IOException {
        List<String> lines = Files.readAllLines(ExampleMonthTest.DIR.resolve("summary.jicha")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(lines.get(0)).startsWith("session new --name suzhou-2016-10 --period 2016-10-01..2016-10-31 --units ")
                .endsWith(" --team 张三,李四,王五");
        List<String> units = Arrays.asList(lines.get(0).split(" --units ")[1].split(" ")[0].split(","));
        assertThat(units).containsExactlyElementsOf(SyntheticUnits.SUZHOU.stream().map(SyntheticUnits.Unit::name).toList());

        List<String> imports = lines.stream().filter(l -> l.startsWith("records import ")).toList();
        assertThat(imports).hasSize(20);
        for (SyntheticUnits.Unit u : SyntheticUnits.SUZHOU) {
            for (String[] fileAndKind : List.of(
                    new String[]{ExampleMonthGenerator.inspectionsFile(u), "inspection-record"},
                    new String[]{ExampleMonthGenerator.penaltiesFile(u), "penalty-case"})) {
                String file = "examples/suzhou-2016-10/" + fileAndKind[0];
                assertThat(Path.of(file)).exists();
                assertThat(imports).contains("records import " + file + " --unit " + u.name() + " --kind " + fileAndKind[1]);
            }
        }
        assertThat(lines.get(lines.size() - 1)).isEqualTo("stats summary --month 2016-10 --all-units"
                + " --filed-by 苏州市环境保护局 --filed-on 2016-11-04 --reviewer 张三"
                + " --preparer 李四 --csv out/summary-2016-10.csv --pdf out/summary-2016-10.pdf --force");
    }
}
