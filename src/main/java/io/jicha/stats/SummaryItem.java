package io.jicha.stats;

/**
 * The items of the monthly enforcement summary, in the order of the published table
 * (苏州市执法大练兵情况汇总表, October 2016): lines 1 to 6, then line 7, 重大案件, with one sub-line per
 * {@link MajorCaseKind} and their total. The words of each item are in the report bundles
 * ({@code summary.item.*}); the domain names the item only.
 */
public enum SummaryItem {
    INSPECTIONS,
    OFFICERS,
    CASES_FILED,
    FINES,
    ADMIN_DECISIONS,
    CORRECTION_ORDERS,
    /** One kind of major case (line 7, a sub-line per kind). */
    MAJOR_CASES,
    /** The major cases, each counted once however many kinds it falls under (line 7's total). */
    MAJOR_CASES_TOTAL;

    /** Whether the item is one of line 7's sub-lines (重大案件). */
    public boolean major() {
        return this == MAJOR_CASES || this == MAJOR_CASES_TOTAL;
    }
}
