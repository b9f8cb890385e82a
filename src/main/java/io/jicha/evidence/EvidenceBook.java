package io.jicha.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Json;
import io.jicha.journal.Event;
import io.jicha.session.Projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The evidence of a session: each file attached with {@code evidence add}, in journal order, and
 * every file any event refers to (an {@link EvidenceFile} held anywhere in a payload, such as a
 * rectification's {@code --file}), once per hash.
 */
public final class EvidenceBook implements Projection {

    /** One attachment: the event's number and auditor, and what it recorded. */
    public record Item(int n, long seq, String auditor, EvidenceEvents.Added added) {

        public EvidenceFile file() {
            return added.file();
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final Map<String, EvidenceFile> referenced = new LinkedHashMap<>();

    public EvidenceBook() {
    }

    @Override
    public void apply(Event event) {
        if (EvidenceEvents.ADDED.equals(event.type())) {
            EvidenceEvents.Added a = event.payloadAs(EvidenceEvents.Added.class);
            items.add(new Item(items.size() + 1, event.seq(), event.auditor(), a));
        }
        collect(event.payload());
    }

    /** Every EvidenceFile-shaped object in a payload. */
    private void collect(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            if (isFile(node)) {
                EvidenceFile f = Json.value(node, EvidenceFile.class);
                referenced.putIfAbsent(f.sha256(), f);
                return;
            }
            node.elements().forEachRemaining(this::collect);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(this::collect);
        }
    }

    private static boolean isFile(JsonNode n) {
        return n.path("sha256").isTextual() && n.path("sha256").asText().matches("[0-9a-f]{64}")
                && n.path("mediaType").isTextual() && n.path("size").isIntegralNumber() && n.path("name").isTextual();
    }

    /** The attachments, in the order they were made (numbered from 1). */
    public List<Item> items() {
        return Collections.unmodifiableList(items);
    }

    /** The attachments that match. */
    public List<Item> items(Predicate<EvidenceEvents.Attachment> which) {
        return items.stream().filter(i -> which.test(i.added().to())).toList();
    }

    /** The attachments to a finding. */
    public List<Item> ofFinding(String findingId) {
        return items(a -> a.target() == EvidenceEvents.Target.FINDING && findingId.equals(a.findingId()));
    }

    /** The attachments to a case file. */
    public List<Item> ofRecord(String unit, String recordId) {
        return items(a -> a.target() == EvidenceEvents.Target.RECORD && unit.equals(a.unit()) && recordId.equals(a.recordId()));
    }

    /** Every file the session refers to, once per hash, in the order first referred to. */
    public Collection<EvidenceFile> files() {
        return Collections.unmodifiableCollection(referenced.values());
    }

    public boolean refers(String sha256) {
        return referenced.containsKey(sha256);
    }

    /** The bytes of all files referred to, each counted once. */
    public long storedBytes() {
        return referenced.values().stream().mapToLong(EvidenceFile::size).sum();
    }

    /**
     * The attachment numbered {@code n}, or the file whose hash starts with {@code prefix} (at least 6 hex
     * digits); empty when none. Several files sharing the prefix: {@link #byPrefix} tells.
     */
    public Optional<Item> item(int n) {
        return n >= 1 && n <= items.size() ? Optional.of(items.get(n - 1)) : Optional.empty();
    }

    /** The files whose hash starts with the prefix. */
    public List<EvidenceFile> byPrefix(String prefix) {
        return referenced.values().stream().filter(f -> f.sha256().startsWith(prefix)).toList();
    }
}
