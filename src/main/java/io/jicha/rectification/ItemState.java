package io.jicha.rectification;

/**
 * Where an item of the ledger (an accepted finding whose notice is issued) stands on a date. The
 * words are in the bundles ({@code rectify.state.<code>}).
 */
public enum ItemState {
    /** 待整改: notice issued, due date not passed, nothing reported. */
    PENDING,
    /** 已报整改: the unit reported its measures. */
    REPORTED,
    /** 已销号: checked and closed (or resolved by an older release's {@code finding resolve}). */
    CLOSED,
    /** 退回: a check failed; a new due date is set and the item counts as not fixed. */
    RETURNED,
    /** 逾期: past its due date and not closed. */
    OVERDUE,
    /** 延期: an extension was approved. */
    EXTENDED,
    /** 长期坚持: closed as lasting work, with the document that set it up. */
    LASTING;

    /** The lower-case English word, also the bundle key's last part. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Closed for good: 已销号 or 长期坚持. */
    public boolean closed() {
        return this == CLOSED || this == LASTING;
    }
}
