package io.jicha.scoring;

import io.jicha.common.UserError;

/**
 * What a `score amend` or `review amend` asks for, as the options give it: a deduction
 * ({@code --times}/{@code --points}), a veto ({@code --veto}) or taking a criterion's marks back
 * ({@code --clear}). An amendment of a finalized score does exactly one of them, so that each
 * amendment in the journal is one change with its own reason; {@link #action()} holds that rule.
 */
public record Amendment(boolean deduct, boolean veto, boolean clear) {

    /** The one thing an amendment does. */
    public enum Action { DEDUCT, VETO, CLEAR }

    /** The one thing asked for; a user's error when none or more than one is. */
    public Action action() {
        int asked = (deduct ? 1 : 0) + (veto ? 1 : 0) + (clear ? 1 : 0);
        if (asked != 1) {
            throw UserError.of("score.amendment-does-one-thing-give");
        }
        return veto ? Action.VETO : clear ? Action.CLEAR : Action.DEDUCT;
    }
}
