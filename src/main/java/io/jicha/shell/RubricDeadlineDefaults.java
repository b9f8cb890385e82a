package io.jicha.shell;

import io.jicha.finding.Deadline;
import io.jicha.finding.DeadlineDefaults;
import io.jicha.rubric.Rubric;
import io.jicha.rubric.RubricBook;
import io.jicha.rubric.RubricTarget;
import io.jicha.rubric.Severity;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.SampleDrawn;
import io.jicha.session.SessionState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Default deadlines from the session's rubrics: the unit-documents rubric for a finding about a
 * unit, the rubric of the drawn file's kind (penalty case or inspection record) for a finding
 * about a file. Empty when that rubric is not loaded (then a deadline option is required).
 */
@Component
public class RubricDeadlineDefaults implements DeadlineDefaults {

    @Override
    public Map<String, Deadline> defaults(SessionState state, String unit, String recordId) {
        Optional<RubricTarget> target = recordId == null ? Optional.of(RubricTarget.UNIT_DOCUMENTS)
                : Optional.ofNullable(state.get(DrawBook.class).drawOfId().get(recordId))
                        .map(SampleDrawn::recordKind).map(RubricTarget::of);
        Optional<Rubric> rubric = target.flatMap(t -> state.get(RubricBook.class).forTarget(t))
                .map(loaded -> loaded.rubric());
        Map<String, Deadline> byLabel = new LinkedHashMap<>();
        rubric.ifPresent(r -> {
            for (Severity s : Severity.values()) {
                io.jicha.rubric.Deadline d = r.deadline(s);
                if (d != null) {
                    byLabel.put(s.chinese(), d.workingDays() ? Deadline.workdays(d.days()) : Deadline.days(d.days()));
                }
            }
        });
        return byLabel;
    }
}
