/**
 * Findings (问题) of a review and their rectification deadlines (整改期限): the finding
 * lifecycle folded from the journal ({@link io.jicha.finding.FindingBook}), the decisions
 * that turn an auditor's command into events ({@link io.jicha.finding.FindingDecisions}),
 * deadline rules ({@link io.jicha.finding.Deadline}) and the official working-day calendar
 * they follow ({@link io.jicha.finding.WorkdayCalendar}). Plain Java, no Spring.
 */
package io.jicha.finding;
