package io.jicha.stats;

/**
 * The record attributes the enforcement summary reads: canonical name (as produced by the
 * record import) and the Chinese column name users see. docs/stats.md says which line needs which.
 */
public enum SummaryField {
    OFFICERS("officers", "出动人数"),
    OFFICER_NAMES("officer_names", "检查人员"),
    FINE_YUAN("fine_yuan", "罚款金额（元）"),
    FINE_WAN("fine_wan", "罚款金额（万元）"),
    DECISION_DATE("decision_date", "决定日期"),
    ADMIN_DECISIONS("admin_decisions", "行政处理书"),
    CORRECTION_ORDERS("correction_orders", "责令改正决定书"),
    MAJOR_KINDS("major_kinds", "重大案件类型");

    private final String name;
    private final String column;

    SummaryField(String name, String column) {
        this.name = name;
        this.column = column;
    }

    /** The canonical attribute name in {@link io.jicha.record.CaseRecord#attributes()}. */
    public String attribute() {
        return name;
    }

    /** The Chinese column name, for messages. */
    public String column() {
        return column;
    }

    @Override
    public String toString() {
        return name + " (" + column + ")";
    }
}
