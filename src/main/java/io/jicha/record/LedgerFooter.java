package io.jicha.record;

import java.util.regex.Pattern;

/**
 * The rows below a register's table that are not records: who filled it in and who checked it
 * (填表人, 审核人), when it was made (制表日期), totals (合计, 总计) and the like. The first such row
 * ends the data; it and every row after it are left out of the population, and the import says so.
 * The words are in docs/records.md ("Ledgers as offices keep them"); the rule never changes, since
 * a snapshot is read again by it on every replay.
 */
final class LedgerFooter {

    /** A footer row's first non-empty cell begins with one of these words. */
    private static final Pattern WORDS = Pattern.compile(
            "^(填表人|填报人|填表日期|填报日期|制表人|制表日期|制表单位|制表|审核人|审核|审批人|复核人|负责人|单位负责人|"
                    + "科室负责人|统计人|经办人|联系人|联系电话|合计|总计|小计|共计|注[：:])");

    private LedgerFooter() {
    }

    /** The first non-empty cell of a row if the row is a footer row, else null. */
    static String footerText(String[] cells, int count) {
        for (int c = 0; c < count; c++) {
            String v = cells[c];
            if (v == null || v.isBlank()) {
                continue;
            }
            String text = v.strip().replace(" ", "").replace("\u3000", "");
            return WORDS.matcher(text).find() ? v.strip() : null;
        }
        return null;
    }
}
