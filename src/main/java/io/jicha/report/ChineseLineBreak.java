package io.jicha.report;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where OpenPDF may break a line in Chinese text: between any two Chinese characters, except
 * before closing punctuation (，。、；：）》 ... may not begin a line) and after opening punctuation
 * (（《“ ... may not end one), nor inside a document number, id or date ({@link KeepWhole#inside});
 * Latin text breaks as OpenPDF breaks it by default.
 */
final class ChineseLineBreak extends DefaultSplitCharacter {

    static final ChineseLineBreak INSTANCE = new ChineseLineBreak();

    static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}";
    static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        char next = current + 1 < end ? getCurrentCharacter(current + 1, cc, ck) : 0;
        if (NO_LINE_END.indexOf(c) >= 0 || (next != 0 && NO_LINE_START.indexOf(next) >= 0)) {
            return false;
        }
        if (next != 0 && (isDigitOrHan(c) || isDigitOrHan(next)) && inside(start, current, end, cc, ck)) {
            return false;
        }
        if (isChinese(c) || (next != 0 && isChinese(next))) {
            return true;
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }

    private static boolean isDigitOrHan(char c) {
        return Character.isDigit(c) || isChinese(c) || c == '-';
    }

    /** Whether a break after {@code current} falls inside a token kept whole (the 25 characters around it looked at). */
    private boolean inside(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        int from = Math.max(start, current - 24);
        int to = Math.min(end, current + 26);
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            b.append(getCurrentCharacter(i, cc, ck));
        }
        return KeepWhole.inside(b, current - from);
    }

    private static boolean isChinese(char c) {
        return (c >= 0x2E80 && c < 0xD7A0) || (c >= 0xF900 && c < 0xFB00) || (c >= 0xFE30 && c < 0xFE50)
                || (c >= 0xFF00 && c < 0xFFF0);
    }
}
