package io.jicha.report;

import java.util.List;
import java.util.Optional;

/**
 * The review report's line below its table of draws saying which version of a re-imported ledger each draw
 * used (issue 26), for the PDF and the .docx alike; none when no ledger was re-imported, so the reports of
 * sessions without one are unchanged.
 */
final class LedgerVersionsLine {

    private LedgerVersionsLine() {
    }

    static Optional<String> of(ReportMessages messages, List<ReviewReportModel.DrawSummary> draws) {
        String separator = messages.get("report.basis.kindSeparator");
        List<String> used = draws.stream().filter(d -> !d.ledger().isEmpty())
                .map(d -> messages.get("report.appendix.ledgerVersion", d.unit(), d.kind(), String.join(separator,
                        d.ledger().stream().map(v -> messages.get("report.appendix.ledgerVersionOf",
                                Integer.toString(v.version()), v.fileName())).toList())))
                .toList();
        return used.isEmpty() ? Optional.empty()
                : Optional.of(messages.get("report.appendix.ledgerVersions", String.join(separator, used)));
    }
}
