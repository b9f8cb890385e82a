package io.jicha.shell;

import io.jicha.finding.Deadline;
import io.jicha.finding.DeadlineDefaults;
import io.jicha.rubric.Rubric;
import io.jicha.finding.Severity;
import io.jicha.session.SessionState;
import java.util.EnumMap;
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
    public Map<Severity, Deadline> defaults(SessionState state, String unit, String recordId) {
        Optional<Rubric> rubric = SubjectRubric.of(state, recordId);
        Map<Severity, Deadline> bySeverity = new EnumMap<>(Severity.class);
        rubric.ifPresent(r -> {
            for (Severity s : Severity.values()) {
                Deadline d = r.deadline(s);
                if (d != null) {
                    bySeverity.put(s, d);
                }
            }
        });
        return bySeverity;
    }
}
