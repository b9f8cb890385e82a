package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.rubric.VetoEffect;
import io.jicha.rubric.Points;
import io.jicha.scoring.ScoreBook;
import io.jicha.scoring.ScoreSheet;
import io.jicha.text.TextTable;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** A score sheet as terminal text: the filled rubric, subtotals, total, grade, vetoes. */
final class ScoreSheetText {

    private ScoreSheetText() {
    }

    /** The sheet as a terminal table; the review day in the session's time zone {@code sheetZone}. */
    static String render(ScoreSheet sheet, String title, java.time.ZoneId sheetZone) {
        StringBuilder b = new StringBuilder();
        b.append(title).append(" — ").append(sheet.rubric().title()).append(" (").append(sheet.rubric().label())
                .append(")\n");
        TextTable t = new TextTable(Labels.headers("score.h.code", "score.h.criterion", "score.h.points", "score.h.deducted",
                "score.h.score", "score.h.note", "score.h.auditor"))
                .alignRight(2, 3, 4).maxColumnWidth(40);
        for (ScoreSheet.SectionTotal st : sheet.sections()) {
            t.row(st.section().code(), st.section().title(), fmt(st.section().points()), minus(st.deducted()),
                    fmt(st.score()), "", "");
            for (ScoreSheet.Row r : sheet.rows()) {
                if (r.section() != st.section()) {
                    continue;
                }
                String notes = r.marks().stream().map(ScoreBook.Mark::note).collect(Collectors.joining("；"));
                String auditors = r.marks().stream().map(ScoreBook.Mark::auditor).distinct().collect(Collectors.joining("、"));
                t.row("  " + r.criterion().code(), r.criterion().veto() ? Texts.get("score.veto-criterion-text", r.criterion().text())
                        : r.criterion().text(), fmt(r.criterion().points()), r.vetoed() ? Texts.get("score.vetoed-cell")
                        : r.notApplicable() ? Texts.get("score.sheet.not-applicable-cell") : minus(r.deduction()), r.notApplicable() ? "—" : fmt(r.score()),
                        notes, auditors);
            }
        }
        if (!sheet.bonusRows().isEmpty()) {
            t.row("+", Texts.get("score.sheet.bonus", fmt(sheet.rubric().bonus().cap())), "", "", "+" + fmt(sheet.bonus()), "", "");
            for (ScoreSheet.Row r : sheet.bonusRows()) {
                String notes = r.marks().stream().map(ScoreBook.Mark::note).collect(Collectors.joining("；"));
                String auditors = r.marks().stream().map(ScoreBook.Mark::auditor).distinct().collect(Collectors.joining("、"));
                t.row("  " + r.criterion().code(), r.criterion().text(), "+" + fmt(r.criterion().points()), "",
                        r.deduction().signum() == 0 ? "" : "+" + fmt(r.deduction()), notes, auditors);
            }
        }
        b.append(t.render());
        if (sheet.rescaled()) {
            b.append(Texts.get("score.sheet.rescaled", fmt(sheet.kept()), fmt(sheet.applicable()),
                    fmt(sheet.rubric().total()))).append('\n');
        }
        b.append(Texts.get("score.total-line", shown(sheet), fmt(sheet.rubric().total()), sheet.grade()));
        if (sheet.vetoed()) {
            b.append("   ").append(Texts.get("score.vetoed-list", String.join(", ", sheet.vetoes())));
            if (sheet.rubric().vetoEffect() != VetoEffect.KEEP) {
                b.append('\n').append(Texts.get("score.sheet.veto-rule", sheet.rubric().vetoEffect().code(),
                        fmt(sheet.total()), sheet.rubric().vetoEffect().describe(Texts.lang() == Texts.Lang.ZH)));
            }
        }
        b.append('\n');
        b.append(sheet.done().map(d -> Texts.get("score.sheet.done", d.auditor(), d.day(sheetZone).toString(),
                        SessionCommands.WHEN.format(d.ts())))
                .orElse(Texts.get("score.not-done-yet")));
        return b.toString();
    }

    /**
     * The score as every terminal text shows it: the total; for a vetoed file the one veto word
     * ({@code score.vetoed-cell}, 否决) under {@code veto: exclude}, "0（否决）" under {@code veto: zero},
     * the kept points under {@code keep} (the rubric's veto rule, as the sheets and reports show it).
     */
    static String shown(ScoreSheet sheet) {
        if (!sheet.vetoed() || sheet.rubric().vetoEffect() == VetoEffect.KEEP) {
            return fmt(sheet.total());
        }
        String word = Texts.get("score.vetoed-cell");
        return sheet.rubric().vetoEffect() == VetoEffect.ZERO ? Texts.get("score.shown.zero-vetoed", word) : word;
    }

    static String history(List<ScoreBook.HistoryLine> lines) {
        TextTable t = new TextTable(Labels.headers("score.h.seq", "score.h.when", "score.h.who", "score.h.what",
                "score.h.amendment")).alignRight(0).maxColumnWidth(60);
        for (ScoreBook.HistoryLine h : lines) {
            t.row(h.seq(), SessionCommands.WHEN.format(h.ts()), h.auditor(), h.what(), h.amendment() == null ? "" : h.amendment());
        }
        return t.render().stripTrailing();
    }

    static String fmt(BigDecimal d) {
        return Points.format(d);
    }

    private static String minus(BigDecimal d) {
        return d.signum() == 0 ? "" : "−" + Points.format(d);
    }
}
