package io.jicha.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one dispatch over the review report's outline: {@link ReviewReportOutline#write} hands every block, in
 * order, to the writer's method for its kind; the PDF and the .docx are both such writers.
 */
class OutlineWriterTest {

    /** Records which method received which block. */
    private static final class Recording implements ReviewReportOutline.Writer<RuntimeException> {
        final List<Object> seen = new ArrayList<>();
        final List<String> methods = new ArrayList<>();

        private void got(String method, Object block) {
            methods.add(method);
            seen.add(block);
        }

        @Override
        public void cover(ReviewReportOutline.Cover c) {
            got("cover", c);
        }

        @Override
        public void heading(ReviewReportOutline.Heading h) {
            got("heading", h);
        }

        @Override
        public void text(ReviewReportOutline.Text t) {
            got("text", t);
        }

        @Override
        public void table(ReviewReportOutline.Table t) {
            got("table", t);
        }

        @Override
        public void chart(ReviewReportOutline.Chart c) {
            got("chart", c);
        }

        @Override
        public void signOff(ReviewReportOutline.SignOff s) {
            got("signOff", s);
        }

        @Override
        public void pageBreak(ReviewReportOutline.PageBreak p) {
            got("pageBreak", p);
        }
    }

    @Test
    void everyBlockReachesTheWritersMethodForItsKindInOrder() {
        List<ReviewReportOutline.Block> blocks = ReportFixtures.review(11, 40).outline();
        Recording r = new Recording();
        ReviewReportOutline.write(blocks, r);
        assertThat(r.seen).containsExactlyElementsOf(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            String kind = blocks.get(i).getClass().getSimpleName();
            assertThat(r.methods.get(i)).isEqualToIgnoringCase(kind);
        }
        assertThat(r.methods).contains("cover", "heading", "text", "table", "chart", "signOff", "pageBreak");
    }
}
