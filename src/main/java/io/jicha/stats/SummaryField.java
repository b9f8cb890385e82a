package io.jicha.stats;

import io.jicha.record.Columns;

/**
 * The record attributes the enforcement summary reads, by their canonical names; the names and
 * the headers that mean them live in {@link Columns}. docs/stats.md says which line needs which.
 */
public enum SummaryField {
    OFFICERS(Columns.OFFICERS),
    OFFICER_NAMES(Columns.OFFICER_NAMES),
    FINE_YUAN(Columns.FINE_YUAN),
    FINE_WAN(Columns.FINE_WAN),
    DECISION_DATE(Columns.DECISION_DATE),
    ADMIN_DECISIONS(Columns.ADMIN_DECISIONS),
    CORRECTION_ORDERS(Columns.CORRECTION_ORDERS),
    MAJOR_KINDS(Columns.MAJOR_KINDS);

    private final String name;

    SummaryField(String name) {
        this.name = name;
    }

    /** The canonical attribute name in {@link io.jicha.record.CaseRecord#attributes()}. */
    public String attribute() {
        return name;
    }

    /** The Chinese column name, for messages ({@link Columns#header}). */
    public String column() {
        return Columns.header(name);
    }

    @Override
    public String toString() {
        return name + " (" + column() + ")";
    }
}
