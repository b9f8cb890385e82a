package io.jicha.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A rectification notice (整改通知) to one audited unit, laid out as a 公文 after GB/T 9704-2012:
 * document number (e.g. 苏环稽〔2016〕3号), addressee (主送机关, e.g. 吴江区环境保护局), the review
 * and its dates, the numbered findings each with the files it concerns, the criterion, a
 * requirement and a deadline, the issuing authority (发文机关) and the issue date (成文日期), and
 * how it is laid out ({@link Layout}). The reply is due by the last deadline.
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
        LocalDate issued,
        Layout layout) {

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
        layout = layout == null ? Layout.DEFAULT : layout;
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a notice needs at least one finding");
        }
    }

    /** A notice in the default layout (文件式, sealed, default title, no 抄送). */
    public NoticeModel(Provenance provenance, String documentNumber, String addressee, String reviewName,
                       LocalDate reviewFrom, LocalDate reviewTo, List<Item> findings, String authority,
                       LocalDate issued) {
        this(provenance, documentNumber, addressee, reviewName, reviewFrom, reviewTo, findings, authority, issued,
                Layout.DEFAULT);
    }

    /** The same notice in another layout. */
    public NoticeModel with(Layout other) {
        return new NoticeModel(provenance, documentNumber, addressee, reviewName, reviewFrom, reviewTo, findings,
                authority, issued, other);
    }

    /**
     * One finding: the problem found (a sentence), what must be done, and by when; {@code provisional}
     * when the date was counted through a calendar year whose holiday schedule is not yet published;
     * the files it concerns (record ids; empty for a unit's own documents; several for a finding
     * grouped from several files); the criterion it falls short of (nullable); its evidence (name,
     * time taken and hash prefix of each file kept with the finding or its files; empty: none).
     */
    public record Item(String text, String requirement, LocalDate deadline, boolean provisional, List<String> files,
                       String criterion, List<String> evidence) {
        public Item {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(deadline, "deadline");
            files = files == null ? List.of() : List.copyOf(files);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }

        /** An item without evidence lines (files kept with the finding or its case files, issue 25). */
        public Item(String text, String requirement, LocalDate deadline, boolean provisional, List<String> files,
                    String criterion) {
            this(text, requirement, deadline, provisional, files, criterion, List.of());
        }

        public Item(String text, String requirement, LocalDate deadline, boolean provisional, List<String> files) {
            this(text, requirement, deadline, provisional, files, null);
        }

        public Item(String text, String requirement, LocalDate deadline) {
            this(text, requirement, deadline, false, List.of(), null);
        }
    }

    /** Whether the reply date (the last deadline) rests on a provisional calendar year. */
    public boolean replyByProvisional() {
        LocalDate last = replyBy();
        return findings.stream().anyMatch(i -> i.provisional() && i.deadline().equals(last));
    }

    /** The three forms of the notice's first page. */
    public enum Form {
        /** 文件式 (GB/T 9704-2012 7.2): red 发文机关标志 "…文件", 发文字号 centred, red separator. */
        FILE,
        /** 信函式 (GB/T 9704-2012 9.1): red 发文机关标志, red double lines, 发文字号 flush right. */
        LETTER,
        /** For pre-printed 文件式 letterhead: the 文件式 positions without the red mark and line. */
        PLAIN
    }

    /**
     * How the notice is laid out: its form, whether it will be sealed (7.3.5.1) or not (7.3.5.2),
     * its title (null: "<authority>关于<unit>…整改的通知"), the 抄送机关 (may be empty), the 印发机关
     * (null: the authority's 办公室) and the 印发日期 (null: the issue date).
     */
    public record Layout(Form form, boolean sealed, String title, List<String> cc, String printer, LocalDate printed) {
        public static final Layout DEFAULT = new Layout(Form.FILE, true, null, List.of(), null, null);

        public Layout {
            Objects.requireNonNull(form, "form");
            cc = cc == null ? List.of() : List.copyOf(cc);
            title = title == null || title.isBlank() ? null : title.strip();
            printer = printer == null || printer.isBlank() ? null : printer.strip();
        }
    }

    /** The written rectification report is due by the last deadline. */
    public LocalDate replyBy() {
        return findings.stream().map(Item::deadline).max(Comparator.naturalOrder()).orElseThrow();
    }
}
