package io.jicha.rectification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jicha.evidence.EvidenceFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The journal events of the rectification ledger: their type names and payload records. Fields
 * that may be absent are null and left out of the JSON. Every date is a date the user gave (the
 * day a report arrived, a check was made …), never the clock's. {@code files} are the 佐证材料 kept
 * in the session's evidence store ({@link EvidenceFile}: by SHA-256, with name and media type); they
 * are optional and absent when none were given.
 */
public final class RectificationEvents {

    /** A unit's written 整改报告 received: {@link Received}. */
    public static final String RECEIVED = "rectification.received";
    /** The unit's measures for one item: {@link Reported}. */
    public static final String REPORTED = "rectification.reported";
    /** The team's check of one item, passed (销号) or failed (退回): {@link Checked}. */
    public static final String CHECKED = "rectification.checked";
    /** A new due date approved for one item: {@link Extended}. */
    public static final String EXTENDED = "rectification.extended";
    /** One item closed as lasting work (长期坚持): {@link Lasting}. */
    public static final String LASTING = "rectification.lasting";
    /** A unit escalated to 督办, 约谈 or 通报: {@link Escalated}. */
    public static final String ESCALATED = "rectification.escalated";
    /** This session is a follow-up review (回头看) of another: {@link Follows}. */
    public static final String FOLLOWS = "rectification.follows";

    private RectificationEvents() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Received(String unit, LocalDate on, String number, List<EvidenceFile> files) {
        public Received {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(on, "on");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reported(String id, LocalDate on, String measures, List<EvidenceFile> files) {
        public Reported {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(measures, "measures");
        }
    }

    /** {@code due} is the new due date of a failed check (null when passed). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Checked(String id, LocalDate on, CheckMethod method, boolean passed, String note, LocalDate due,
                          List<EvidenceFile> files) {
        public Checked {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(note, "note");
        }
    }

    /** {@code override}: approved after the due date had passed (true), else absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Extended(String id, LocalDate on, LocalDate due, String reason, Boolean override) {
        public Extended {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(reason, "reason");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lasting(String id, LocalDate on, String note, List<EvidenceFile> files) {
        public Lasting {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * A unit escalated. A 督办通知 written by {@code report supervise} also gives its document
     * {@code number}, the final deadline {@code due}, the items it names ({@code ids}) and the PDF's
     * name ({@code file}); {@code rectify escalate} gives none of them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Escalated(String unit, LocalDate on, Escalation to, String note, String number, LocalDate due,
                            List<String> ids, String file) {
        public Escalated {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * The review this session follows up (回头看): its session name and its journal head (hash and
     * sequence number) when the follow-up was created, so the comparison can say which state it read.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Follows(String review, String head, long seq) {
        public Follows {
            Objects.requireNonNull(review, "review");
        }
    }
}
