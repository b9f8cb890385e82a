package io.jicha.report;

import io.jicha.record.RecordKind;
import io.jicha.sampling.Evaluation;
import io.jicha.sampling.RateComparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation's sentences, word for word, in Chinese and English: a unit's bound (binomial, with a
 * count of the population, a census; one file or several), the units together (exact, conservative,
 * census), each within or above the plan's tolerable rate or without a plan, and the follow-up's
 * comparison (fell, rose, the same; significant or not; p below 0.001). Pinned from the sentences
 * jicha printed before they moved into the bundles, so that the move changes no byte.
 */
class EvaluationWordsTest {

    private static final BigDecimal C95 = new BigDecimal("0.95");
    private static final BigDecimal C90 = new BigDecimal("0.90");
    private static final BigDecimal T25 = new BigDecimal("0.25");

    /** A unit's evaluations, one per branch of the sentence. */
    private static final List<Evaluation> UNIT = List.of(
            new Evaluation(C95, 59, 0, 0.0, 0.0495, 0),                                          // binomial, files
            new Evaluation(C95, 1, 0, 0.0, 0.95, 0),                                             // binomial, one file
            exact(C90, 9, 0, Evaluation.Method.HYPERGEOMETRIC, 412, 92).against(T25),            // within
            exact(C90, 8, 1, Evaluation.Method.HYPERGEOMETRIC, 46, 17).against(T25),             // above
            exact(C95, 12, 1, Evaluation.Method.CENSUS, 12, 1),                                  // census, one file
            exact(C95, 12, 2, Evaluation.Method.CENSUS, 12, 2).against(T25),                     // census within
            exact(C95, 10, 3, Evaluation.Method.CENSUS, 10, 3).against(T25),                     // census above
            new Evaluation(C95, 20, 1, 0.05, 0.2, 0).against(new BigDecimal("0.05")),            // binomial above
            exact(new BigDecimal("0.975"), 1000, 2, Evaluation.Method.HYPERGEOMETRIC, 12000, 120)
                    .against(new BigDecimal("0.125")));                                          // no grouping, 97.5%

    /** The units together, one per branch. */
    private static final List<Evaluation> TOGETHER = List.of(
            exact(C90, 29, 3, Evaluation.Method.STRATIFIED_EXACT, 140, 26).against(T25),         // below
            exact(C90, 29, 3, Evaluation.Method.STRATIFIED, 140, 40).against(T25),               // conservative, above
            exact(C95, 36, 0, Evaluation.Method.STRATIFIED, 1301, 120),                          // conservative, no plan
            exact(C95, 20, 2, Evaluation.Method.CENSUS, 20, 2).against(T25),                     // census
            exact(C95, 1000, 2, Evaluation.Method.STRATIFIED_EXACT, 12000, 120));                // exact, no plan

    private static Evaluation exact(BigDecimal confidence, int evaluated, int deviations, Evaluation.Method method,
                                    int population, int upperCount) {
        double observed = (double) deviations / evaluated;
        return new Evaluation(confidence, evaluated, deviations, observed, (double) upperCount / population, 0, method,
                population, upperCount, null);
    }

    private static String locale(String lang) {
        return lang.equals("zh") ? "zh-CN" : "en";
    }

    // the wording under test
    private static String unit(Evaluation e, String unit, RecordKind kind, String locale) {
        return EvaluationWords.forSession(locale).unit(e, unit, kind);
    }

    private static String together(Evaluation e, int units, RecordKind kind, String locale) {
        return EvaluationWords.forSession(locale).together(e, units, kind);
    }

    private static String comparison(RateComparison c, String locale) {
        return EvaluationWords.forSession(locale).comparison(c);
    }

