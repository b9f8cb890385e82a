package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingStatus;
import io.jicha.session.SessionState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The findings line of 'session status': counts by status. */
@Component
public class FindingStatusLines implements StatusContributor {

    @Override
    public List<String> statusLines(SessionState state) {
        FindingBook book = state.get(FindingBook.class);
        if (book.findings().isEmpty()) {
            return List.of(Texts.get("finding.status-none"));
        }
        Map<FindingStatus, Integer> counts = new EnumMap<>(FindingStatus.class);
        for (Finding f : book.findings()) {
            counts.merge(f.status(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        // the status in the terminal's language: 已确认 in Chinese, accepted (the word --status takes) in English
        Locale language = Texts.lang() == Texts.Lang.ZH ? Locale.CHINESE : Locale.ENGLISH;
        counts.forEach((status, n) -> parts.add(Texts.get("finding.status-count", n, status.label(language))));
        return List.of(Texts.get("finding.status-counts", String.join(Texts.get("finding.status-separator"), parts)));
    }
}
