package io.jicha.journal;

/** TEMPORARY stub of the lead's contract (COMMON.md); replaced by main's version on merge. */
public record NewEvent(String type, Object payload) {
}
