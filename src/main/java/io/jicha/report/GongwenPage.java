package io.jicha.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the frame of a 公文 is laid out from, whatever its 正文 and attachments: the rectification
 * notice ({@link NoticeModel}) and the documents of the rectification ledger ({@link GongwenModel}) both
 * feed it, and {@link GongwenLayout} draws from it the 版头 (GB/T 9704-2012 7.2: 发文机关标志, 发文字号,
 * 签发人, the red separator; 9.1 for the 信函式), the title (7.3.1), 主送机关 (7.3.2), 署名 and 成文日期
 * (7.3.5) and the 版记 (7.4).
 *
 * @param layout         form, seal, 抄送, 印发机关 and 印发日期
 * @param authority      the 发文机关 (its name is the mark and the signature)
 * @param documentNumber the 发文字号 (empty: none)
 * @param signer         the 签发人 of an upward document (7.2.6; null: none)
 * @param title          the title as given (it may carry the author's line breaks, {@link TitleLines})
 * @param addressee      the 主送机关
 * @param issued         the 成文日期
 */
record GongwenPage(NoticeModel.Layout layout, String authority, String documentNumber, String signer, String title,
                   String addressee, LocalDate issued) {

    GongwenPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(issued, "issued");
        documentNumber = documentNumber == null ? "" : documentNumber;
    }

    /** The notice's frame: no 签发人; its title the layout's, else "<authority>关于<unit>…的通知". */
    static GongwenPage of(NoticeModel m, ReportMessages messages) {
        String title = m.layout().title() != null ? m.layout().title() : NoticeWording.defaultTitle(m, messages);
        return new GongwenPage(m.layout(), m.authority(), m.documentNumber(), null, title, m.addressee(), m.issued());
    }

    /** A ledger document's frame: its title the layout's, else the model's. */
    static GongwenPage of(GongwenModel m) {
        String title = m.layout().title() != null ? m.layout().title() : m.title();
        return new GongwenPage(m.layout(), m.authority(), m.documentNumber(), m.signer(), title, m.addressee(),
                m.issued());
    }

    /**
     * Adds the frame's texts to a glyph check, each in the face it is set in: the 发文字号, 主送机关, the
     * notice's review name (null: none), the authority (in the body and as the mark), the title as
     * printed ({@code plainTitle}), the 印发机关, the 签发人 and the 抄送机关.
     */
    void check(GlyphCheck check, String plainTitle, String reviewName) {
        check.body("document number", documentNumber).body("addressee", addressee);
        if (reviewName != null) {
            check.body("review name", reviewName);
        }
        check.body("authority", authority).face(FontRole.TITLE, "authority", authority)
                .face(FontRole.TITLE, "title", plainTitle).body("printer", layout.printer());
        if (signer != null) {
            check.face(FontRole.KAI, "signer", signer);
        }
        for (String cc : layout.cc()) {
            check.body("cc", cc);
        }
    }

    NoticeModel.Form form() {
        return layout.form();
    }
}
