package io.jicha.finding;

/** Changes to a finding's content; a null field stays as it is. */
public record FindingEdits(Severity severity, String text, String requirement, Deadline deadline) {

    public static final FindingEdits NONE = new FindingEdits(null, null, null, null);

    public boolean isEmpty() {
        return severity == null && text == null && requirement == null && deadline == null;
    }
}