    @ParameterizedTest(name = "unit {0} {1} {2}")
    @MethodSource("unitSentences")
    void aUnitsBoundIsWordedAsBefore(int n, String kind, String lang, String expected) {
        assertThat(unit(UNIT.get(n), "吴江区", RecordKind.parse(kind), locale(lang))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "together {0} {1} {2}")
    @MethodSource("togetherSentences")
    void theUnitsTogetherAreWordedAsBefore(int n, String kind, String lang, String expected) {
        assertThat(together(TOGETHER.get(n), 4, RecordKind.parse(kind), locale(lang))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "comparison {0} at {1} {2}")
    @MethodSource("comparisonSentences")
    void aFollowUpsComparisonIsWordedAsBefore(String counts, String confidence, String lang, String expected) {
        int[] c = Arrays.stream(counts.split(",")).mapToInt(Integer::parseInt).toArray();
        RateComparison r = RateComparison.of("相城区", RecordKind.PENALTY_CASE, c[0], c[1], c[2], c[3],
                new BigDecimal(confidence));
        assertThat(comparison(r, locale(lang))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "locale {0}")
    @NullSource
    @ValueSource(strings = {"en", "en-GB", "fr"})
    void anyLocaleButChineseIsEnglish(String locale) {
        assertThat(unit(UNIT.get(0), "吴江区", RecordKind.PENALTY_CASE, locale)).startsWith("with 95% confidence");
        assertThat(together(TOGETHER.get(0), 4, RecordKind.PENALTY_CASE, locale)).startsWith("the 4 units");
        assertThat(comparison(RateComparison.of("相城区", RecordKind.PENALTY_CASE, 2, 7, 0, 8, C95), locale))
                .startsWith("the failure rate fell");
    }

    @ParameterizedTest(name = "locale {0}")
    @ValueSource(strings = {"zh", "zh-CN", "zh-TW"})
    void aChineseLocaleIsChinese(String locale) {
        assertThat(unit(UNIT.get(0), "吴江区", RecordKind.PENALTY_CASE, locale)).startsWith("在95%的置信水平下");
        assertThat(together(TOGETHER.get(0), 4, RecordKind.PENALTY_CASE, locale)).startsWith("被稽查单位合计");
        assertThat(comparison(RateComparison.of("相城区", RecordKind.PENALTY_CASE, 2, 7, 0, 8, C95), locale))
                .startsWith("不合格率由");
    }

    static Stream<Arguments> unitSentences() {
        return Stream.of(
                Arguments.of(0, "penalty-case", "zh", "在95%的置信水平下，吴江区行政处罚案卷的不合格率不超过5.0%（抽查59卷，不合格0卷）"),
                Arguments.of(0, "penalty-case", "en", "with 95% confidence, no more than 5.0% of 吴江区's penalty case files fail (0 of 59 sampled files failed)"),
                Arguments.of(0, "inspection-record", "zh", "在95%的置信水平下，吴江区现场监察记录的不合格率不超过5.0%（抽查59份，不合格0份）"),
                Arguments.of(0, "inspection-record", "en", "with 95% confidence, no more than 5.0% of 吴江区's inspection records fail (0 of 59 sampled files failed)"),
                Arguments.of(1, "penalty-case", "zh", "在95%的置信水平下，吴江区行政处罚案卷的不合格率不超过95.0%（抽查1卷，不合格0卷）"),
                Arguments.of(1, "penalty-case", "en", "with 95% confidence, no more than 95.0% of 吴江区's penalty case files fail (0 of 1 sampled file failed)"),
                Arguments.of(1, "inspection-record", "zh", "在95%的置信水平下，吴江区现场监察记录的不合格率不超过95.0%（抽查1份，不合格0份）"),
                Arguments.of(1, "inspection-record", "en", "with 95% confidence, no more than 95.0% of 吴江区's inspection records fail (0 of 1 sampled file failed)"),
                Arguments.of(2, "penalty-case", "zh", "在90%的置信水平下，吴江区行政处罚案卷的不合格率不超过22.3%（412卷中至多92卷不合格；抽查9卷，不合格0卷），在可容忍不合格率25%以内"),
                Arguments.of(2, "penalty-case", "en", "with 90% confidence, no more than 22.3% of 吴江区's penalty case files fail (at most 92 of 412; 0 of 9 sampled files failed), within the tolerable rate of 25%"),
                Arguments.of(2, "inspection-record", "zh", "在90%的置信水平下，吴江区现场监察记录的不合格率不超过22.3%（412份中至多92份不合格；抽查9份，不合格0份），在可容忍不合格率25%以内"),
                Arguments.of(2, "inspection-record", "en", "with 90% confidence, no more than 22.3% of 吴江区's inspection records fail (at most 92 of 412; 0 of 9 sampled files failed), within the tolerable rate of 25%"),
                Arguments.of(3, "penalty-case", "zh", "在90%的置信水平下，吴江区行政处罚案卷的不合格率不超过37.0%（46卷中至多17卷不合格；抽查8卷，不合格1卷），上限高于可容忍不合格率25%，尚不能得出不合格率低于25%的结论"),
                Arguments.of(3, "penalty-case", "en", "with 90% confidence, no more than 37.0% of 吴江区's penalty case files fail (at most 17 of 46; 1 of 8 sampled files failed), a bound above the tolerable rate of 25%: the review cannot conclude that fewer than 25% fail"),
                Arguments.of(3, "inspection-record", "zh", "在90%的置信水平下，吴江区现场监察记录的不合格率不超过37.0%（46份中至多17份不合格；抽查8份，不合格1份），上限高于可容忍不合格率25%，尚不能得出不合格率低于25%的结论"),
                Arguments.of(3, "inspection-record", "en", "with 90% confidence, no more than 37.0% of 吴江区's inspection records fail (at most 17 of 46; 1 of 8 sampled files failed), a bound above the tolerable rate of 25%: the review cannot conclude that fewer than 25% fail"),
                Arguments.of(4, "penalty-case", "zh", "吴江区行政处罚案卷12卷全部评查，不合格率为8.3%（不合格1卷）"),
                Arguments.of(4, "penalty-case", "en", "all 12 of 吴江区's penalty case files were reviewed: 8.3% fail (1 file)"),
                Arguments.of(4, "inspection-record", "zh", "吴江区现场监察记录12份全部评查，不合格率为8.3%（不合格1份）"),
                Arguments.of(4, "inspection-record", "en", "all 12 of 吴江区's inspection records were reviewed: 8.3% fail (1 file)"),
                Arguments.of(5, "penalty-case", "zh", "吴江区行政处罚案卷12卷全部评查，不合格率为16.7%（不合格2卷），在可容忍不合格率25%以内"),
                Arguments.of(5, "penalty-case", "en", "all 12 of 吴江区's penalty case files were reviewed: 16.7% fail (2 files), within the tolerable rate of 25%"),
                Arguments.of(5, "inspection-record", "zh", "吴江区现场监察记录12份全部评查，不合格率为16.7%（不合格2份），在可容忍不合格率25%以内"),
                Arguments.of(5, "inspection-record", "en", "all 12 of 吴江区's inspection records were reviewed: 16.7% fail (2 files), within the tolerable rate of 25%"),
                Arguments.of(6, "penalty-case", "zh", "吴江区行政处罚案卷10卷全部评查，不合格率为30.0%（不合格3卷），上限高于可容忍不合格率25%，尚不能得出不合格率低于25%的结论"),
                Arguments.of(6, "penalty-case", "en", "all 10 of 吴江区's penalty case files were reviewed: 30.0% fail (3 files), a bound above the tolerable rate of 25%: the review cannot conclude that fewer than 25% fail"),
                Arguments.of(6, "inspection-record", "zh", "吴江区现场监察记录10份全部评查，不合格率为30.0%（不合格3份），上限高于可容忍不合格率25%，尚不能得出不合格率低于25%的结论"),
                Arguments.of(6, "inspection-record", "en", "all 10 of 吴江区's inspection records were reviewed: 30.0% fail (3 files), a bound above the tolerable rate of 25%: the review cannot conclude that fewer than 25% fail"),
                Arguments.of(7, "penalty-case", "zh", "在95%的置信水平下，吴江区行政处罚案卷的不合格率不超过20.0%（抽查20卷，不合格1卷），上限高于可容忍不合格率5%，尚不能得出不合格率低于5%的结论"),
                Arguments.of(7, "penalty-case", "en", "with 95% confidence, no more than 20.0% of 吴江区's penalty case files fail (1 of 20 sampled files failed), a bound above the tolerable rate of 5%: the review cannot conclude that fewer than 5% fail"),
                Arguments.of(7, "inspection-record", "zh", "在95%的置信水平下，吴江区现场监察记录的不合格率不超过20.0%（抽查20份，不合格1份），上限高于可容忍不合格率5%，尚不能得出不合格率低于5%的结论"),
                Arguments.of(7, "inspection-record", "en", "with 95% confidence, no more than 20.0% of 吴江区's inspection records fail (1 of 20 sampled files failed), a bound above the tolerable rate of 5%: the review cannot conclude that fewer than 5% fail"),
                Arguments.of(8, "penalty-case", "zh", "在97.5%的置信水平下，吴江区行政处罚案卷的不合格率不超过1.0%（12000卷中至多120卷不合格；抽查1000卷，不合格2卷），在可容忍不合格率12.5%以内"),
                Arguments.of(8, "penalty-case", "en", "with 97.5% confidence, no more than 1.0% of 吴江区's penalty case files fail (at most 120 of 12000; 2 of 1000 sampled files failed), within the tolerable rate of 12.5%"),
                Arguments.of(8, "inspection-record", "zh", "在97.5%的置信水平下，吴江区现场监察记录的不合格率不超过1.0%（12000份中至多120份不合格；抽查1000份，不合格2份），在可容忍不合格率12.5%以内"),
                Arguments.of(8, "inspection-record", "en", "with 97.5% confidence, no more than 1.0% of 吴江区's inspection records fail (at most 120 of 12000; 2 of 1000 sampled files failed), within the tolerable rate of 12.5%"));
    }

    static Stream<Arguments> togetherSentences() {
        return Stream.of(
                Arguments.of(0, "penalty-case", "zh", "被稽查单位合计（4个单位）行政处罚案卷140卷，抽查29卷，不合格3卷；以90%的置信度，不合格案卷不超过26卷（18.6%），低于可容忍不合格率25%"),
                Arguments.of(0, "penalty-case", "en", "the 4 units reviewed together, 140 penalty case files, 29 sampled, 3 failed: with 90% confidence, no more than 26 fail (18.6%), below the tolerable rate of 25%"),
                Arguments.of(0, "inspection-record", "zh", "被稽查单位合计（4个单位）现场监察记录140份，抽查29份，不合格3份；以90%的置信度，不合格记录不超过26份（18.6%），低于可容忍不合格率25%"),
                Arguments.of(0, "inspection-record", "en", "the 4 units reviewed together, 140 inspection records, 29 sampled, 3 failed: with 90% confidence, no more than 26 fail (18.6%), below the tolerable rate of 25%"),
                Arguments.of(1, "penalty-case", "zh", "被稽查单位合计（4个单位）行政处罚案卷140卷，抽查29卷，不合格3卷；以90%的置信度，不合格案卷不超过40卷（28.6%）（保守上限），上限高于可容忍不合格率25%，尚不能得出不合格率低于25%的结论"),
                Arguments.of(1, "penalty-case", "en", "the 4 units reviewed together, 140 penalty case files, 29 sampled, 3 failed: with 90% confidence, no more than 40 fail (28.6%) (a conservative bound), a bound above the tolerable rate of 25%: the review cannot conclude that fewer than 25% fail"),
                Arguments.of(1, "inspection-record", "zh", "被稽查单位合计（4个单位）现场监察记录140份，抽查29份，不合格3份；以90%的置信度，不合格记录不超过40份（28.6%）（保守上限），上限高于可容忍不合格率25%，尚不能得出不合格率低于25%的结论"),
                Arguments.of(1, "inspection-record", "en", "the 4 units reviewed together, 140 inspection records, 29 sampled, 3 failed: with 90% confidence, no more than 40 fail (28.6%) (a conservative bound), a bound above the tolerable rate of 25%: the review cannot conclude that fewer than 25% fail"),
                Arguments.of(2, "penalty-case", "zh", "被稽查单位合计（4个单位）行政处罚案卷1301卷，抽查36卷，不合格0卷；以95%的置信度，不合格案卷不超过120卷（9.2%）（保守上限）"),
                Arguments.of(2, "penalty-case", "en", "the 4 units reviewed together, 1301 penalty case files, 36 sampled, 0 failed: with 95% confidence, no more than 120 fail (9.2%) (a conservative bound)"),
                Arguments.of(2, "inspection-record", "zh", "被稽查单位合计（4个单位）现场监察记录1301份，抽查36份，不合格0份；以95%的置信度，不合格记录不超过120份（9.2%）（保守上限）"),
                Arguments.of(2, "inspection-record", "en", "the 4 units reviewed together, 1301 inspection records, 36 sampled, 0 failed: with 95% confidence, no more than 120 fail (9.2%) (a conservative bound)"),
                Arguments.of(3, "penalty-case", "zh", "被稽查单位合计（4个单位）行政处罚案卷20卷，抽查20卷，不合格2卷；全部评查，不合格率为10.0%"),
                Arguments.of(3, "penalty-case", "en", "the 4 units reviewed together, 20 penalty case files, 20 sampled, 2 failed: every file reviewed, 10.0% fail"),
                Arguments.of(3, "inspection-record", "zh", "被稽查单位合计（4个单位）现场监察记录20份，抽查20份，不合格2份；全部评查，不合格率为10.0%"),
                Arguments.of(3, "inspection-record", "en", "the 4 units reviewed together, 20 inspection records, 20 sampled, 2 failed: every file reviewed, 10.0% fail"),
                Arguments.of(4, "penalty-case", "zh", "被稽查单位合计（4个单位）行政处罚案卷12000卷，抽查1000卷，不合格2卷；以95%的置信度，不合格案卷不超过120卷（1.0%）"),
                Arguments.of(4, "penalty-case", "en", "the 4 units reviewed together, 12000 penalty case files, 1000 sampled, 2 failed: with 95% confidence, no more than 120 fail (1.0%)"),
                Arguments.of(4, "inspection-record", "zh", "被稽查单位合计（4个单位）现场监察记录12000份，抽查1000份，不合格2份；以95%的置信度，不合格记录不超过120份（1.0%）"),
                Arguments.of(4, "inspection-record", "en", "the 4 units reviewed together, 12000 inspection records, 1000 sampled, 2 failed: with 95% confidence, no more than 120 fail (1.0%)"));
    }

    static Stream<Arguments> comparisonSentences() {
        return Stream.of(
                Arguments.of("5,8,1,10", "0.95", "zh", "不合格率由 62.5%（5/8）降至 10.0%（1/10），在 95% 置信水平上差异显著（单侧 Fisher 精确检验 p = 0.032）"),
                Arguments.of("5,8,1,10", "0.95", "en", "the failure rate fell from 62.5% (5/8) to 10.0% (1/10), a significant fall at 95% confidence (one-sided Fisher exact test, p = 0.032)"),
                Arguments.of("2,7,0,8", "0.95", "zh", "不合格率由 28.6%（2/7）降至 0.0%（0/8），在 95% 置信水平上差异不显著（单侧 Fisher 精确检验 p = 0.200）"),
                Arguments.of("2,7,0,8", "0.95", "en", "the failure rate fell from 28.6% (2/7) to 0.0% (0/8), no significant fall at 95% confidence (one-sided Fisher exact test, p = 0.200)"),
                Arguments.of("0,9,3,9", "0.95", "zh", "不合格率由 0.0%（0/9）升至 33.3%（3/9），在 95% 置信水平上差异不显著（单侧 Fisher 精确检验 p = 1.000）"),
                Arguments.of("0,9,3,9", "0.95", "en", "the failure rate rose from 0.0% (0/9) to 33.3% (3/9), no significant fall at 95% confidence (one-sided Fisher exact test, p = 1.000)"),
                Arguments.of("1,5,2,10", "0.95", "zh", "不合格率由 20.0%（1/5）持平，为 20.0%（2/10），在 95% 置信水平上差异不显著（单侧 Fisher 精确检验 p = 0.736）"),
                Arguments.of("1,5,2,10", "0.95", "en", "the failure rate stayed the same, from 20.0% (1/5) to 20.0% (2/10), no significant fall at 95% confidence (one-sided Fisher exact test, p = 0.736)"),
                Arguments.of("20,20,0,20", "0.95", "zh", "不合格率由 100.0%（20/20）降至 0.0%（0/20），在 95% 置信水平上差异显著（单侧 Fisher 精确检验 p < 0.001）"),
                Arguments.of("20,20,0,20", "0.95", "en", "the failure rate fell from 100.0% (20/20) to 0.0% (0/20), a significant fall at 95% confidence (one-sided Fisher exact test, p < 0.001)"),
                Arguments.of("5,8,1,10", "0.90", "zh", "不合格率由 62.5%（5/8）降至 10.0%（1/10），在 90% 置信水平上差异显著（单侧 Fisher 精确检验 p = 0.032）"),
                Arguments.of("5,8,1,10", "0.90", "en", "the failure rate fell from 62.5% (5/8) to 10.0% (1/10), a significant fall at 90% confidence (one-sided Fisher exact test, p = 0.032)"));
    }
}
