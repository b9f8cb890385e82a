package io.jicha.rectification;

import io.jicha.finding.FindingEvents;
import io.jicha.journal.Event;
import io.jicha.session.Projection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger's events folded from the journal: per finding, its dated actions in journal order
 * (measures reported, checks, extensions, lasting, and an older release's {@code finding.resolved},
 * which closes the item as 已销号 with its evidence text); per unit, the 整改报告 received and the
 * escalations; and the review this session follows, if any.
 */
public final class RectificationBook implements Projection {

    /** One dated thing that happened to an item; {@code auditor} recorded it. */
    public sealed interface Action permits Reported, Checked, Extended, Lasting, Resolved {
        long seq();

        LocalDate on();

        String auditor();
    }

    public record Reported(long seq, LocalDate on, String auditor, String measures,
                           List<io.jicha.evidence.EvidenceFile> files) implements Action {
    }

    public record Checked(long seq, LocalDate on, String auditor, CheckMethod method, boolean passed, String note,
                          LocalDate due, List<io.jicha.evidence.EvidenceFile> files) implements Action {
    }

    public record Extended(long seq, LocalDate on, String auditor, LocalDate due, String reason, boolean override)
            implements Action {
    }

    public record Lasting(long seq, LocalDate on, String auditor, String note,
                          List<io.jicha.evidence.EvidenceFile> files) implements Action {
    }

    /** {@code finding resolve} (every release before the ledger): closed, method unknown. */
    public record Resolved(long seq, LocalDate on, String auditor, String evidence) implements Action {
    }

    /** A unit's 整改报告 received. */
    public record Receipt(long seq, String unit, LocalDate on, String auditor, String number,
                          List<io.jicha.evidence.EvidenceFile> files) {
    }

    /** A unit escalated (see {@link RectificationEvents.Escalated}). */
    public record Escalated(long seq, String unit, LocalDate on, String auditor, Escalation to, String note,
                            String number, LocalDate due, List<String> ids, String file) {
    }

    private final Map<String, List<Action>> actions = new LinkedHashMap<>();
    private final List<Receipt> receipts = new ArrayList<>();
    private final List<Escalated> escalations = new ArrayList<>();
    private RectificationEvents.Follows follows;

    public RectificationBook() {
    }

    @Override
    public void apply(Event event) {
        long seq = event.seq();
        String by = event.auditor();
        switch (event.type()) {
            case RectificationEvents.RECEIVED -> {
                var p = event.payloadAs(RectificationEvents.Received.class);
                receipts.add(new Receipt(seq, p.unit(), p.on(), by, p.number(), files(p.files())));
            }
            case RectificationEvents.REPORTED -> {
                var p = event.payloadAs(RectificationEvents.Reported.class);
                add(p.id(), new Reported(seq, p.on(), by, p.measures(), files(p.files())));
            }
            case RectificationEvents.CHECKED -> {
                var p = event.payloadAs(RectificationEvents.Checked.class);
                add(p.id(), new Checked(seq, p.on(), by, p.method(), p.passed(), p.note(), p.due(), files(p.files())));
            }
            case RectificationEvents.EXTENDED -> {
                var p = event.payloadAs(RectificationEvents.Extended.class);
                add(p.id(), new Extended(seq, p.on(), by, p.due(), p.reason(), Boolean.TRUE.equals(p.override())));
            }
            case RectificationEvents.LASTING -> {
                var p = event.payloadAs(RectificationEvents.Lasting.class);
                add(p.id(), new Lasting(seq, p.on(), by, p.note(), files(p.files())));
            }
            case RectificationEvents.ESCALATED -> {
                var p = event.payloadAs(RectificationEvents.Escalated.class);
                escalations.add(new Escalated(seq, p.unit(), p.on(), by, p.to(), p.note(), p.number(), p.due(),
                        p.ids() == null ? List.of() : List.copyOf(p.ids()), p.file()));
            }
            case RectificationEvents.FOLLOWS -> follows = event.payloadAs(RectificationEvents.Follows.class);
            case FindingEvents.RESOLVED -> {
                var p = event.payloadAs(FindingEvents.Resolved.class);
                add(p.id(), new Resolved(seq, p.date(), by, p.evidence()));
            }
            default -> {
                // not ours
            }
        }
    }

    /** The item's actions in journal order (none: nothing happened since the notice). */
    public List<Action> actions(String findingId) {
        return List.copyOf(actions.getOrDefault(findingId, List.of()));
    }

    /** Whether any rectification event (or an old {@code finding.resolved}) is in the journal. */
    public boolean isEmpty() {
        return actions.isEmpty() && receipts.isEmpty() && escalations.isEmpty() && follows == null;
    }

    public List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    public List<Receipt> receipts(String unit) {
        return receipts.stream().filter(r -> r.unit().equals(unit)).toList();
    }

    /** The escalations by date (then in journal order): a 督办通知 printed later still takes its issue date's place. */
    public List<Escalated> escalations() {
        return escalations.stream().sorted(java.util.Comparator.comparing(Escalated::on).thenComparing(Escalated::seq))
                .toList();
    }

    /** The review this session follows (回头看), if it is one. */
    public Optional<RectificationEvents.Follows> follows() {
        return Optional.ofNullable(follows);
    }

    private void add(String id, Action a) {
        actions.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
    }

    private static List<io.jicha.evidence.EvidenceFile> files(List<io.jicha.evidence.EvidenceFile> files) {
        return files == null ? List.of() : List.copyOf(files);
    }
}
