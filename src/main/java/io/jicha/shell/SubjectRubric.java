package io.jicha.shell;

import io.jicha.rubric.LoadedRubric;
import io.jicha.rubric.Rubric;
import io.jicha.rubric.RubricBook;
import io.jicha.rubric.RubricTarget;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.SampleDrawn;
import io.jicha.session.SessionState;
import java.util.Optional;

/**
 * The rubric a finding is judged by: the unit-documents rubric for a finding about the unit
 * itself, the rubric of the drawn file's kind for a finding about a file.
 */
final class SubjectRubric {

    private SubjectRubric() {
    }

    /** Empty when the subject's rubric is not loaded (or the record was not drawn). */
    static Optional<Rubric> of(SessionState state, String recordId) {
        Optional<RubricTarget> target = recordId == null || recordId.isBlank()
                ? Optional.of(RubricTarget.UNIT_DOCUMENTS)
                : Optional.ofNullable(state.get(DrawBook.class).drawOfId().get(recordId.strip()))
                        .map(SampleDrawn::recordKind).map(RubricTarget::of);
        return target.flatMap(t -> state.get(RubricBook.class).forTarget(t)).map(LoadedRubric::rubric);
    }
}
