package io.jicha.sampling;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sampling payloads as journals hold them. */
class SamplingEventsTest {

    static JsonNode planned(String model) throws Exception {
        return Json.MAPPER.readTree("{\"plan\":{\"confidence\":0.90,\"tolerable\":0.25,\"expected\":0,"
                + "\"population\":46,\"model\":\"" + model + "\",\"sampleSize\":8,\"toleratedDeviations\":0}}");
    }

    @ParameterizedTest
    @CsvSource({"binomial,BINOMIAL", "hypergeometric,HYPERGEOMETRIC"})
    void aPlansModelIsReadFromTheWordEveryJournalWrote(String written, SamplingModel model) throws Exception {
        SamplePlanned p = Json.value(planned(written), SamplePlanned.class);
        assertThat(p.plan().model()).isEqualTo(model);
        assertThat(Json.tree(p).path("plan").path("model").asText()).as("written back the same").isEqualTo(written);
    }

    @Test
    void anUnknownModelIsNotRead() {
        assertThatThrownBy(() -> Json.value(planned("poisson"), SamplePlanned.class))
                .isInstanceOf(IllegalStateException.class);
    }
}
