package io.jicha.session;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of the review report (稽查报告) the team writes itself, as a {@code session note} may
 * name them: the report prints each note under its section, in journal order. Stored in the
 * journal by its code.
 */
public enum ReportSection {

    /** 一、基本情况: the basis of the review and what the team did, beyond what the session computes. */
    @JsonProperty("basis") BASIS("basis", "基本情况"),
    /** 二、主要做法和成效: what the reviewed units do well. */
    @JsonProperty("practices") PRACTICES("practices", "主要做法和成效"),
    /** 四、存在的主要问题: the team's overall reading of the problems, before the grouped list. */
    @JsonProperty("problems") PROBLEMS("problems", "存在的主要问题"),
    /** 五、整改要求: requirements for all units, before each unit's findings. */
    @JsonProperty("requirements") REQUIREMENTS("requirements", "整改要求"),
    /** 六、下一步工作: what the reviewing bureau will do next. */
    @JsonProperty("next-steps") NEXT_STEPS("next-steps", "下一步工作");

    private final String code;
    private final String chinese;

    ReportSection(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    /** The section named by its code or its Chinese name (基本情况, basis …). */
    public static Optional<ReportSection> parse(String name) {
        String n = name == null ? "" : name.strip();
        return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(n) || s.chinese.equals(n)).findFirst();
    }
}
