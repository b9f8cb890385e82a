package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.report.Provenance;
import io.jicha.report.ReportMessages;
import io.jicha.report.Spreadsheets;
import io.jicha.report.XlsxOutput;
import io.jicha.session.SessionState;

import java.nio.file.Path;
import java.util.List;

/** The --xlsx option of finding list, score table, session summary and stats summary: writes the sheets. */
final class SpreadsheetExport {

    private SpreadsheetExport() {
    }

    /** The tables in the session's language. */
    static Spreadsheets tables(SessionState state) {
        return new Spreadsheets(ReportMessages.forLocale(Provenance.localeOf(state.info().locale())));
    }

    /** Writes the sheets atomically; returns the line saying so. */
    static String write(SessionState state, String file, Boolean force, List<XlsxOutput.Sheet> sheets) {
        Path target = Path.of(file);
        XlsxOutput.write(target, Boolean.TRUE.equals(force), sheets,
                Texts.get("shell.xlsx.description", state.info().name(), state.headHash()));
        return Texts.get("shell.xlsx.wrote", target.toAbsolutePath().normalize());
    }
}
