package io.jicha.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A 公文 after GB/T 9704-2012 whose 正文 and attachment are given as they are to be printed: the
 * documents of the rectification ledger (督办通知, 整改情况报告) are of this kind. The 版头, the title,
 * 主送机关, 附件说明, 署名 and 成文日期, the attachment pages, the 版记 and the page numbers follow the
 * same clauses as the rectification notice ({@link RectificationNoticePdf}, docs/notice.md);
 * {@link GongwenPdf} lays it out.
 */
public record GongwenModel(Provenance provenance, String documentNumber, String authority, String title,
                           String addressee, List<Paragraph> body, List<Attachment> attachments, LocalDate issued,
                           NoticeModel.Layout layout, String signer) {

    /** Without a 签发人 (a 下行文, e.g. the 督办通知). */
    public GongwenModel(Provenance provenance, String documentNumber, String authority, String title,
                        String addressee, List<Paragraph> body, List<Attachment> attachments, LocalDate issued,
                        NoticeModel.Layout layout) {
        this(provenance, documentNumber, authority, title, addressee, body, attachments, issued, layout, null);
    }

    /**
     * The same document with a 签发人 (GB/T 9704-2012 7.2.6: an upward document, 上行文, names who
     * signed it for issue in the 版头); null or blank: none.
     */
    public GongwenModel withSigner(String signer) {
        return new GongwenModel(provenance, documentNumber, authority, title, addressee, body, attachments, issued,
                layout, signer);
    }

    public GongwenModel {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(issued, "issued");
        documentNumber = documentNumber == null ? "" : documentNumber;
        body = List.copyOf(body);
        attachments = List.copyOf(attachments);
        layout = layout == null ? NoticeModel.Layout.DEFAULT : layout;
        signer = signer == null || signer.isBlank() ? null : signer.strip();
    }

    /** The face a span of the 正文 is set in (7.3.3: 仿宋, with 黑体 and 楷体 for headings). */
    public enum Face { BODY, HEADING, KAI }

    /** A run of text in one face. */
    public record Span(String text, Face face) {
        public Span {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(face, "face");
        }

        public static Span body(String text) {
            return new Span(text, Face.BODY);
        }
    }

    /** A paragraph of the 正文: its first line two characters in, justified. */
    public record Paragraph(List<Span> spans) {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        public static Paragraph of(Span... spans) {
            return new Paragraph(List.of(spans));
        }
    }

    /** A table of an attachment: an optional caption (黑体, above it), relative column widths, the header and rows. */
    public record Table(String caption, float[] widths, List<String> headers, List<List<String>> rows) {
        public Table {
            Objects.requireNonNull(widths, "widths");
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            if (widths.length != headers.size()) {
                throw new IllegalArgumentException("a width for each column");
            }
        }
    }

    /** An attachment (附件): its title and its tables, on pages of its own. */
    public record Attachment(String title, List<Table> tables) {
        public Attachment {
            Objects.requireNonNull(title, "title");
            tables = List.copyOf(tables);
        }
    }
}
