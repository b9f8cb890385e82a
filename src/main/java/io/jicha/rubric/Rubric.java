package io.jicha.rubric;

import io.jicha.finding.Severity;
import io.jicha.finding.Deadline;
import io.jicha.common.Texts;
import io.jicha.common.UserError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A scoring rubric (评查标准): sections of criteria whose points add up to {@code total}, grade bands
 * from highest to lowest (the last band starts at 0 and is the fail band, also given on any veto),
 * and a default rectification deadline for each finding severity. Codes are unique across sections
 * and criteria. Files are read and checked by {@link RubricLoader}; this record only guards its invariants.
 */
public record Rubric(String id, String title, String version, String locale, RubricTarget appliesTo,
                     BigDecimal total, List<Section> sections, List<Grade> grades,
                     Map<Severity, Deadline> deadlines, VetoEffect vetoEffect, BonusItems bonus,
                     Map<String, String> appliesWhen) {

    /** A rubric that declares no veto effect: {@link VetoEffect#DEFAULT}. */
    public Rubric(String id, String title, String version, String locale, RubricTarget appliesTo,
                  BigDecimal total, List<Section> sections, List<Grade> grades, Map<Severity, Deadline> deadlines) {
        this(id, title, version, locale, appliesTo, total, sections, grades, deadlines, null, null, null);
    }

    public Rubric {
        appliesWhen = appliesWhen == null || appliesWhen.isEmpty() ? null : Map.copyOf(appliesWhen);
        vetoEffect = vetoEffect == null ? VetoEffect.DEFAULT : vetoEffect;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Points.requireHalfStep(total, "total");
        sections = List.copyOf(sections);
        grades = List.copyOf(grades);
        deadlines = Map.copyOf(new EnumMap<>(deadlines));
        BigDecimal sum = sections.stream().map(Section::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            throw new IllegalArgumentException("sections sum to " + sum + ", not " + total);
        }
        Set<String> codes = new HashSet<>();
        for (Section s : sections) {
            if (!codes.add(s.code())) {
                throw new IllegalArgumentException("duplicate code " + s.code());
            }
            for (Criterion c : s.criteria()) {
                if (!codes.add(c.code())) {
                    throw new IllegalArgumentException("duplicate code " + c.code());
                }
            }
        }
        if (grades.size() < 2 || grades.get(grades.size() - 1).min().signum() != 0) {
            throw new IllegalArgumentException("grades need at least two bands, the last starting at 0");
        }
        for (int i = 1; i < grades.size(); i++) {
            if (grades.get(i).min().compareTo(grades.get(i - 1).min()) >= 0) {
                throw new IllegalArgumentException("grade bands are not in descending order");
            }
        }
        if (grades.get(0).min().compareTo(total) > 0) {
            throw new IllegalArgumentException("highest grade band starts above the total");
        }
        if (deadlines.size() != Severity.values().length) {
            throw new IllegalArgumentException("a deadline is needed for every severity");
        }
    }

    /** The criterion with this code, in any section. */
    public Optional<Criterion> criterion(String code) {
        return criteriaByCode().values().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The criterion with this code, or a UserError naming the rubric and the nearest codes
     * (e.g. "no criterion B2.7 in rubric penalty-case v1; did you mean B2.3?").
     */
    public Criterion requireCriterion(String code) {
        return criterion(code).orElseThrow(() -> {
            List<String> near = closestCodes(code);
            String hint = near.isEmpty()
                    ? Texts.get("rubric.criterion-hint.show", id)
                    : Texts.get("rubric.criterion-hint.near", String.join(Texts.get("rubric.criterion-hint.or"), near));
            return UserError.of("rubric.criterion-rubric-v", code, id, version, hint);
        });
    }

    /** The section with this code. */
    public Optional<Section> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The section holding the criterion with this code. */
    public Optional<Section> sectionOf(String criterionCode) {
        return sections.stream()
                .filter(s -> s.criteria().stream().anyMatch(c -> c.code().equals(criterionCode)))
                .findFirst();
    }

    /** Every criterion in order, keyed by code; the bonus items last. */
    public Map<String, Criterion> criteriaByCode() {
        Map<String, Criterion> all = new LinkedHashMap<>();
        for (Section s : sections) {
            for (Criterion c : s.criteria()) {
                all.put(c.code(), c);
            }
        }
        if (bonus != null) {
            bonus.criteria().forEach(c -> all.put(c.code(), c));
        }
        return all;
    }

    /**
     * Whether this rubric is for particular files only ({@code applies_when}), and if so whether a file
     * with these attributes (canonical column names, see record.Columns) is one of them: every named
     * attribute equals the value, or, for a list such as 重大案件类型, has all its items (split at ；;、).
     */
    public boolean conditional() {
        return appliesWhen != null;
    }

    public boolean appliesTo(Map<String, String> attributes) {
        if (appliesWhen == null) {
            return true;
        }
        for (Map.Entry<String, String> w : appliesWhen.entrySet()) {
            String v = attributes.get(w.getKey());
            if (v == null) {
                return false;
            }
            // a list attribute (重大案件类型 is stored "查封;扣押;行政拘留") has all the value's items
            List<String> wanted = java.util.Arrays.stream(w.getValue().split("[；;、]")).map(String::strip)
                    .filter(x -> !x.isEmpty()).toList();
            if (!v.strip().equals(w.getValue()) && !io.jicha.record.Columns.listItems(v).containsAll(wanted)) {
                return false;
            }
        }
        return true;
    }

    /** All criterion codes in rubric order. */
    public List<String> criterionCodes() {
        return List.copyOf(criteriaByCode().keySet());
    }

    /** The veto criteria (一票否决), in rubric order. */
    public List<Criterion> vetoCriteria() {
        return criteriaByCode().values().stream().filter(Criterion::veto).toList();
    }

    /** Criterion codes nearest to a mistyped one (a typo or a missing/extra character), nearest first. */
    public List<String> closestCodes(String typo) {
        return Codes.closest(typo, criterionCodes());
    }

    /** The grade for a score; a vetoed file gets the fail band (the lowest) whatever its score. */
    public String grade(BigDecimal score, boolean vetoed) {
        Objects.requireNonNull(score, "score");
        BigDecimal most = bonus != null && bonus.aboveTotal() ? total.add(bonus.cap()) : total;
        if (score.signum() < 0 || score.compareTo(most) > 0) {
            throw new IllegalArgumentException("score " + score + " is outside 0.." + total);
        }
        if (vetoed) {
            return failGrade();
        }
        for (Grade g : grades) {
            if (score.compareTo(g.min()) >= 0) {
                return g.name();
            }
        }
        return failGrade();
    }

    /** The name of the lowest band, given to failing and vetoed files (e.g. 不合格). */
    public String failGrade() {
        return grades.get(grades.size() - 1).name();
    }

    /** The default rectification deadline for a finding of this severity. */
    public Deadline deadline(Severity severity) {
        return deadlines.get(severity);
    }

    /** "id vVERSION", how commands and reports name a rubric. */
    public String label() {
        return id + " v" + version;
    }

    /** Grade names from highest to lowest. */
    public List<String> gradeNames() {
        List<String> names = new ArrayList<>();
        grades.forEach(g -> names.add(g.name()));
        return names;
    }
}
