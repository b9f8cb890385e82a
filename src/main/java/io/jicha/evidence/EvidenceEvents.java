package io.jicha.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The journal events of evidence files: their type names and payload records (docs/journal.md,
 * Event catalogue; docs/evidence.md). The auditor who added a file is the event's.
 */
public final class EvidenceEvents {

    /** A file attached to a case file, a finding or a unit: {@link Added}. */
    public static final String ADDED = "evidence.added";

    private EvidenceEvents() {
    }

    /** What a file is attached to. */
    public enum Target { RECORD, FINDING, UNIT }

    /**
     * What an evidence file is attached to: a case file ({@code unit}, {@code kind}, {@code recordId}),
     * a finding ({@code findingId}, with its unit), or a unit as a whole ({@code unit}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attachment(Target target, String unit, String kind, String recordId, String findingId) {

        public Attachment {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(unit, "unit");
        }

        public static Attachment record(String unit, String kind, String recordId) {
            return new Attachment(Target.RECORD, unit, kind, recordId, null);
        }

        public static Attachment finding(String unit, String findingId) {
            return new Attachment(Target.FINDING, unit, null, null, findingId);
        }

        public static Attachment unit(String unit) {
            return new Attachment(Target.UNIT, unit, null, null, null);
        }

        /** What it names, as lists show it: the record id, the finding id, or the unit. */
        public String label() {
            return switch (target) {
                case RECORD -> recordId;
                case FINDING -> findingId;
                case UNIT -> unit;
            };
        }
    }

    /**
     * A file attached: the file (kept in the session's evidence store by its hash), what it is
     * attached to, the auditor's note (null: none) and the day it was collected.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Added(EvidenceFile file, Attachment to, String note, LocalDate on) {

        public Added {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(on, "on");
        }
    }
}
