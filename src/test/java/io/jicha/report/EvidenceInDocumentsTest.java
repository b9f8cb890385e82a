package io.jicha.report;

import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.session.OldJournals;
import io.jicha.session.Session;
import io.jicha.session.SessionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice's 问题清单 lists each item's evidence by name, time taken and the first 12 hex digits of its hash,
 * each file once (fixture issue-25-evidence: two photos attached to finding F-001).
 */
class EvidenceInDocumentsTest {

    @Test
    void aNoticeItemListsTheEvidenceOfItsFinding(@TempDir Path workspace) {
        Session session = OldJournals.open("issue-25-evidence", workspace);
        SessionState state = session.state();
        Finding f = state.get(FindingBook.class).require("F-001");

        NoticeModel.Item item = new ReportModels(state, session.snapshotDir()).noticeItem(f, LocalDate.of(2016, 11, 20));

        assertThat(item.evidence()).containsExactly(
                "IMG_20161010_094512.jpg（拍摄于 2016-10-10 09:45，哈希 b2768864c428）",
                "IMG_20161010_094630.jpg（拍摄于 2016-10-10 09:46，哈希 27f0b4015980）");
    }

    /** The .docx of the notice lists the same evidence in its 问题清单 as the PDF (it had dropped it). */
    @Test
    void theNoticesDocxListsTheEvidenceAsItsPdfDoes(@TempDir Path workspace) throws Exception {
        Session session = OldJournals.open("issue-25-evidence", workspace);
        SessionState state = session.state();
        Finding f = state.get(FindingBook.class).require("F-001");
        NoticeModel notice = new ReportModels(state, session.snapshotDir()).notice(f.unit(), LocalDate.of(2016, 11, 20),
                "吴环〔2016〕90号", f.unit() + "环境保护局", "苏州市环境保护局", io.jicha.finding.WorkdayCalendarLoader.locate(workspace));
        byte[] docx = new NoticeDocx(DocxFonts.configured()).bytes(notice);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains(
                    "IMG_20161010_094512.jpg（拍摄于 2016-10-10 09:45，哈希 b2768864c428）",
                    "IMG_20161010_094630.jpg（拍摄于 2016-10-10 09:46，哈希 27f0b4015980）");
        }
    }

    @Test
    void aFindingWithoutEvidenceListsNone(@TempDir Path workspace) {
        Session session = OldJournals.open("signed-heads", workspace);
        SessionState state = session.state();
        Finding f = state.get(FindingBook.class).findings().get(0);
        assertThat(new ReportModels(state, session.snapshotDir()).noticeItem(f, LocalDate.of(2016, 11, 20)).evidence())
                .isEmpty();
    }
}
