package io.jicha.stats;

import io.jicha.record.CaseRecord;
import io.jicha.record.RecordKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the monthly enforcement summary from units' inspection records and penalty cases.
 * The counting rules (which record, which field, which date) are in docs/stats.md:
 * an inspection counts in the month of its date; a penalty case is filed, and its documents
 * and major-case kinds count, in the month of its date (立案日期); its fine counts in the month
 * of its decision_date. Only records that count in the month are checked.
 */
public final class EnforcementSummaryCalculator {

    /** The summary of the given units, in their order, and their total. */
    public EnforcementSummary summarize(YearMonth month, List<UnitRecords> units) {
        Map<String, UnitFigures> byUnit = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        UnitFigures total = UnitFigures.ZERO;
        for (UnitRecords u : units) {
            if (byUnit.containsKey(u.unit())) {
                throw new IllegalArgumentException("unit " + u.unit() + " given twice");
            }
            UnitFigures f = unitFigures(month, u);
            byUnit.put(u.unit(), f);
            names.add(u.unit());
            total = total.plus(f);
        }
        return new EnforcementSummary(month, names, byUnit, total);
    }

    /**
     * Whether a unit has any record counting in the month: an inspection dated in it, or a
     * penalty case filed or decided in it. A unit without one has no data for the month (its
     * cells are marked, not zeros).
     */
    public boolean hasData(YearMonth month, UnitRecords records) {
        if (records.inspections().stream().anyMatch(r -> in(month, r.date()))
                || records.penaltyCases().stream().anyMatch(r -> in(month, r.date()))) {
            return true;
        }
        SummaryRecordReader penalty = new SummaryRecordReader(records.unit(), RecordKind.PENALTY_CASE);
        return records.penaltyCases().stream()
                .anyMatch(c -> penalty.decisionDate(c).map(d -> in(month, d)).orElse(false));
    }

    /** One unit's figures for the month. */
    public UnitFigures unitFigures(YearMonth month, UnitRecords records) {
        int inspections = 0;
        int officers = 0;
        int adminDecisions = 0;
        int correctionOrders = 0;
        SummaryRecordReader inspection = new SummaryRecordReader(records.unit(), RecordKind.INSPECTION_RECORD);
        for (CaseRecord r : records.inspections()) {
            if (!in(month, r.date())) {
                continue;
            }
            inspections++;
            officers += inspection.officers(r);
            adminDecisions += inspection.optionalCount(r, SummaryField.ADMIN_DECISIONS);
            correctionOrders += inspection.optionalCount(r, SummaryField.CORRECTION_ORDERS);
        }

        int casesFiled = 0;
        BigDecimal fines = BigDecimal.ZERO;
        Map<MajorCaseKind, Integer> kinds = new EnumMap<>(MajorCaseKind.class);
        int distinctMajor = 0;
        SummaryRecordReader penalty = new SummaryRecordReader(records.unit(), RecordKind.PENALTY_CASE);
        for (CaseRecord c : records.penaltyCases()) {
            Optional<LocalDate> decided = penalty.decisionDate(c);
            boolean filedInMonth = in(month, c.date());
            boolean decidedInMonth = decided.isPresent() && in(month, decided.get());
            if (filedInMonth) {
                casesFiled++;
                adminDecisions += penalty.optionalCount(c, SummaryField.ADMIN_DECISIONS);
                correctionOrders += penalty.optionalCount(c, SummaryField.CORRECTION_ORDERS);
                Set<MajorCaseKind> major = penalty.majorKinds(c);
                major.forEach(k -> kinds.merge(k, 1, Integer::sum));
                if (!major.isEmpty()) {
                    distinctMajor++;
                }
            }
            if (filedInMonth || decidedInMonth) {
                Optional<BigDecimal> fine = penalty.fineWan(c);
                if (fine.isPresent() && decided.isEmpty()) {
                    throw penalty.fineWithoutDecision(c);
                }
                if (decidedInMonth && fine.isPresent()) {
                    fines = fines.add(fine.get());
                }
            }
        }
        return new UnitFigures(inspections, officers, casesFiled, fines, adminDecisions, correctionOrders,
                kinds, distinctMajor);
    }

    /**
     * The units' total from January to {@code month} of its year (累计), when their records cover
     * the year so far: every unit has a record (inspection or penalty case, by its date) in January
     * of that year. Empty for a January (the month is the year so far) and when some unit's records
     * start later. Every record of those months is checked as for a monthly summary.
     */
    public Optional<UnitFigures> yearToDate(YearMonth month, List<UnitRecords> units) {
        YearMonth january = YearMonth.of(month.getYear(), 1);
        if (month.equals(january) || units.isEmpty()) {
            return Optional.empty();
        }
        for (UnitRecords u : units) {
            boolean fromJanuary = u.inspections().stream().anyMatch(r -> in(january, r.date()))
                    || u.penaltyCases().stream().anyMatch(r -> in(january, r.date()));
            if (!fromJanuary) {
                return Optional.empty();
            }
        }
        UnitFigures total = UnitFigures.ZERO;
        for (YearMonth m = january; !m.isAfter(month); m = m.plusMonths(1)) {
            total = total.plus(summarize(m, units).total());
        }
        return Optional.of(total);
    }

    private static boolean in(YearMonth month, LocalDate date) {
        return YearMonth.from(date).equals(month);
    }
}
