package io.jicha.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a rectification notice, from its model and the document labels, whatever it is
 * written as: the title, the opening, each item's problem, requirement and deadline, the reply
 * sentence, the signature date and the 版记 lines. The .docx ({@link NoticeDocx}) reads it; the PDF
 * composes the same words from the same labels.
 */
final class NoticeWording {

    private final NoticeModel m;
    final ReportMessages messages;

    NoticeWording(NoticeModel m) {
        this.m = m;
        this.messages = ReportMessages.forLocale(m.provenance().locale());
    }

    String label(String key, Object... args) {
        return messages.get(key, args);
    }

    /** 7.2.4: "<authority>文件" for the 文件式 head. */
    String mark() {
        return label("notice.mark", m.authority());
    }

    /** "<authority>关于<subject>的通知", or the title given in the layout. */
    String title() {
        if (m.layout().title() != null) {
            return m.layout().title();
        }
        return defaultTitle(m, messages);
    }

    /** "<authority>关于<unit>…整改的通知": the title when the layout gives none. */
    static String defaultTitle(NoticeModel m, ReportMessages messages) {
        return messages.get("notice.title", m.authority(), messages.get("notice.subject", unitOf(messages, m.addressee())));
    }

    /**
     * 7.3.1: the title in lines of at most {@code maxColumns} display columns (a Chinese character
     * counts two), broken between words as the PDF breaks it ({@link TitleLines}).
     */
    List<String> titleLines(int maxColumns) {
        return TitleLines.of(title(), io.jicha.text.DisplayWidth::of, maxColumns);
    }

    /**
     * The unit an addressee names, for the title: the addressee without the ending of the default full
     * name ({@code default.addressee}, "{0}环境保护局": 吴江区环境保护局 → 吴江区), else the addressee.
     */
    static String unitOf(ReportMessages messages, String addressee) {
        String ending = messages.get("default.addressee", "");
        return addressee.endsWith(ending) && addressee.length() > ending.length()
                ? addressee.substring(0, addressee.length() - ending.length()) : addressee;
    }

    /** 7.3.2: the addressee with its colon. */
    String addressee() {
        return label("gongwen.addressee", m.addressee());
    }

    String opening() {
        return label("notice.opening", m.reviewName(), messages.period(m.reviewFrom(), m.reviewTo()));
    }

    /** "一、", "二、" … */
    String itemHead(int number) {
        return label("notice.item", messages.ordinal(number));
    }

    /** The problem as a sentence, then the files it concerns (empty when none). */
    String problem(NoticeModel.Item item) {
        return sentence(item.text());
    }

    String files(NoticeModel.Item item) {
        return item.files().isEmpty() ? "" : label("notice.item.files", messages.joinList(item.files()));
    }

    String requirementLabel() {
        return label("notice.requirement.label");
    }

    String requirement(NoticeModel.Item item) {
        return sentence(item.requirement());
    }

    String deadlineLabel() {
        return label("notice.deadline.label");
    }

    String deadline(NoticeModel.Item item) {
        return label(item.provisional() ? "notice.deadline.value.provisional" : "notice.deadline.value",
                messages.date(item.deadline()));
    }

    String reply() {
        return label(m.replyByProvisional() ? "notice.reply.provisional" : "notice.reply", messages.date(m.replyBy()));
    }

    /** "特此通知。" (may be blank in a language without it). */
    String closing() {
        return label("notice.closing");
    }

    /** 7.3.4: "附件：问题清单". */
    String attachmentNote() {
        return label("notice.attachment.note") + label("notice.attachment.title");
    }

    String issued() {
        return messages.date(m.issued());
    }

    /** The 问题清单's cells of one item: number, problem, files (one a line), criterion, deadline. */
    List<String> attachmentRow(int number, NoticeModel.Item item) {
        return List.of(Integer.toString(number), sentence(item.text()), filesCell(item, messages),
                item.criterion() == null ? "" : item.criterion(), messages.date(item.deadline()));
    }

    /**
     * The 涉及案卷 cell of the 问题清单, in the PDF and the .docx alike: the files the finding is about (or the
     * unit's documents), then the evidence kept with it (evidence add, issue 25), a name and hash a line.
     */
    static String filesCell(NoticeModel.Item item, ReportMessages messages) {
        String files = item.files().isEmpty() ? messages.get("notice.attachment.unitDocuments")
                : String.join("\n", item.files());
        return item.evidence().isEmpty() ? files
                : files + "\n" + messages.get("evidence.label") + "\n" + String.join("\n", item.evidence());
    }

    List<String> attachmentHeaders() {
        return List.of("no", "problem", "files", "criterion", "deadline").stream()
                .map(k -> label("notice.attachment.col." + k)).toList();
    }

    /** 7.4.2: "抄送：A，B。" (empty when no 抄送). */
    String cc() {
        List<String> cc = m.layout().cc();
        return cc.isEmpty() ? "" : label("notice.cc", String.join(label("notice.cc.separator"), cc));
    }

    /** 7.4.3: the 印发机关. */
    String printer() {
        return m.layout().printer() != null ? m.layout().printer() : label("notice.printer", m.authority());
    }

    /** 7.4.3: "…印发". */
    String printed() {
        return label("notice.printed", messages.date(m.layout().printed() != null ? m.layout().printed() : m.issued()));
    }

    /** The page number as printed: "— {0} —" around the number. */
    String[] pageNumberAround() {
        String[] parts = label("notice.page", "\u0000").split("\u0000", -1);
        return new String[]{parts[0], parts.length > 1 ? parts[1] : ""};
    }

    /** Text ending as a sentence: trailing commas or semicolons become the full stop. */
    String sentence(String s) {
        return sentence(s, messages);
    }

    /** Text ending as a sentence, with the full stop of the document's language (report.fullStop: 。 or .). */
    static String sentence(String s, ReportMessages messages) {
        String t = s.strip();
        while (!t.isEmpty() && "，,；;、：:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty() || "。！？.!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t;
        }
        return t + messages.get("report.fullStop");
    }
}
