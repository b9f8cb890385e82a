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

    /**
     * The key of how the rule is stated beside means and totals, in the rubric (terminal) and report
     * (document) bundles alike: 否决卷计0分，计入平均分 …
     */
    public String key() {
        return "rubric.veto-effect." + code;
    }
}
