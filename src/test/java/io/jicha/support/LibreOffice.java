package io.jicha.support;

import io.jicha.report.DocxFonts;
import io.jicha.report.FontRole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real word processor for the .docx tests: LibreOffice's {@code soffice --headless} converting a
 * document to PDF, as a clerk's "print to PDF" would. It runs with a profile and a fontconfig of its
 * own (in a temporary folder): the faces jicha ships in its jar stand in for the office names
 * ({@link DocxFonts#OFFICE}: 小标宋, 仿宋 and 楷体 by Noto Serif CJK SC, 黑体 by Noto Sans CJK SC
 * Bold), so the result is the same on every machine. Without soffice the test is skipped on a
 * developer's machine and fails in CI ({@code CI=true}, where {@code .ci/run} installs
 * {@code libreoffice-writer-nogui}).
 */
public final class LibreOffice {

    private final Path soffice;
    private final Path home;

    private LibreOffice(Path soffice, Path home) {
        this.soffice = soffice;
        this.home = home;
    }

    /** soffice on the PATH, with its profile and fonts under {@code home}. */
    public static LibreOffice in(Path home) throws IOException {
        Path found = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (!dir.isBlank() && Files.isExecutable(candidate)) {
                found = candidate;
                break;
            }
        }
        if (found == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("soffice not found: .ci/run installs libreoffice-writer-nogui; the .docx checks never skip in CI");
            }
            assumeTrue(false, "needs LibreOffice (apt-get install libreoffice-writer-nogui)");
        }
        Files.createDirectories(home.resolve("fc-cache"));
        Path fonts = Path.of("src/main/resources/fonts").toAbsolutePath();
        StringBuilder conf = new StringBuilder("""
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig>
                """);
        conf.append("  <dir>").append(fonts).append("</dir>\n");
        conf.append("  <cachedir>").append(home.resolve("fc-cache")).append("</cachedir>\n");
        for (FontRole role : FontRole.values()) {
            String face = role == FontRole.HEADING ? "Noto Sans CJK SC" : "Noto Serif CJK SC";
            conf.append("  <alias binding=\"strong\"><family>").append(DocxFonts.OFFICE.get(role))
                    .append("</family><prefer><family>").append(face).append("</family></prefer></alias>\n");
        }
        conf.append("</fontconfig>\n");
        Files.writeString(home.resolve("fonts.conf"), conf, StandardCharsets.UTF_8);
        return new LibreOffice(found, home);
    }

    /**
     * Converts the .docx to PDF beside it (same name, .pdf) and returns that PDF, pages inserted to
     * start a section on an even page included (as they are printed).
     */
    public Path toPdf(Path docx) throws IOException, InterruptedException {
        Path out = docx.resolveSibling(docx.getFileName().toString().replaceFirst("\\.docx$", "") + ".pdf");
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + home.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf:writer_pdf_Export:{\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"}}",
                "--outdir", docx.toAbsolutePath().getParent().toString(), docx.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("soffice.log").toFile());
        pb.environment().put("FONTCONFIG_FILE", home.resolve("fonts.conf").toString());
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("soffice did not convert " + docx + " within 180 s");
        }
        if (p.exitValue() != 0 || !Files.exists(out)) {
            fail("soffice failed (" + p.exitValue() + "): " + Files.readString(home.resolve("soffice.log")));
        }
        return out;
    }
}
