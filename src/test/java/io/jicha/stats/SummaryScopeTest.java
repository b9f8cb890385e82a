package io.jicha.stats;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummaryScopeTest {

    static final List<String> UNITS = List.of("吴江区", "太仓市", "相城区", "高新区");

    @Test
    void allUnitsOrNoOptionMeansEveryUnitInSessionOrder() {
        assertThat(SummaryScope.units(UNITS, null, true)).isEqualTo(UNITS);
        assertThat(SummaryScope.units(UNITS, null, false)).isEqualTo(UNITS);
    }

    @Test
    void oneUnitMustBeInTheSession() {
        assertThat(SummaryScope.units(UNITS, "太仓市", false)).containsExactly("太仓市");
        assertThatThrownBy(() -> SummaryScope.units(UNITS, "昆山市", false))
                .isInstanceOf(UserError.class)
                .hasMessage("--unit: '昆山市' is not a unit of this session; units: 吴江区, 太仓市, 相城区, 高新区");
        assertThatThrownBy(() -> SummaryScope.units(UNITS, "太仓市", true))
                .isInstanceOf(UserError.class).hasMessageContaining("not both");
    }
}
