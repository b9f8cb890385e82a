package io.jicha.stats;

import io.jicha.record.CaseRecord;

import java.util.List;
import java.util.Objects;

/** One audited unit's imported populations: its inspection records and its penalty case files. */
public record UnitRecords(String unit, List<CaseRecord> inspections, List<CaseRecord> penaltyCases) {

    public UnitRecords {
        Objects.requireNonNull(unit, "unit");
        if (unit.isBlank()) {
            throw new IllegalArgumentException("unit is blank");
        }
        inspections = List.copyOf(inspections);
        penaltyCases = List.copyOf(penaltyCases);
    }
}
