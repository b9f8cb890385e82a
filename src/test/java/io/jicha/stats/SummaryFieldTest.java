package io.jicha.stats;

import io.jicha.record.Columns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary's fields are record columns: their names and headers come from {@link Columns}. */
class SummaryFieldTest {

    @ParameterizedTest
    @EnumSource(SummaryField.class)
    void theHeaderAFieldShowsIsOneTheImportReadsAsThatField(SummaryField field) {
        assertThat(Columns.aliases()).containsKey(field.attribute());
        assertThat(Columns.canonical(field.column())).isEqualTo(field.attribute());
    }
}
