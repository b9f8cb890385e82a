package io.jicha.rubric;

import io.jicha.common.Texts;
import io.jicha.finding.Severity;
import io.jicha.finding.Deadline;
import com.fasterxml.jackson.core.JsonToken;
import io.jicha.rubric.SourceTree.Entry;
import io.jicha.rubric.SourceTree.ListNode;
import io.jicha.rubric.SourceTree.MapNode;
import io.jicha.rubric.SourceTree.Node;
import io.jicha.rubric.SourceTree.Pos;
import io.jicha.rubric.SourceTree.ScalarNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks a rubric file's located tree, collecting every problem (not just the first) and building
 * the {@link Rubric} when there are none. The rules are documented in docs/rubric-format.md.
 */
final class RubricReader {

    /** The outcome of reading one file: the rubric (null when any problem) and the problems in file order. */
    record Result(Rubric rubric, List<Problem> problems) {
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]*");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final String ALL = "all";
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[-–~～]\\s*(\\d+(?:\\.\\d+)?)");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Pos> codes = new HashMap<>();

    private RubricReader(String file) {
        this.file = file;
    }

    static Result read(String file, byte[] bytes) {
        RubricReader reader = new RubricReader(file);
        Rubric rubric = null;
        try {
            Node root = SourceTree.parse(file, bytes, reader.problems);
            rubric = reader.rubric(root);
        } catch (SourceTree.SyntaxError e) {
            reader.problems.add(new Problem(file, e.pos.line(), e.pos.column(), "", Texts.get("rubric.problem.syntax-error", e.getMessage())));
        }
        List<Problem> sorted = reader.problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
        return new Result(sorted.isEmpty() ? rubric : null, sorted);
    }

    private void problem(Pos pos, String path, String message) {
        problems.add(new Problem(file, pos.line(), pos.column(), path, message));
    }

