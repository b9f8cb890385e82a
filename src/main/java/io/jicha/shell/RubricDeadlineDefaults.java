package io.jicha.shell;

import io.jicha.finding.Deadline;
import io.jicha.finding.DeadlineDefaults;
import io.jicha.scoring.Judging;
import io.jicha.finding.Severity;
import io.jicha.session.SessionState;
import java.util.Map;
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
        // which rubric judges the subject is the scoring capability's rule (Judging); without the session's
        // snapshot folder here, a rubric for particular files counts once the file was scored against it
        return Judging.deadlines(Judging.of(state, null, unit, recordId));
    }
}
