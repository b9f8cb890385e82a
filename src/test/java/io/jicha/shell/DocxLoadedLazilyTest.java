package io.jicha.shell;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word-processor library (Apache POI, XMLBeans) costs nothing to a command that writes no
 * .docx: a real jicha process issuing a notice as PDF loads none of its classes; the same command
 * with --docx does (docs/notice.md, the library and its weight).
 */
@Tag("process")
class DocxLoadedLazilyTest {

    @TempDir
    Path dir;

    private JichaProcess.Result notice(Path classLog, String... more) throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"),
                Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog));
        List<String> args = new java.util.ArrayList<>(List.of("report", "notice", "--unit", "吴江区", "--issued",
                "2016-10-20", "--number", "苏环稽〔2016〕21号", "--out", dir.resolve("notice.pdf").toString(), "--force"));
        args.addAll(List.of(more));
        return jicha.run(args.toArray(String[]::new));
    }

    private static long libraryClasses(Path classLog) throws Exception {
        try (var lines = Files.lines(classLog)) {
            return lines.filter(l -> l.contains("org.apache.poi.") || l.contains("org.apache.xmlbeans.")
                    || l.contains("org.openxmlformats.")).count();
        }
    }

    @Test
    void aNoticeWithoutDocxLoadsNoClassOfTheWordProcessorLibrary() throws Exception {
        JichaProcess setUp = new JichaProcess(dir.resolve("ws"));
        Path script = dir.resolve("setup.jicha");
        JichaProcess.Result made = setUp.script(script, List.of(
                "session new --name s --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三",
                "auditor use 张三",
                "finding add --unit 吴江区 --severity 一般 --text \"评查结果未在内部通报\" --require \"组织学习评分结果\" --due 2016-12-31"));
        assertThat(made.exit()).as(made.err()).isZero();

        Path without = dir.resolve("without.log");
        JichaProcess.Result pdf = notice(without);
        assertThat(pdf.exit()).as(pdf.err()).isZero();
        assertThat(Files.readString(without)).contains("io.jicha.shell.ReportCommands");
        assertThat(libraryClasses(without)).isZero();

        Path with = dir.resolve("with.log");
        JichaProcess.Result docx = notice(with, "--docx", dir.resolve("notice.docx").toString());
        assertThat(docx.exit()).as(docx.err()).isZero();
        assertThat(libraryClasses(with)).isGreaterThan(100);
        assertThat(dir.resolve("notice.docx")).isNotEmptyFile();
    }
}
