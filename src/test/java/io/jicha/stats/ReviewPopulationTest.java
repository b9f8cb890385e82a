package io.jicha.stats;

import io.jicha.record.CaseRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review example's populations (issue 8 data) are what their README says. */
class ReviewPopulationTest {

    static final Path DIR = ReviewPopulationGenerator.DEFAULT_DIR;

    @Test
    void generatorWithTheSameSeedWritesTheCommittedFilesByteForByte(@TempDir Path tmp) throws IOException {
        List<String> files = ReviewPopulationGenerator.generate(tmp, ReviewPopulationGenerator.SEED);
        assertThat(files).hasSize(8);
        for (String f : files) {
            assertThat(Files.readAllBytes(tmp.resolve(f))).as(f).isEqualTo(Files.readAllBytes(DIR.resolve(f)));
        }
    }

    @Test
    void taicangFilesAreExcelGb18030WithoutBomAndWithCrlf() throws IOException {
        for (String f : List.of("taicang-inspections.csv", "taicang-penalties.csv")) {
            byte[] bytes = Files.readAllBytes(DIR.resolve(f));
            assertThat(bytes[0]).as(f).isNotEqualTo((byte) 0xEF);
            assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)))
                    .isInstanceOf(CharacterCodingException.class);
            String text = new String(bytes, "GB18030");
            assertThat(text.replace("\r\n", "")).as(f).doesNotContain("\n");
            assertThat(text).as(f).contains("太仓市");
        }
    }

    @Test
    void everyUnitHasHundredsOfInspectionsAndDozensOfCasesDatedJanuaryToSeptember() throws IOException {
        for (ReviewPopulationGenerator.Plan plan : ReviewPopulationGenerator.PLANS) {
            String stem = SyntheticUnits.unit(plan.unit()).fileStem();
            List<CaseRecord> inspections = ExampleCsvLoader.load(DIR.resolve(stem + "-inspections.csv"));
            List<CaseRecord> cases = ExampleCsvLoader.load(DIR.resolve(stem + "-penalties.csv"));
            assertThat(inspections).hasSizeBetween(200, 500);
            assertThat(cases).hasSizeBetween(24, 60);
            for (List<CaseRecord> records : List.of(inspections, cases)) {
                assertThat(records).extracting(CaseRecord::id).doesNotHaveDuplicates();
                assertThat(records).allSatisfy(r -> assertThat(r.date())
                        .isBetween(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 9, 30)));
            }
            assertThat(inspections).allSatisfy(r -> {
                assertThat(r.attribute("影像取证")).isIn("有", "无");
                assertThat(r.attribute("officer_names").split("、")).hasSize(Integer.parseInt(r.attribute("officers")));
            });
            assertThat(cases).allSatisfy(r -> assertThat(r.attribute("询问笔录")).isIn("已签名", "未签名"));
            // something for the review to find: unsigned inquiry records or missing sampling forms
            assertThat(cases).anySatisfy(r -> assertThat(java.util.Arrays.asList(r.attribute("询问笔录"), r.attribute("采样单")))
                    .containsAnyOf("未签名", "无"));
        }
    }
}
