package io.jicha.finding;

import io.jicha.common.UserError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finding ids: F-001, F-002, … in order of creation; typed as F-001, F1, f1 or 1. */
public final class FindingIds {

    private static final Pattern ID = Pattern.compile("(?i)(?:F-?)?0*(\\d{1,6})");

    private FindingIds() {
    }

    public static String of(int number) {
        return String.format("F-%03d", number);
    }

    /** The number in an id, e.g. 12 for F-012. */
    public static int number(String id) {
        Matcher m = ID.matcher(id == null ? "" : id.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            throw UserError.of("finding.finding-id-write-f-001", id);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The canonical form of a typed id. */
    public static String normalize(String typed) {
        return of(number(typed));
    }
}
