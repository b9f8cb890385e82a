package io.jicha.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A 公文 title in lines broken between words (GB/T 9704-2012 7.3.1: 回行时，要做到词意完整，排列对称，
 * 长短适宜，间距恰当，标题排列应当使用梯形或菱形). A title given with the mark {@value #MARK} breaks
 * exactly there (`--title "苏州市环境保护局关于吴江区行政处罚案卷|评查发现问题整改的通知"`). Otherwise a
 * title that does not fit one line breaks after its 关于 when both lines then fit (the usual form:
 * the authority on the first line, the subject on the second), else only where a word surely ends: after 关于 or 的, after a
 * punctuation mark, after an authority's name (…局, …厅), after a place's name before what it is
 * (…区 before 环境, 行政, 生态, 人民 or 政府; …市, …县 alike), after a date (2016年, 10月, …季度, …年度);
 * among those the break that makes the lines most even is taken, in two
 * lines (梯形) or else three (菱形). Only a title with no such place at all is cut into lines of equal
 * length, and its author can mark the break. See docs/notice.md, "Titles".
 */
final class TitleLines {

    /** The explicit line-break mark in a title. */
    static final String MARK = "|";

    private static final String AFTER_PUNCTUATION = "，、；：）》”";
    private static final String AUTHORITY_ENDS = "局厅";
    private static final String PLACE_ENDS = "市区县";
    private static final String AFTER_PLACE = "环行生人政";
    private static final String[] WORDS_BEFORE_A_BREAK = {"关于", "的", "季度", "年度"};

    private TitleLines() {
    }

    /** The title without its marks, as the document's metadata and the journal hold it. */
    static String plain(String title) {
        return title.replace(MARK, "");
    }

    /** The lines of {@code title}, each at most {@code max} wide by {@code width} where possible. */
    static List<String> of(String title, ToDoubleFunction<String> width, double max) {
        if (title.contains(MARK)) {
            List<String> lines = new ArrayList<>();
            for (String part : title.split("\\|")) {
                if (!part.isBlank()) {
                    lines.add(part.strip());
                }
            }
            return lines;
        }
        if (width.applyAsDouble(title) <= max) {
            return List.of(title);
        }
        // the usual form first: the authority and 关于 on the first line, the subject on the second
        int about = title.indexOf("关于");
        if (about > 0) {
            List<String> usual = List.of(title.substring(0, about + 2), title.substring(about + 2));
            if (spread(usual, width, max) < Double.MAX_VALUE) {
                return usual;
            }
        }
        List<Integer> at = breaks(title);
        List<String> best = null;
        double spread = Double.MAX_VALUE;
        for (int i : at) {
            List<String> lines = List.of(title.substring(0, i), title.substring(i));
            double s = spread(lines, width, max);
            if (s < spread) {
                spread = s;
                best = lines;
            }
        }
        if (best == null) {
            for (int a = 0; a < at.size(); a++) {
                for (int b = a + 1; b < at.size(); b++) {
                    List<String> lines = List.of(title.substring(0, at.get(a)), title.substring(at.get(a), at.get(b)),
                            title.substring(at.get(b)));
                    double s = spread(lines, width, max);
                    if (s < spread) {
                        spread = s;
                        best = lines;
                    }
                }
            }
        }
        return best != null ? best : equalParts(title, width, max);
    }

    /** How uneven the lines are (longest minus shortest), or MAX_VALUE when one does not fit. */
    private static double spread(List<String> lines, ToDoubleFunction<String> width, double max) {
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (String l : lines) {
            double w = width.applyAsDouble(l);
            if (w > max) {
                return Double.MAX_VALUE;
            }
            lo = Math.min(lo, w);
            hi = Math.max(hi, w);
        }
        return hi - lo;
    }

    /** The places (char indexes) where a line may end: after a word that surely ends there. */
    static List<Integer> breaks(String title) {
        List<Integer> at = new ArrayList<>();
        for (int i = 1; i < title.length(); i++) {
            char before = title.charAt(i - 1);
            char next = title.charAt(i);
            if (ChineseLineBreak.NO_LINE_START.indexOf(next) >= 0 || ChineseLineBreak.NO_LINE_END.indexOf(before) >= 0
                    || KeepWhole.inside(title, i - 1)) {
                continue;
            }
            boolean ok = AFTER_PUNCTUATION.indexOf(before) >= 0 || title.startsWith("关于", i);
            if (AUTHORITY_ENDS.indexOf(before) >= 0 && Character.isIdeographic(next) && next != '的') {
                ok = true;
            }
            if (PLACE_ENDS.indexOf(before) >= 0 && AFTER_PLACE.indexOf(next) >= 0) {
                ok = true;
            }
            if ((before == '年' || before == '月') && i >= 2 && Character.isDigit(title.charAt(i - 2))) {
                ok = true;
            }
            for (String w : WORDS_BEFORE_A_BREAK) {
                if (title.startsWith(w, i - w.length()) && !title.startsWith("的", i)) {
                    ok = true;
                }
            }
            if (ok && (title.startsWith("关于", i - 1) || title.startsWith("季度", i - 1) || title.startsWith("年度", i - 1))) {
                ok = false; // never inside those words
            }
            if (ok) {
                at.add(i);
            }
        }
        return at;
    }

    private static List<String> equalParts(String title, ToDoubleFunction<String> width, double max) {
        int[] cps = title.codePoints().toArray();
        int lines = (int) Math.ceil(width.applyAsDouble(title) / max);
        List<String> out = new ArrayList<>();
        int per = (int) Math.ceil(cps.length / (double) lines);
        for (int i = 0; i < cps.length; i += per) {
            out.add(new String(cps, i, Math.min(per, cps.length - i)));
        }
        return out;
    }
}
