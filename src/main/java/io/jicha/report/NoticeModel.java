package io.jicha.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A rectification notice (整改通知书) to one audited unit: document number (e.g. 苏环稽〔2016〕3号),
 * addressee (e.g. 吴江区环境保护局), the review and its dates, the numbered findings each with a
 * requirement and a deadline, the issuing authority and the issue date. The reply is due by the
 * last deadline.
 */
public record NoticeModel(
        Provenance provenance,
        String documentNumber,
        String addressee,
        String reviewName,
        LocalDate reviewFrom,
        LocalDate reviewTo,
        List<Item> findings,
        String authority,
        LocalDate issued) {

    public NoticeModel {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(reviewName, "reviewName");
        Objects.requireNonNull(reviewFrom, "reviewFrom");
        Objects.requireNonNull(reviewTo, "reviewTo");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(issued, "issued");
        documentNumber = documentNumber == null ? "" : documentNumber;
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a notice needs at least one finding");
        }
    }

    /**
     * One finding: what was found, what must be done, and by when; {@code provisional} when the date
     * was counted through a calendar year whose holiday schedule is not yet published; {@code files}
     * the files a finding grouped from several files' proposals lists under it (else empty).
     */
    public record Item(String text, String requirement, LocalDate deadline, boolean provisional, List<String> files) {

        public Item(String text, String requirement, LocalDate deadline) {
            this(text, requirement, deadline, false, List.of());
        }

        public Item {
            files = files == null ? List.of() : List.copyOf(files);
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /** Whether the reply date (the last deadline) rests on a provisional calendar year. */
    public boolean replyByProvisional() {
        LocalDate last = replyBy();
        return findings.stream().anyMatch(i -> i.provisional() && i.deadline().equals(last));
    }

    /** The written rectification report is due by the last deadline. */
    public LocalDate replyBy() {
        return findings.stream().map(Item::deadline).max(Comparator.naturalOrder()).orElseThrow();
    }
}
