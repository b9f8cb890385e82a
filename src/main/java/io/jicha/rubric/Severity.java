package io.jicha.rubric;

import java.util.Arrays;
import java.util.Optional;

/** How serious a finding is; a rubric gives each severity a default rectification deadline. */
public enum Severity {
    GENERAL("general", "一般"),
    SERIOUS("serious", "较重"),
    SEVERE("severe", "严重");

    private final String code;
    private final String chinese;

    Severity(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    public String code() {
        return code;
    }

    /** The name used in rubric files and reports: 一般, 较重, 严重. */
    public String chinese() {
        return chinese;
    }

    /** The severity named in English or Chinese, if any. */
    public static Optional<Severity> find(String name) {
        return Arrays.stream(values()).filter(s -> s.code.equals(name) || s.chinese.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return chinese;
    }
}
