package io.jicha.stats;

import io.jicha.common.UserError;
import io.jicha.record.CaseRecord;
import io.jicha.record.RecordDates;
import io.jicha.record.RecordKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the summary's fields from one record, with one-line errors that name the unit, the
 * record kind, the record id and the field. Blank cells count as missing.
 */
final class SummaryRecordReader {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final String unit;
    private final RecordKind kind;

    SummaryRecordReader(String unit, RecordKind kind) {
        this.unit = unit;
        this.kind = kind;
    }

    private String where(CaseRecord r, SummaryField f) {
        return unit + " " + kind.code() + " " + r.id() + ": " + f;
    }

    private static Optional<String> value(CaseRecord r, SummaryField f) {
        String v = r.attribute(f.attribute());
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /**
     * Officers on an inspection: the officers count, or, when that is missing, the number of
     * names in officer_names (separated by 、 , ， ; ； / or spaces). Required.
     */
    int officers(CaseRecord r) {
        Optional<String> count = value(r, SummaryField.OFFICERS);
        if (count.isPresent()) {
            String s = count.get().replaceFirst("人$", "").strip();
            if (!s.matches("\\d{1,4}")) {
                throw UserError.of("stats.whole-number-officers-write-like", where(r, SummaryField.OFFICERS), count.get());
            }
            int n = Integer.parseInt(s);
            if (n < 1) {
                throw UserError.of("stats.inspection-has-least-one-officer", where(r, SummaryField.OFFICERS), n);
            }
            return n;
        }
        Optional<String> names = value(r, SummaryField.OFFICER_NAMES);
        if (names.isPresent()) {
            return (int) Pattern.compile("[、,，;；/\\s]+").splitAsStream(names.get())
                    .filter(s -> !s.isBlank()).count();
        }
        throw UserError.of("stats.missing-there-count-add-number", unit, kind.code(), r.id(), SummaryField.OFFICERS, SummaryField.OFFICER_NAMES);
    }

    /** An optional document count (行政处理书, 责令改正决定书): blank or missing is 0. */
    int optionalCount(CaseRecord r, SummaryField f) {
        Optional<String> v = value(r, f);
        if (v.isEmpty()) {
            return 0;
        }
        String s = v.get().replaceFirst("[份件]$", "").strip();
        if (!s.matches("\\d{1,4}")) {
            throw UserError.of("stats.whole-number-write-count-e", where(r, f), v.get());
        }
        return Integer.parseInt(s);
    }

    /** The penalty decision date, if the case has been decided. */
    Optional<LocalDate> decisionDate(CaseRecord r) {
        Optional<String> v = value(r, SummaryField.DECISION_DATE);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = RecordDates.parse(v.get());
        if (date != null) {
            return Optional.of(date);
        }
        throw UserError.of("stats.date-write", where(r, SummaryField.DECISION_DATE), v.get(), RecordDates.FORMS);
    }

    /**
     * The fine in 万元, exact: fine_yuan / 10000, or fine_wan as given. When both are given
     * they must agree. Empty when the case has no fine.
     */
    Optional<BigDecimal> fineWan(CaseRecord r) {
        Optional<BigDecimal> yuan = amount(r, SummaryField.FINE_YUAN, "元")
                .map(y -> y.divide(TEN_THOUSAND));
        Optional<BigDecimal> wan = amount(r, SummaryField.FINE_WAN, "万元");
        if (yuan.isPresent() && wan.isPresent() && yuan.get().compareTo(wan.get()) != 0) {
            throw UserError.of("stats.disagree-vs-keep-one-two", unit, kind.code(), r.id(), SummaryField.FINE_YUAN, SummaryField.FINE_WAN, yuan.get().toPlainString(), wan.get().toPlainString());
        }
        return yuan.isPresent() ? yuan : wan;
    }

    private Optional<BigDecimal> amount(CaseRecord r, SummaryField f, String unitSuffix) {
        Optional<String> v = value(r, f);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String s = v.get().replace(",", "").replace("，", "");
        if (s.endsWith(unitSuffix)) {
            s = s.substring(0, s.length() - unitSuffix.length()).strip();
        }
        if (!NUMBER.matcher(s).matches()) {
            throw UserError.of("stats.number-write-amount-digits-e", where(r, f), v.get(), (f == SummaryField.FINE_WAN ? "5.5" : "55000"));
        }
        return Optional.of(new BigDecimal(s));
    }

    /** The case's major-case kinds; empty when it is not a major case. */
    Set<MajorCaseKind> majorKinds(CaseRecord r) {
        return MajorCaseKind.parseList(r.attribute(SummaryField.MAJOR_KINDS.attribute()),
                where(r, SummaryField.MAJOR_KINDS));
    }

    /** Error for a fine with no decision date: the month it counts in is unknown. */
    UserError fineWithoutDecision(CaseRecord r) {
        return UserError.of("stats.missing-but-case-has-fine", unit, kind.code(), r.id(), SummaryField.DECISION_DATE);
    }
}
