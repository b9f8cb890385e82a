package io.jicha.rubric;

import java.util.List;

/** Checks a rubric file and reports every problem at once, each with line, column and field path. */
public final class RubricValidator {

    private RubricValidator() {
    }

    /** All problems in the file, in file order; empty when the rubric is valid. */
    public static List<Problem> validate(String fileName, byte[] bytes) {
        return RubricReader.read(fileName, bytes).problems();
    }
}