    private Rubric rubric(Node root) {
        if (root == null) {
            problem(new Pos(1, 1), "", Texts.get("rubric.problem.file-empty-rubric-needs-id"));
            return null;
        }
        if (!(root instanceof MapNode map)) {
            problem(root.pos(), "", Texts.get("rubric.problem.rubric-must-mapping-fields-id", root.kind()));
            return null;
        }
        List<String> required = List.of("id", "title", "version", "locale", "applies_to", "total", "sections",
                "grades", "deadlines");
        List<String> fields = new ArrayList<>(required);
        fields.addAll(List.of("veto", "bonus", "applies_when"));
        Fields f = new Fields(map, "", fields, required);
        String id = f.text("id");
        if (id != null && !ID.matcher(id).matches()) {
            f.problemAt("id", Texts.get("rubric.problem.invalid-id", id));
            id = null;
        }
        String title = f.text("title");
        String version = f.version("version");
        String locale = f.text("locale");
        if (locale != null && !LOCALE.matcher(locale).matches()) {
            f.problemAt("locale", Texts.get("rubric.problem.invalid-locale", locale));
            locale = null;
        }
        RubricTarget target = null;
        String targetName = f.text("applies_to");
        if (targetName != null) {
            target = RubricTarget.find(targetName).orElse(null);
            if (target == null) {
                List<String> targets = Arrays.stream(RubricTarget.values()).map(RubricTarget::code).toList();
                String hint = didYouMean(targetName, targets);
                f.problemAt("applies_to", Texts.get("rubric.problem.unknown-target", targetName,
                        hint.isEmpty() ? Texts.get("rubric.problem.use-one-of", String.join(", ", targets)) : hint));
            }
        }
        BigDecimal total = f.points("total");
        if (total != null && total.signum() == 0) {
            f.problemAt("total", Texts.get("rubric.problem.must-more-than-0"));
            total = null;
        }
        List<Section> sections = sections(f, total);
        List<Grade> grades = grades(f, total);
        Map<Severity, Deadline> deadlines = deadlines(f);
        VetoEffect vetoEffect = vetoEffect(f);
        BonusItems bonus = bonus(f);
        Map<String, String> appliesWhen = appliesWhen(f);
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new Rubric(id, title, version, locale, target, total, sections, grades, deadlines, vetoEffect,
                    bonus, appliesWhen);
        } catch (IllegalArgumentException | NullPointerException e) {
            // A gap in the checks above; still report it as a problem rather than crash.
            problem(map.pos(), "", Texts.get("rubric.problem.inconsistent-rubric", e.getMessage()));
            return null;
        }
    }

    /** The {@code bonus} block: cap, above_total (default false) and criteria awarded points. */
    private BonusItems bonus(Fields root) {
        Node node = root.get("bonus");
        if (node == null) {
            return null;
        }
        if (!(node instanceof MapNode map)) {
            problem(node.pos(), "bonus", Texts.get("rubric.problem.bonus-not-mapping", node.kind()));
            return null;
        }
        Fields f = new Fields(map, "bonus", List.of("cap", "above_total", "criteria"), List.of("cap", "criteria"));
        BigDecimal cap = f.points("cap");
        if (cap != null && cap.signum() == 0) {
            f.problemAt("cap", Texts.get("rubric.problem.bonus-cap-zero"));
            cap = null;
        }
        boolean above = f.bool("above_total");
        ListNode list = f.list("criteria");
        if (list == null) {
            return null;
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int j = 0; j < list.items().size(); j++) {
            String path = "bonus.criteria[" + j + "]";
            Node item = list.items().get(j);
            if (!(item instanceof MapNode m)) {
                problem(item.pos(), path, Texts.get("rubric.problem.bonus-item-not-mapping", item.kind()));
                continue;
            }
            Fields c = new Fields(m, path, List.of("code", "text", "points", "guidance"), List.of("code", "text", "points"));
            String code = code(c);
            String text = c.text("text");
            BigDecimal points = c.points("points");
            if (points != null && points.signum() == 0) {
                c.problemAt("points", Texts.get("rubric.problem.bonus-item-zero"));
                points = null;
            } else if (points != null && cap != null && points.compareTo(cap) > 0) {
                c.problemAt("points", Texts.get("rubric.problem.bonus-item-above-cap", Points.format(points), Points.format(cap)));
                points = null;
            }
            if (code != null && text != null && points != null) {
                criteria.add(new Criterion(code, text, points, DeductionRule.allOrNothing(points), c.text("guidance"),
                        false, false, true));
            }
        }
        return cap == null || criteria.size() != list.items().size() ? null : new BonusItems(cap, above, criteria);
    }

    /** {@code applies_when}: attribute → value; the rubric is for the files that match (see Rubric#appliesTo). */
    private Map<String, String> appliesWhen(Fields root) {
        Node node = root.get("applies_when");
        if (node == null) {
            return null;
        }
        if (!(node instanceof MapNode map) || map.entries().isEmpty()) {
            problem(node.pos(), "applies_when", Texts.get("rubric.problem.applies-when-not-mapping", node.kind()));
            return null;
        }
        Map<String, String> when = new java.util.LinkedHashMap<>();
        for (Entry e : map.entries().values()) {
            if (!(e.value() instanceof ScalarNode s) || s.text().isBlank()) {
                problem(e.value().pos(), "applies_when." + e.key(),
                        Texts.get("rubric.problem.applies-when-value", e.value().kind()));
                continue;
            }
            when.put(io.jicha.record.Columns.canonical(e.key()), s.text().strip());
        }
        return when;
    }

    /** The top-level {@code veto} field: zero, exclude or keep; absent means the old rule (keep). */
    private VetoEffect vetoEffect(Fields root) {
        if (!root.has("veto")) {
            return null;
        }
        String code = root.text("veto");
        if (code == null) {
            return null;
        }
        return VetoEffect.find(code).orElseGet(() -> {
            root.problemAt("veto", Texts.get("rubric.problem.veto-effect", code));
            return null;
        });
    }

    private List<Section> sections(Fields root, BigDecimal total) {
        ListNode list = root.list("sections");
        if (list == null) {
            return null;
        }
        List<Section> sections = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean sumKnown = true;
        for (int i = 0; i < list.items().size(); i++) {
            String path = "sections[" + i + "]";
            Node node = list.items().get(i);
            if (!(node instanceof MapNode map)) {
                problem(node.pos(), path, Texts.get("rubric.problem.expected-section-code-title-points", node.kind()));
                sumKnown = false;
                continue;
            }
            Fields f = new Fields(map, path, List.of("code", "title", "points", "criteria"),
                    List.of("code", "title", "points", "criteria"));
            String code = code(f);
            String title = f.text("title");
            BigDecimal points = f.points("points");
            List<Criterion> criteria = criteria(f, code, points);
            if (points == null) {
                sumKnown = false;
            } else if (sumKnown && total != null) {
                BigDecimal remaining = total.subtract(sum);
                if (points.compareTo(remaining) > 0) {
                    f.problemAt("points", Texts.get("rubric.problem.sections-exceed-total", Points.format(points),
                            Points.format(remaining)));
                    sumKnown = false;
                }
                sum = sum.add(points);
            }
            if (problems.isEmpty() && code != null && title != null && points != null && criteria != null) {
                sections.add(new Section(code, title, points, criteria));
            }
        }
        if (sumKnown && total != null && sum.compareTo(total) < 0) {
            root.problemAt("total", Texts.get("rubric.problem.sections-below-total", Points.format(total), Points.format(sum)));
        }
        return sections;
    }

    private List<Criterion> criteria(Fields section, String sectionCode, BigDecimal sectionPoints) {
        ListNode list = section.list("criteria");
        if (list == null) {
            return null;
        }
        List<Criterion> criteria = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean sumKnown = true;
        boolean complete = true;
        for (int j = 0; j < list.items().size(); j++) {
            String path = section.path + ".criteria[" + j + "]";
            Node node = list.items().get(j);
            if (!(node instanceof MapNode map)) {
                problem(node.pos(), path, Texts.get("rubric.problem.expected-criterion-code-text-points", node.kind()));
                sumKnown = false;
                complete = false;
                continue;
            }
            Fields f = new Fields(map, path, List.of("code", "text", "points", "deduction", "guidance", "veto", "na"),
                    List.of("code", "text", "points"));
            String code = code(f);
            if (code != null && sectionCode != null && !code.startsWith(sectionCode)) {
                f.problemAt("code", Texts.get("rubric.problem.code-outside-section", code, sectionCode));
            }
            String text = f.text("text");
            BigDecimal points = f.points("points");
            boolean veto = f.bool("veto");
            boolean vetoUnclear = f.has("veto") && !f.isValid("veto");
            String guidance = f.text("guidance");
            boolean na = f.bool("na");
            if (na && veto) {
                f.problemAt("na", Texts.get("rubric.problem.na-on-veto"));
                na = false;
            }
            if (points != null && points.signum() == 0 && !veto && !vetoUnclear) {
                f.problemAt("points", Texts.get("rubric.problem.zero-points-without-veto"));
            }
            DeductionRule rule = deduction(f, points);
            if (points == null) {
                sumKnown = false;
            } else if (sumKnown && sectionPoints != null) {
                BigDecimal remaining = sectionPoints.subtract(sum);
                if (points.compareTo(remaining) > 0) {
                    f.problemAt("points", Texts.get("rubric.problem.criteria-exceed-section", Points.format(points),
                            Points.format(remaining)));
                    sumKnown = false;
                }
                sum = sum.add(points);
            }
            if (problems.isEmpty() && code != null && text != null && points != null && rule != null) {
                criteria.add(new Criterion(code, text, points, rule, guidance, veto, na, false));
            } else {
                complete = false;
            }
        }
        if (sumKnown && sectionPoints != null && sum.compareTo(sectionPoints) < 0) {
            section.problemAt("points", Texts.get("rubric.problem.criteria-below-section", Points.format(sectionPoints),
                    Points.format(sum)));
        }
        return complete ? criteria : null;
    }

    /** Reads a deduction: a number taken per occurrence, or 'all'; absent only on a 0-point criterion. */
    private DeductionRule deduction(Fields f, BigDecimal points) {
        Node node = f.get("deduction");
        if (node == null) {
            if (points != null && points.signum() > 0 && !f.suggested("deduction")) {
                f.missing("deduction", Texts.get("rubric.problem.deduction-hint"));
            }
            return points != null && points.signum() == 0 ? DeductionRule.allOrNothing(points) : null;
        }
        String path = f.path + ".deduction";
        if (node instanceof ScalarNode s && s.token() == JsonToken.VALUE_STRING && s.text().equals(ALL)) {
            return points == null ? null : DeductionRule.allOrNothing(points);
        }
        if (node instanceof ScalarNode s && s.token() == JsonToken.VALUE_STRING && RANGE.matcher(s.text().strip()).matches()) {
            return range(s, path, points);
        }
        if (!(node instanceof ScalarNode s) || !s.isNumber()) {
            problem(node.pos(), path, Texts.get("rubric.problem.expected-number-deducted-per-occurrence", node.kind()));
            return null;
        }
        BigDecimal amount = decimal(s);
        if (amount == null) {
            problem(s.pos(), path, Texts.get("rubric.problem.expected-decimal-number-like-0", s.text()));
            return null;
        }
        if (amount.signum() <= 0) {
            problem(s.pos(), path, Texts.get("rubric.problem.must-more-than-0"));
            return null;
        }
        if (!Points.isHalfStep(amount)) {
            problem(s.pos(), path, Texts.get("rubric.problem.must-multiple-0-5-found", s.text()));
            return null;
        }
        if (points == null) {
            return null;
        }
        if (amount.compareTo(points) > 0) {
            problem(s.pos(), path, Texts.get("rubric.problem.more-than-criterion-s-points", Points.format(amount), Points.format(points)));
            return null;
        }
        return DeductionRule.perOccurrence(amount, points);
    }

    /** A range "1-3" (or 1–3): the auditor gives from 1 to 3 points per occurrence. */
    private DeductionRule range(ScalarNode s, String path, BigDecimal points) {
        java.util.regex.Matcher m = RANGE.matcher(s.text().strip());
        m.matches();
        BigDecimal min = new BigDecimal(m.group(1));
        BigDecimal max = new BigDecimal(m.group(2));
        if (min.signum() <= 0 || min.compareTo(max) >= 0) {
            problem(s.pos(), path, Texts.get("rubric.problem.range-order", s.text()));
            return null;
        }
        if (!Points.isHalfStep(min) || !Points.isHalfStep(max)) {
            problem(s.pos(), path, Texts.get("rubric.problem.range-half-step", s.text()));
            return null;
        }
        if (points == null) {
            return null;
        }
        if (max.compareTo(points) > 0) {
            problem(s.pos(), path, Texts.get("rubric.problem.range-above-points", s.text(), Points.format(points)));
            return null;
        }
        return DeductionRule.range(min, max, points);
    }

    private String code(Fields f) {
        String code = f.text("code");
        if (code == null) {
            return null;
        }
        Pos pos = f.get("code").pos();
        if (!CODE.matcher(code).matches()) {
            f.problemAt("code", Texts.get("rubric.problem.invalid-code", code));
            return null;
        }
        Pos first = codes.putIfAbsent(code, pos);
        if (first != null) {
            f.problemAt("code", Texts.get("rubric.problem.duplicate-code", code, first.line()));
            return null;
        }
        return code;
    }

    private List<Grade> grades(Fields root, BigDecimal total) {
        ListNode list = root.list("grades");
        if (list == null) {
            return null;
        }
        if (list.items().size() < 2) {
            root.problemAt("grades", Texts.get("rubric.problem.grades-too-few"));
            return null;
        }
        List<Grade> grades = new ArrayList<>();
        Set<String> names = new HashSet<>();
        BigDecimal previous = null;
        String previousPath = null;
        int last = list.items().size() - 1;
        for (int i = 0; i <= last; i++) {
            String path = "grades[" + i + "]";
            Node node = list.items().get(i);
            if (!(node instanceof MapNode map)) {
                problem(node.pos(), path, Texts.get("rubric.problem.expected-band-name-min-found", node.kind()));
                previous = null;
                continue;
            }
            Fields f = new Fields(map, path, List.of("name", "min"), List.of("name", "min"));
            String name = f.text("name");
            if (name != null && !names.add(name)) {
                f.problemAt("name", Texts.get("rubric.problem.duplicate-grade", name));
            }
            BigDecimal min = f.points("min");
            if (min != null) {
                String minText = Points.format(min);
                if (i == 0 && total != null && min.compareTo(total) > 0) {
                    f.problemAt("min", Texts.get("rubric.problem.grade-above-total", minText, Points.format(total)));
                } else if (previous != null && min.compareTo(previous) == 0) {
                    f.problemAt("min", Texts.get("rubric.problem.grades-overlap", minText, previousPath));
                } else if (previous != null && min.compareTo(previous) > 0) {
                    f.problemAt("min", Texts.get("rubric.problem.grades-not-descending", minText, Points.format(previous)));
                }
                if (i == last && min.signum() != 0) {
                    f.problemAt("min", Texts.get("rubric.problem.lowest-grade-not-zero",
                            total == null ? Texts.get("rubric.problem.what.total") : Points.format(total), minText));
                }
            }
            if (problems.isEmpty() && name != null && min != null) {
                grades.add(new Grade(name, min));
            }
            previous = min;
            previousPath = path;
        }
        return grades;
    }

    private Map<Severity, Deadline> deadlines(Fields root) {
        Node node = root.get("deadlines");
        if (node == null) {
            return null;
        }
        if (!(node instanceof MapNode map)) {
            problem(node.pos(), "deadlines", Texts.get("rubric.problem.expected-mapping-severity-days-found", node.kind()));
            return null;
        }
        Map<Severity, Deadline> deadlines = new EnumMap<>(Severity.class);
        Map<Severity, String> seen = new EnumMap<>(Severity.class);
        for (Entry e : map.entries().values()) {
            String path = "deadlines." + e.key();
            Severity severity = Severity.find(e.key()).orElse(null);
            if (severity == null) {
                problem(e.keyPos(), path, Texts.get("rubric.problem.unknown-severity-use"));
                continue;
            }
            if (seen.containsKey(severity)) {
                problem(e.keyPos(), path, Texts.get("rubric.problem.severity-already-given", severity.label(), seen.get(severity)));
                continue;
            }
            seen.put(severity, e.key());
            if (!(e.value() instanceof MapNode days)) {
                problem(e.value().pos(), path, Texts.get("rubric.problem.expected-days-n-working-days", e.value().kind()));
                continue;
            }
            Fields f = new Fields(days, path, List.of("days", "working_days"), List.of());
            Integer calendar = f.positiveInt("days");
            Integer working = f.positiveInt("working_days");
            if (f.has("days") && f.has("working_days")) {
                problem(days.pos(), path, Texts.get("rubric.problem.give-days-working-days-both"));
            } else if (!f.has("days") && !f.has("working_days") && !f.suggested("days")
                    && !f.suggested("working_days")) {
                problem(days.pos(), path, Texts.get("rubric.problem.missing-days-working-days"));
            } else if (calendar != null) {
                deadlines.put(severity, Deadline.days(calendar));
            } else if (working != null) {
                deadlines.put(severity, Deadline.workdays(working));
            }
        }
        for (Severity s : Severity.values()) {
            if (!seen.containsKey(s)) {
                problem(map.pos(), "deadlines", Texts.get("rubric.problem.missing-severity-each-needs-default", s.label()));
            }
        }
        return deadlines;
    }

    /** The number as written, or null for YAML numbers that are not plain decimals (0x10, .inf). */
    private static BigDecimal decimal(ScalarNode s) {
        try {
            return new BigDecimal(s.text());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String didYouMean(String typo, List<String> candidates) {
        List<String> near = Codes.closest(typo, candidates);
        return near.isEmpty() ? "" : Texts.get("rubric.did-you-mean", near.get(0));
    }

    /** One mapping's fields: reports unknown and missing ones up front, then reads values by key. */
    private final class Fields {
        final MapNode map;
        final String path;
        private final Set<String> suggested = new HashSet<>();
        private final Set<String> invalid = new HashSet<>();

        Fields(MapNode map, String path, List<String> allowed, List<String> required) {
            this.map = map;
            this.path = path;
            for (Entry e : map.entries().values()) {
                if (!allowed.contains(e.key())) {
                    List<String> near = Codes.closest(e.key(), allowed);
                    suggested.addAll(near);
                    problem(e.keyPos(), childPath(e.key()), Texts.get("rubric.problem.unknown-field", (near.isEmpty() ? Texts.get("rubric.allowed", String.join(", ", allowed)) : Texts.get("rubric.did-you-mean", near.get(0)))));
                }
            }
            for (String key : required) {
                if (!map.entries().containsKey(key) && !suggested.contains(key)) {
                    missing(key, "");
                }
            }
        }

        void missing(String key, String hint) {
            problem(map.pos(), path, Texts.get("rubric.problem.missing-required-field", key, hint));
        }

        /** True when an unknown key looked like a typo of this one (so its absence is already explained). */
        boolean suggested(String key) {
            return suggested.contains(key);
        }

        String childPath(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        Node get(String key) {
            Entry e = map.entries().get(key);
            return e == null ? null : e.value();
        }

        boolean has(String key) {
            return map.entries().containsKey(key);
        }

        boolean isValid(String key) {
            return has(key) && !invalid.contains(key);
        }

        void problemAt(String key, String message) {
            invalid.add(key);
            problem(get(key).pos(), childPath(key), message);
        }

        private String expected(String key, String what) {
            problemAt(key, Texts.get("rubric.problem.expected-found", what, get(key).kind()));
            return null;
        }

        /** A non-empty text value, or null (with a problem when present but wrong). */
        String text(String key) {
            Node n = get(key);
            if (n == null) {
                return null;
            }
            if (!(n instanceof ScalarNode s) || s.token() != JsonToken.VALUE_STRING) {
                return expected(key, Texts.get("rubric.problem.what.text"));
            }
            if (s.text().isBlank()) {
                problemAt(key, Texts.get("rubric.problem.must-empty"));
                return null;
            }
            return s.text().strip();
        }

        /** A version: text or a number, kept exactly as written (1.10 stays 1.10). */
        String version(String key) {
            Node n = get(key);
            if (n instanceof ScalarNode s && s.isNumber()) {
                return s.text();
            }
            String v = text(key);
            if (v != null && v.chars().anyMatch(Character::isWhitespace)) {
                problemAt(key, Texts.get("rubric.problem.must-contain-spaces", v));
                return null;
            }
            return v;
        }

        /** Points: a non-negative number in steps of 0.5, exact. */
        BigDecimal points(String key) {
            Node n = get(key);
            if (n == null) {
                return null;
            }
            if (!(n instanceof ScalarNode s) || !s.isNumber()) {
                expected(key, Texts.get("rubric.problem.what.number"));
                return null;
            }
            BigDecimal value = decimal(s);
            if (value == null) {
                problemAt(key, Texts.get("rubric.problem.expected-decimal-number-like-2", s.text()));
                return null;
            }
            if (value.signum() < 0) {
                problemAt(key, Texts.get("rubric.problem.must-negative-found", s.text()));
                return null;
            }
            if (!Points.isHalfStep(value)) {
                problemAt(key, Texts.get("rubric.problem.must-multiple-0-5-found", s.text()));
                return null;
            }
            return value;
        }

        Integer positiveInt(String key) {
            Node n = get(key);
            if (n == null) {
                return null;
            }
            if (!(n instanceof ScalarNode s) || s.token() != JsonToken.VALUE_NUMBER_INT) {
                expected(key, Texts.get("rubric.problem.what.whole-number-days"));
                return null;
            }
            int value;
            try {
                value = Integer.parseInt(s.text());
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 1 || value > 3650) {
                problemAt(key, Texts.get("rubric.problem.must-between-1-3650-days", s.text()));
                return null;
            }
            return value;
        }

        boolean bool(String key) {
            Node n = get(key);
            if (n == null) {
                return false;
            }
            if (n instanceof ScalarNode s && (s.token() == JsonToken.VALUE_TRUE || s.token() == JsonToken.VALUE_FALSE)) {
                return s.token() == JsonToken.VALUE_TRUE;
            }
            expected(key, Texts.get("rubric.problem.what.true-false"));
            return false;
        }

        ListNode list(String key) {
            Node n = get(key);
            if (n == null) {
                return null;
            }
            if (!(n instanceof ListNode l)) {
                expected(key, Texts.get("rubric.problem.what.list"));
                return null;
            }
            if (l.items().isEmpty()) {
                problemAt(key, Texts.get("rubric.problem.must-empty"));
                return null;
            }
            return l;
        }
    }
}
