package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.rubric.Codes;
import io.jicha.rubric.Criterion;
import io.jicha.rubric.Grade;
import io.jicha.rubric.LoadedRubric;
import io.jicha.rubric.Points;
import io.jicha.rubric.Rubric;
import io.jicha.rubric.Section;
import io.jicha.finding.DeadlineWords;
import io.jicha.finding.Severity;
import io.jicha.text.TextTable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders rubrics as text for the terminal: columns line up by display width, so Chinese fits. */
final class RubricView {

    /** Text cut to this display width in the overview; a single section shows its text in full. */
    static final int OVERVIEW_TEXT_WIDTH = 60;

    private RubricView() {
    }

    /** The list of loaded rubrics: id, version, applies_to, total, hash prefix, title. */
    static String list(List<LoadedRubric> rubrics) {
        TextTable t = new TextTable(Labels.headers("rubric.h.id", "rubric.h.version", "rubric.h.applies-to", "rubric.h.total",
                "rubric.h.sha256", "rubric.h.title")).alignRight(3);
        for (LoadedRubric r : rubrics) {
            Rubric rb = r.rubric();
            t.row(rb.id(), rb.version(), rb.appliesTo().code(), Points.format(rb.total()), r.shortHash(), rb.title());
        }
        return t.render().stripTrailing();
    }

    /** The whole rubric (texts cut to fit), or one section in full with the guidance. */
    static String show(LoadedRubric loaded, String sectionCode) {
        Rubric r = loaded.rubric();
        StringBuilder out = new StringBuilder();
        out.append(r.label()).append("  ").append(r.title()).append('\n');
        out.append(Texts.get("rubric.show-head", r.appliesTo().code(), r.appliesTo().chinese(), Points.format(r.total()),
                loaded.shortHash(), loaded.file())).append("\n\n");
        if (sectionCode == null) {
            out.append(table(r.sections(), false));
            if (r.bonus() != null) {
                out.append(Texts.get("rubric.show.bonus", Points.format(r.bonus().cap()), r.bonus().aboveTotal()
                        ? Texts.get("rubric.show.bonus.above") : Texts.get("rubric.show.bonus.capped"))).append('\n');
                for (Criterion c : r.bonus().criteria()) {
                    out.append("  ").append(c.code()).append("  +").append(Points.format(c.points())).append("  ")
                            .append(c.text()).append('\n');
                }
            }
            out.append('\n').append(grades(r)).append('\n').append(deadlines(r));
            out.append('\n').append(Texts.get("rubric.show.veto", r.vetoEffect().code(),
                    Texts.get(r.vetoEffect().key())));
            List<String> mayBeNa = r.sections().stream().flatMap(s -> s.criteria().stream())
                    .filter(Criterion::notApplicable).map(Criterion::code).toList();
            out.append('\n').append(mayBeNa.isEmpty() ? Texts.get("rubric.show.na-none")
                    : Texts.get("rubric.show.na-list", String.join(Texts.get("rubric.show.na-separator"), mayBeNa),
                    mayBeNa.get(0)));
            if (r.conditional()) {
                out.append('\n').append(Texts.get("rubric.show.applies-when", r.appliesWhen().entrySet().stream()
                        .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "))));
            }
        } else {
            Section s = r.section(sectionCode).orElseThrow(() -> unknownSection(r, sectionCode));
            out.append(table(List.of(s), true));
        }
        return out.toString().stripTrailing();
    }

    private static String table(List<Section> sections, boolean full) {
        List<String> headers = new ArrayList<>(List.of(Labels.headers("rubric.h.code", "rubric.h.criterion", "rubric.h.points",
                "rubric.h.deduction", "rubric.h.veto")));
        if (full) {
            headers.add(Texts.get("rubric.h.guidance"));
        }
        TextTable t = new TextTable(headers.toArray(String[]::new)).alignRight(2)
                .maxColumnWidth(full ? 400 : OVERVIEW_TEXT_WIDTH);
        for (Section s : sections) {
            List<Object> row = new ArrayList<>(List.of(s.code(), s.title(), Points.format(s.points()), "", ""));
            if (full) {
                row.add("");
            }
            t.row(row.toArray());
            for (Criterion c : s.criteria()) {
                List<Object> cr = new ArrayList<>(List.of("  " + c.code(), c.text(), Points.format(c.points()),
                        c.veto() && c.points().signum() == 0 ? "" : c.deduction().in(Texts.lang()),
                        c.veto() ? Texts.get("rubric.veto-cell") : c.notApplicable() ? Texts.get("rubric.show.may-be-na") : ""));
                if (full) {
                    cr.add(c.guidance());
                }
                t.row(cr.toArray());
            }
        }
        return t.render();
    }

    static String grades(Rubric r) {
        List<Grade> g = r.grades();
        String bands = g.stream().limit(g.size() - 1L)
                .map(b -> b.name() + " ≥" + Points.format(b.min()))
                .collect(Collectors.joining(", "));
        return Texts.get("rubric.grades", bands, r.failGrade(), Points.format(g.get(g.size() - 2).min()));
    }

    static String deadlines(Rubric r) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            parts.add(s.label() + " " + DeadlineWords.of(r.deadline(s), Texts.Lang.ZH)); // as the rubric states it, beside its severity names
        }
        return Texts.get("rubric.default-deadlines", String.join(", ", parts));
    }

    private static UserError unknownSection(Rubric r, String code) {
        List<String> codes = r.sections().stream().map(Section::code).toList();
        List<String> near = Codes.closest(code, codes);
        return UserError.of("rubric.section-rubric-sections", code, r.label(), (near.isEmpty() ? "" : Texts.get("rubric.did-you-mean", near.get(0))), String.join(", ", codes));
    }
}
