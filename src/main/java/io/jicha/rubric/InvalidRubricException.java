package io.jicha.rubric;

import io.jicha.common.Texts;
import io.jicha.common.UserError;

import java.util.List;

/**
 * A rubric file with problems. The message is one line (the problem itself when there is one,
 * else the count and the first); {@link #problems()} has them all, in file order.
 */
public final class InvalidRubricException extends UserError {

    private final String file;
    private final List<Problem> problems;

    public InvalidRubricException(String file, List<Problem> problems) {
        super(summary(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** "3 problems in penalty-case.yaml" (or "1 problem in ..."), in the user's language. */
    public static String count(String file, int n) {
        return Texts.get(n == 1 ? "rubric.problem-in" : "rubric.problems-in", n, file);
    }

    private static String summary(String file, List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return Texts.get("rubric.problems-first", count(file, problems.size()), problems.get(0), file);
    }
}
