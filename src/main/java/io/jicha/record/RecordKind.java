package io.jicha.record;

import io.jicha.common.UserError;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of case file a population can hold. */
public enum RecordKind implements io.jicha.common.Localized {
    PENALTY_CASE("penalty-case", "行政处罚案卷"),
    INSPECTION_RECORD("inspection-record", "现场监察记录");

    private final String code;
    private final String chinese;

    RecordKind(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    public static RecordKind parse(String s) {
        for (RecordKind k : values()) {
            if (k.code.equals(s) || k.chinese.equals(s)) {
                return k;
            }
        }
        throw UserError.of("record.unknown-kind-use-one", s, Arrays.stream(values()).map(RecordKind::code).collect(Collectors.joining(", ")));
    }

    /** 行政处罚案卷 in Chinese texts, penalty-case in English ones: what the user may type in either. */
    @Override
    public String in(io.jicha.common.Texts.Lang lang) {
        return lang == io.jicha.common.Texts.Lang.ZH ? chinese : code;
    }

    @Override
    public String toString() {
        return code;
    }
}
