package io.jicha.rubric;

import io.jicha.common.Texts;
import io.jicha.common.Hashes;
import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.journal.NewEvent;
import io.jicha.session.Projection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rubrics loaded into a session, folded from its {@code rubric.loaded} events. An id and
 * version is loaded once: the same content again changes nothing, different content is refused
 * (bump the version). When several rubrics apply to the same target, the one loaded last is the
 * session's rubric for it.
 */
public final class RubricBook implements Projection {

    /** Rubrics parsed from journal content, keyed by the SHA-256 of the bytes they came from. */
    private static final Map<String, Rubric> PARSED = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Rubric> eldest) {
                    return size() > 32;
                }
            });

    private final List<LoadedRubric> loaded = new ArrayList<>();

    public RubricBook() {
    }

    @Override
    public void apply(Event event) {
        if (!RubricEvents.LOADED.equals(event.type())) {
            return;
        }
        RubricLoaded p = event.payloadAs(RubricLoaded.class);
        byte[] bytes = p.content().getBytes(StandardCharsets.UTF_8);
        if (!Hashes.sha256Hex(bytes).equals(p.sha256())) {
            throw UserError.of("rubric.journal-event-content-rubric-v", event.seq(), p.id(), p.version());
        }
        Rubric rubric;
        try {
            rubric = PARSED.computeIfAbsent(p.sha256(), sha -> RubricLoader.parse(p.file(), bytes));
        } catch (InvalidRubricException e) {
            throw UserError.of("rubric.journal-event-rubric-v-longer", event.seq(), p.id(), p.version(), e.getMessage());
        }
        if (find(rubric.id(), rubric.version()).isPresent()) {
            return; // a decision refuses this; a journal written otherwise keeps the first
        }
        loaded.add(new LoadedRubric(rubric, p.sha256(), p.file(), event.seq()));
    }

    /** Every loaded rubric, in load order. */
    public List<LoadedRubric> all() {
        return List.copyOf(loaded);
    }

    public boolean isEmpty() {
        return loaded.isEmpty();
    }

    /** The rubric with this id and version. */
    public Optional<LoadedRubric> find(String id, String version) {
        return loaded.stream().filter(r -> r.id().equals(id) && r.version().equals(version)).findFirst();
    }

    /** The last loaded version of the rubric with this id. */
    public Optional<LoadedRubric> byId(String id) {
        return last(loaded.stream().filter(r -> r.id().equals(id)).toList());
    }

    /** The rubric with this id (latest version), or a UserError naming the loaded ones. */
    public LoadedRubric require(String id) {
        return byId(id).orElseThrow(() -> {
            if (loaded.isEmpty()) {
                return UserError.of("rubric.rubric-session-load-one-rubric", id);
            }
            List<String> ids = loaded.stream().map(LoadedRubric::id).distinct().toList();
            List<String> near = Codes.closest(id, ids);
            return UserError.of("rubric.rubric-session-loaded", id, (near.isEmpty() ? "" : Texts.get("rubric.did-you-mean", near.get(0))), String.join(", ", ids));
        });
    }

    /** The session's rubric for a target: the one loaded last that applies to it. */
    public Optional<LoadedRubric> forTarget(RubricTarget target) {
        // a rubric for particular files only (applies_when) is not the target's rubric while a general one is loaded
        List<LoadedRubric> all = loaded.stream().filter(r -> r.rubric().appliesTo() == target).toList();
        List<LoadedRubric> general = all.stream().filter(r -> !r.rubric().conditional()).toList();
        return last(general.isEmpty() ? all : general);
    }

    /** The session's rubric for a target, or a UserError saying to load one. */
    public Rubric requireFor(RubricTarget target) {
        return forTarget(target).map(LoadedRubric::rubric).orElseThrow(() -> UserError.of("rubric.rubric-session-load-one-rubric-2", target.code(), target.chinese(), target.code()));
    }

    /**
     * Decides a load of a file's bytes into a session ({@link #decideLoad(String, byte[])}): a finalized
     * session takes no more rubrics.
     */
    public static LoadDecision decideLoad(io.jicha.session.SessionState state, String file, byte[] bytes) {
        if (state.finalized()) {
            throw UserError.of("rubric.session-finalized-more-rubrics-can", state.info().name());
        }
        return state.get(RubricBook.class).decideLoad(file, bytes);
    }

    /**
     * Decides a load of a file's bytes against this book: throws {@link InvalidRubricException} when the
     * file has problems and UserError when the same id and version is loaded with other content; returns
     * no events when the very same content is already loaded.
     */
    public LoadDecision decideLoad(String file, byte[] bytes) {
        Rubric rubric = RubricLoader.parse(file, bytes);
        String content = new String(bytes, StandardCharsets.UTF_8);
        if (!Arrays.equals(content.getBytes(StandardCharsets.UTF_8), bytes)) {
            throw UserError.of("rubric.utf-8-text-save-utf", file);
        }
        String sha = Hashes.sha256Hex(bytes);
        Optional<LoadedRubric> same = find(rubric.id(), rubric.version());
        if (same.isPresent()) {
            if (same.get().sha256().equals(sha)) {
                return new LoadDecision(rubric, sha, same,
                        rubric.conditional() ? Optional.empty() : forTarget(rubric.appliesTo()), List.of());
            }
            throw UserError.of("rubric.rubric-already-loaded-different-content", rubric.label(), same.get().shortHash(), same.get().file(), file);
        }
        RubricLoaded payload = new RubricLoaded(rubric.id(), rubric.version(), sha, file, content);
        // a rubric for particular files (applies_when) does not replace the target's rubric
        return new LoadDecision(rubric, sha, Optional.empty(),
                rubric.conditional() ? Optional.empty() : forTarget(rubric.appliesTo()),
                List.of(new NewEvent(RubricEvents.LOADED, payload)));
    }

    /**
     * The outcome of {@link #decideLoad}: the parsed rubric, its hash, the identical rubric already
     * loaded (if so, {@code events} is empty), the rubric it takes over its target from (if any),
     * and the events to append.
     */
    public record LoadDecision(Rubric rubric, String sha256, Optional<LoadedRubric> alreadyLoaded,
                               Optional<LoadedRubric> replaces, List<NewEvent> events) {

        public boolean changesNothing() {
            return events.isEmpty();
        }
    }

    private static Optional<LoadedRubric> last(List<LoadedRubric> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }
}
