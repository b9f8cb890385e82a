package io.jicha.scoring;

import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingStatus;
import io.jicha.record.RecordKind;
import io.jicha.sampling.DrawBook;
import io.jicha.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * What is left of a review, per audited unit (session todo): drawn files not yet scored, proposed
 * findings not yet accepted or dropped, a notice not yet issued for accepted findings, and accepted
 * findings of an issued notice not yet checked as rectified. Derived from the session's state only.
 */
public record Todo(List<Unit> units) {

    /** One unit's open work; the lists hold file ids and finding ids in journal order. */
    public record Unit(String unit, List<String> toScore, List<String> toDecide, boolean noticeToIssue,
                       List<String> toCheck) {

        public boolean nothingLeft() {
            return toScore.isEmpty() && toDecide.isEmpty() && !noticeToIssue && toCheck.isEmpty();
        }
    }

    public static Todo of(SessionState state) {
        DrawBook draws = state.get(DrawBook.class);
        ScoreBook scores = state.get(ScoreBook.class);
        FindingBook findings = state.get(FindingBook.class);
        List<Unit> units = new ArrayList<>();
        for (String unit : state.info().units()) {
            List<String> toScore = new ArrayList<>();
            for (DrawBook.Entry e : draws.currentDraws()) {
                if (!e.draw().unit().equals(unit)) {
                    continue;
                }
                RecordKind kind = e.draw().recordKind();
                for (String id : e.draw().ids()) {
                    if (!scores.isDone(ScoreTarget.file(kind, unit, id))) {
                        toScore.add(id);
                    }
                }
            }
            List<String> toDecide = new ArrayList<>();
            List<String> accepted = new ArrayList<>();
            for (Finding f : findings.forUnit(unit)) {
                if (f.status() == FindingStatus.PROPOSED) {
                    toDecide.add(f.id());
                } else if (f.status() == FindingStatus.ACCEPTED) {
                    accepted.add(f.id());
                }
            }
            boolean issued = findings.issuedOn(unit).isPresent();
            boolean noticeToIssue = !issued && !findings.forNotice(unit).isEmpty();
            units.add(new Unit(unit, toScore, toDecide, noticeToIssue, issued ? accepted : List.of()));
        }
        return new Todo(units);
    }

    public boolean nothingLeft() {
        return units.stream().allMatch(Unit::nothingLeft);
    }
}
