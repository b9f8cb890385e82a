package io.jicha.stats;

import io.jicha.common.UserError;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of major case (重大案件) the monthly enforcement summary counts, in the order of
 * the published table (苏州市执法大练兵情况汇总表, line 7). One case can fall under several kinds.
 */
public enum MajorCaseKind {
    DAILY_PENALTY("按日连续处罚", "实施按日连续处罚", "按日计罚"),
    SEIZURE("查封扣押", "查封/扣押", "查封", "扣押"),
    PRODUCTION_LIMIT("限产停产", "限产/停产", "限产", "停产"),
    POLICE_TRANSFER("移送公安", "移送公安部门", "移送公安部门涉嫌环境污染犯罪"),
    DETENTION("行政拘留");

    private final String name;
    private final List<String> aliases;

    MajorCaseKind(String name, String... aliases) {
        this.name = name;
        this.aliases = List.of(aliases);
    }

    /** The kind's short Chinese name, as written in a record's 重大案件类型 column. */
    public String chineseName() {
        return name;
    }

    /**
     * Parses a 重大案件类型 cell: kinds separated by ；, ; or 、 ("查封、扣押" is read as 查封 and 扣押,
     * both the seizure kind). A blank cell or 无 means no major case.
     *
     * @param where names the record and field, for the error message
     */
    public static Set<MajorCaseKind> parseList(String cell, String where) {
        if (cell == null || cell.isBlank() || cell.strip().equals("无")) {
            return Collections.emptySet();
        }
        Set<MajorCaseKind> kinds = EnumSet.noneOf(MajorCaseKind.class);
        for (String part : cell.split("[；;、]")) {
            String s = part.strip();
            if (!s.isEmpty()) {
                kinds.add(parse(s, where));
            }
        }
        return kinds;
    }

    private static MajorCaseKind parse(String s, String where) {
        for (MajorCaseKind k : values()) {
            if (k.name.equals(s) || k.aliases.contains(s)) {
                return k;
            }
        }
        throw UserError.of("stats.unknown-major-case-kind-known", where, s, knownKinds());
    }

    /** The accepted kind names, for messages and docs. */
    public static String knownKinds() {
        return Arrays.stream(values()).map(k -> switch (k) {
            case SEIZURE -> "查封扣押 (查封、扣押)";
            case PRODUCTION_LIMIT -> "限产停产 (限产、停产)";
            default -> k.name;
        }).collect(Collectors.joining(", "));
    }
}
