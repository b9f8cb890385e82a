/**
 * The rectification ledger (整改台账): what happens to an accepted finding after its unit's notice
 * is issued — the unit's 整改报告 and measures, the team's checks (书面核查 or 现场复查) that close
 * an item (销号) or send it back, extensions, items closed as lasting (长期坚持), escalations
 * (督办, 约谈, 通报), and a follow-up review (回头看) that compares failure rates with the review it
 * follows. Events in {@link io.jicha.rectification.RectificationEvents}, folded by
 * {@link io.jicha.rectification.RectificationBook}; the state of each item as of a date is
 * {@link io.jicha.rectification.Ledger}; every rule for a command is in
 * {@link io.jicha.rectification.RectificationDecisions}. Plain Java, no Spring.
 */
package io.jicha.rectification;
