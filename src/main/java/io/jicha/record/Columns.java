package io.jicha.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical column names of a population and the English and Chinese header texts that
 * mean them (the table in docs/records.md). A header not listed here is kept as an attribute
 * under its own text.
 */
public final class Columns {

    public static final String ID = "id";
    public static final String DATE = "date";
    public static final String ENTERPRISE = "enterprise";
    public static final String INDUSTRY = "industry";
    public static final String ADDRESS = "address";
    /** Count of officers on an inspection (出动人数): a whole number, a trailing 人 allowed, kept as written. */
    public static final String OFFICERS = "officers";
    /** Names of the inspecting officers (检查人员), free text. */
    public static final String OFFICER_NAMES = "officer_names";
    /** Fine in yuan: a non-negative amount (commas and a trailing 元 allowed), kept as written. */
    public static final String FINE_YUAN = "fine_yuan";
    /** Fine in 10,000 yuan: a non-negative amount (a trailing 万元 allowed), kept as written. */
    public static final String FINE_WAN = "fine_wan";
    /** Date of the penalty decision, stored as yyyy-MM-dd. */
    public static final String DECISION_DATE = "decision_date";
    /** Count of administrative decisions (行政处理书) issued: a non-negative integer. */
    public static final String ADMIN_DECISIONS = "admin_decisions";
    /** Count of correction orders (责令改正决定书) issued: a non-negative integer. */
    public static final String CORRECTION_ORDERS = "correction_orders";
    /** Kinds of major case (按日连续处罚, 查封扣押 ...), stored joined by ';'. */
    public static final String MAJOR_KINDS = "major_kinds";
    public static final String CASE_TYPE = "case_type";
    public static final String STATUS = "status";

    /** Separator of the stored {@link #MAJOR_KINDS} list. */
    public static final String LIST_SEPARATOR = ";";

    private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put(ID, List.of("案号", "编号", "文号", "记录编号"));
        ALIASES.put(DATE, List.of("日期", "检查日期", "立案日期"));
        ALIASES.put(ENTERPRISE, List.of("企业名称", "单位名称", "企业"));
        ALIASES.put(INDUSTRY, List.of("行业", "行业类别"));
        ALIASES.put(ADDRESS, List.of("地址", "企业地址"));
        ALIASES.put(OFFICERS, List.of("出动人数", "执法人员", "检查人数"));
        ALIASES.put(OFFICER_NAMES, List.of("检查人员"));
        ALIASES.put(FINE_YUAN, List.of("罚款金额（元）", "罚款(元)", "罚款（元）", "罚款金额(元)"));
        ALIASES.put(FINE_WAN, List.of("罚款金额（万元）", "罚款(万元)", "罚款（万元）", "罚款金额(万元)"));
        ALIASES.put(DECISION_DATE, List.of("决定日期", "处罚决定日期"));
        ALIASES.put(ADMIN_DECISIONS, List.of("行政处理书"));
        ALIASES.put(CORRECTION_ORDERS, List.of("责令改正决定书", "责令改正违法行为决定书"));
        ALIASES.put(MAJOR_KINDS, List.of("重大案件类型"));
        ALIASES.put(CASE_TYPE, List.of("案由"));
        ALIASES.put(STATUS, List.of("状态", "案件状态"));
    }

    /**
     * Headers of real registers that mean a column only when no header of the file already means it
     * (issue 26; the table in docs/records.md): a 行政处罚 register names the enterprise 当事人, but a
     * file that also has 企业名称 keeps its 当事人 column as an attribute of that name, as before.
     */
    private static final Map<String, List<String>> SECONDARY = new LinkedHashMap<>();

    static {
        SECONDARY.put(ID, List.of("处罚决定书文号", "决定书文号", "立案编号", "案件编号", "序号"));
        SECONDARY.put(DATE, List.of("立案时间", "检查时间", "受理日期", "案发日期"));
        SECONDARY.put(ENTERPRISE, List.of("当事人", "当事人名称", "被处罚单位", "被处罚人", "处罚对象", "被检查单位",
                "检查对象", "企业（单位）名称"));
        SECONDARY.put(DECISION_DATE, List.of("决定时间", "处罚日期", "作出决定日期"));
        SECONDARY.put(CASE_TYPE, List.of("违法行为", "主要违法事实"));
        SECONDARY.put(STATUS, List.of("办理状态", "结案情况"));
    }

    private static final Map<String, String> BY_HEADER = new LinkedHashMap<>();
    private static final Map<String, String> BY_SECONDARY = new LinkedHashMap<>();

    static {
        ALIASES.forEach((canonical, aliases) -> {
            BY_HEADER.put(canonical, canonical);
            aliases.forEach(a -> BY_HEADER.put(a, canonical));
        });
        SECONDARY.forEach((canonical, aliases) -> aliases.forEach(a -> BY_SECONDARY.put(a, canonical)));
    }

    /**
     * The canonical names the headers of one file mean, in order: a header listed in the main table
     * means its column; a secondary header ({@link #SECONDARY}) means its column unless another header
     * of the file already does (or an earlier secondary one), else it keeps its own text.
     */
    public static List<String> canonical(List<String> headers) {
        List<String> out = new java.util.ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (String h : headers) {
            String c = h.isBlank() ? "" : canonical(h);
            out.add(c);
            taken.add(c);
        }
        for (int i = 0; i < headers.size(); i++) {
            String secondary = BY_SECONDARY.get(headers.get(i).strip());
            if (secondary != null && !taken.contains(secondary)) {
                out.set(i, secondary);
                taken.add(secondary);
            }
        }
        return out;
    }

    /** The secondary headers of real registers, by canonical name (docs/records.md). */
    public static Map<String, List<String>> secondaryAliases() {
        return Collections.unmodifiableMap(SECONDARY);
    }

    private Columns() {
    }

    /** The canonical name a header means, or the trimmed header itself when it is not a known alias. */
    public static String canonical(String header) {
        String h = header.strip();
        String c = BY_HEADER.get(h);
        if (c == null) {
            c = BY_HEADER.get(h.toLowerCase(java.util.Locale.ROOT));
        }
        return c == null ? h : c;
    }

    /** The header users see for a canonical name in messages: its first Chinese alias (the name itself if none). */
    public static String header(String canonical) {
        List<String> aliases = ALIASES.getOrDefault(canonical, List.of());
        return aliases.isEmpty() ? canonical : aliases.get(0);
    }

    /** Canonical name to its aliases, in documentation order. */
    public static Map<String, List<String>> aliases() {
        return Collections.unmodifiableMap(ALIASES);
    }

    /** The items of a list-valued attribute such as {@link #MAJOR_KINDS}; empty for null or blank. */
    public static List<String> listItems(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split(LIST_SEPARATOR)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
