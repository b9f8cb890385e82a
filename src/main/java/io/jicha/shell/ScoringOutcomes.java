package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.rubric.Points;
import io.jicha.scoring.ScoreBook;
import io.jicha.scoring.ScoreSheet;
import io.jicha.scoring.ScoreTarget;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.session.SessionState;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** How a drawn file fared, from its scoring: what 'sample show' and 'sample evaluate' use. */
@Component
public class ScoringOutcomes implements SampleOutcomes {

    @Override
    public String status(SessionState state, String recordId) {
        Optional<ScoreSheet> sheet = sheet(state, recordId);
        if (sheet.isEmpty()) {
            return Texts.get("score.outcome-not-scored");
        }
        ScoreSheet s = sheet.get();
        String score = s.vetoed() ? Texts.get("score.outcome-points-vetoed", ScoreSheetText.shown(s), String.join(" ", s.vetoes()))
                : ScoreSheetText.shown(s);
        return s.reviewed() ? Texts.get("score.outcome-scored", s.grade(), score) : Texts.get("score.outcome-in-progress", score);
    }

    @Override
    public Optional<Boolean> failed(SessionState state, String recordId) {
        return sheet(state, recordId).filter(ScoreSheet::reviewed).map(ScoreSheet::fails);
    }

    @Override
    public Optional<Boolean> failed(SessionState state, String unit, String recordId) {
        return sheet(state, unit, recordId).filter(ScoreSheet::reviewed).map(ScoreSheet::fails);
    }

    private static Optional<ScoreSheet> sheet(SessionState state, String recordId) {
        return sheet(state, null, recordId);
    }

    /**
     * The file's sheet once scoring began. A file that cannot be told (drawn in several units, no
     * unit given) has none to show: that is the one-line refusal of locate, not a bug; anything
     * else thrown is a bug and goes up, never turned into "not scored".
     */
    private static Optional<ScoreSheet> sheet(SessionState state, String unit, String recordId) {
        ScoreTarget t;
        try {
            t = ScoringDecisions.locate(state, recordId, unit);
        } catch (io.jicha.common.UserError cannotTell) {
            return Optional.empty();
        }
        if (state.get(ScoreBook.class).of(t).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ScoringDecisions.sheet(state, t));
    }
}
