package io.jicha.rubric;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a failed veto criterion (一票否决) does to a file's score, declared per rubric with the
 * top-level field {@code veto}. Every veto fails the file (the lowest grade band) whatever the rule;
 * the rule says which score the file shows and how it counts in means:
 * <ul>
 *   <li>{@link #ZERO} ({@code veto: zero}): the file's total is 0; it shows "0（否决）" and counts as 0;</li>
 *   <li>{@link #EXCLUDE} ({@code veto: exclude}): the file is not scored further (不合格卷, 不再评分): it
 *       shows "否决" and is left out of means, but counted among the failed files;</li>
 *   <li>{@link #KEEP} ({@code veto: keep}): the file keeps its points (the rule of rubrics written
 *       before the field existed, which is why it is the default).</li>
 * </ul>
 */
public enum VetoEffect {
    ZERO("zero"), EXCLUDE("exclude"), KEEP("keep");

    /** The rule of a rubric that declares none: the file keeps its points (as every release before did). */
    public static final VetoEffect DEFAULT = KEEP;

    private final String code;

    VetoEffect(String code) {
        this.code = code;
    }

    /** As written in a rubric file. */
    public String code() {
        return code;
    }

    public static Optional<VetoEffect> find(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** How the rule is stated beside means and totals, in the session's language. */
    public String describe(boolean chinese) {
        return switch (this) {
            case ZERO -> chinese ? "否决卷计0分，计入平均分" : "a vetoed file scores 0 and counts in the mean";
            case EXCLUDE -> chinese ? "否决卷不再评分，不计入平均分，计为不合格" : "a vetoed file is not scored and is left out of the mean, counted as failed";
            case KEEP -> chinese ? "否决卷保留卷面得分，计入平均分，评为不合格" : "a vetoed file keeps its points in the mean, graded as failed";
        };
    }
}
