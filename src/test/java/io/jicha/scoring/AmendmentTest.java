package io.jicha.scoring;

import io.jicha.common.UserError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 22: an amendment does exactly one thing, decided in the scoring domain (it was in shell/ScoreCommands). */
class AmendmentTest {

    @ParameterizedTest(name = "deduct={0} veto={1} clear={2} -> {3}")
    @CsvSource({"true,false,false,DEDUCT", "false,true,false,VETO", "false,false,true,CLEAR"})
    void oneThingAskedIsThatAction(boolean deduct, boolean veto, boolean clear, Amendment.Action expected) {
        assertThat(new Amendment(deduct, veto, clear).action()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "deduct={0} veto={1} clear={2}")
    @CsvSource({"false,false,false", "true,true,false", "true,false,true", "false,true,true", "true,true,true"})
    void noneOrMoreThanOneIsRefusedInOneLine(boolean deduct, boolean veto, boolean clear) {
        assertThatThrownBy(() -> new Amendment(deduct, veto, clear).action()).isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("score.amendment-does-one-thing-give"))
                .hasMessageNotContaining("\n");
    }
}
