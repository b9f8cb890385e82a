package io.jicha.store;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 22: session offline/online decide in the domain, not in shell/SessionCommands; each outcome
 * without a store or a child process (TeamOnStoreTest drives the same commands on a real PostgreSQL).
 */
class OfflineSwitchTest {

    private static final String STORE = "postgresql://db.example/jicha";

    @Test
    void goingOfflineCopiesTheOpenSession() {
        assertThat(OfflineSwitch.goingOffline(Optional.empty(), Optional.of("wujiang-2016"))).isEqualTo("wujiang-2016");
    }

    @Test
    void goingOfflineWhenAlreadyOfflineIsRefusedNamingTheStore() {
        assertThatThrownBy(() -> OfflineSwitch.goingOffline(Optional.of(STORE), Optional.of("wujiang-2016")))
                .isInstanceOf(UserError.class).hasMessageContaining(STORE)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("session.offline.already"));
    }

    @Test
    void goingOfflineWithNothingOpenIsRefused() {
        assertThatThrownBy(() -> OfflineSwitch.goingOffline(Optional.empty(), Optional.empty()))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("session.offline.nothing-open"));
    }

    @Test
    void goingOnlineWhenNotOfflineIsRefused() {
        assertThatThrownBy(() -> OfflineSwitch.goingOnline(Optional.empty(), Optional.of("wujiang-2016")))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("session.online.not-offline"));
    }

    @Test
    void goingOnlineWithNothingOpenIsRefused() {
        assertThatThrownBy(() -> OfflineSwitch.goingOnline(Optional.of(STORE), Optional.empty()))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("session.offline.nothing-open"));
    }

    @Test
    void goingOnlineKnowsTheStoreItLeftAndWhetherItComesBackToAnother() {
        OfflineSwitch.Back back = OfflineSwitch.goingOnline(Optional.of(STORE), Optional.of("wujiang-2016"));
        assertThat(back).isEqualTo(new OfflineSwitch.Back(STORE, "wujiang-2016"));
        assertThat(back.toOtherStore(STORE)).isFalse();
        assertThat(back.toOtherStore("postgresql://other.example/jicha")).isTrue();
    }

    @ParameterizedTest(name = "on store {0}, only here {1}, only there {2}: {3}")
    @CsvSource({
            "false, 7, 0, PUSH",     // created while offline
            "true,  3, 0, PUSH",     // recorded on the laptop meanwhile
            "true,  0, 4, PULL",     // the store gained events meanwhile
            "true,  0, 0, NOTHING"}) // the same on both sides
    void goingOnlineCopiesWhatOneSideLacks(boolean onStore, int onlyHere, int onlyThere, OfflineSwitch.Copy expected) {
        assertThat(OfflineSwitch.copy("wujiang-2016", STORE, onStore, onlyHere, onlyThere)).isEqualTo(expected);
    }

    @Test
    void divergedSidesStayOfflineWithOneLineNamingBothCounts() {
        assertThatThrownBy(() -> OfflineSwitch.copy("wujiang-2016", STORE, true, 2, 5))
                .isInstanceOf(UserError.class).hasMessageContaining("wujiang-2016").hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("session.online.diverged"));
    }

    @ParameterizedTest(name = "diverged {0}, --keep {1}: {2}")
    @CsvSource({"false, false, NOT_DIVERGED", "true, false, CHOOSE", "true, true, KEEP"})
    void resolvingShowsChoosesOrKeeps(boolean diverged, boolean keep, OfflineSwitch.Resolution expected) {
        assertThat(OfflineSwitch.resolve("wujiang-2016", STORE, diverged, keep)).isEqualTo(expected);
    }

    @Test
    void keepingAVersionOfSidesThatHaveNotDivergedIsRefused() {
        assertThatThrownBy(() -> OfflineSwitch.resolve("wujiang-2016", STORE, false, true))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("store.not-diverged"));
    }
}
