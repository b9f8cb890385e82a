package io.jicha.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jicha.common.Durable;
import io.jicha.common.Json;
import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.Chain;
import io.jicha.journal.FileJournal;
import io.jicha.journal.Journal;
import io.jicha.journal.NewEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder that holds the sessions ({@code $JICHA_WORKSPACE}, else the user's data folder) and
 * remembers, in {@code current.json}, which session is open and which auditor is acting. With a
 * {@link SessionStore} the sessions and each auditor's open session are kept in the store instead,
 * and the folder keeps what belongs to this machine: the acting auditor, the history, and the
 * snapshots cached from the store ({@code .store/<store>/<session>/snapshots}).
 */
public final class Workspace {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");
    private static final String CURRENT = "current.json";

    private final Path root;
    private final SessionStore store; // null: the sessions are folders of root
    // the sessions opened through this workspace: each keeps its journal's verified events and its last
    // replayed state, so that commands after the first read only what other processes appended since
    private final Map<String, Session> opened = new ConcurrentHashMap<>();

    public Workspace(Path root) {
        this(root, null);
    }

    public Workspace(Path root, SessionStore store) {
        this.root = root.toAbsolutePath().normalize();
        this.store = store;
    }

    /** Where the sessions are kept, for messages: this folder, or the store. */
    public String location() {
        return store == null ? root.toString() : store.location();
    }

    /** The store the sessions are kept in; empty when they are folders of this workspace. */
    public Optional<SessionStore> store() {
        return Optional.ofNullable(store);
    }

    private Path cacheDir(String name) {
        return root.resolve(".store").resolve(store.cacheKey()).resolve(name);
    }

    /** The folder named by $JICHA_WORKSPACE, else the user's own folder ({@link #defaultRoot}). */
    public static Path rootFromEnvironment() {
        return rootFrom(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", ""));
    }

    /**
     * {@code JICHA_WORKSPACE} when set, else {@link #defaultRoot}: the same folder from whatever folder jicha
     * starts in (issue 26).
     */
    static Path rootFrom(Map<String, String> env, String osName, String userHome) {
        String given = env.get("JICHA_WORKSPACE");
        return given != null && !given.isBlank() ? Path.of(given) : defaultRoot(env, osName, userHome);
    }

    /**
     * The user's own data folder for jicha: {@code %APPDATA%\jicha} on Windows; elsewhere the XDG Base
     * Directory Specification's data home, {@code $XDG_DATA_HOME/jicha} when that is an absolute path (the
     * specification says a relative one is to be ignored), else {@code ~/.local/share/jicha}.
     */
    static Path defaultRoot(Map<String, String> env, String osName, String userHome) {
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            if (appData != null && !appData.isBlank()) {
                return Path.of(appData, "jicha");
            }
            return Path.of(userHome, "AppData", "Roaming", "jicha");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "jicha");
        }
        return Path.of(userHome, ".local", "share", "jicha");
    }

    public Path root() {
        return root;
    }

    /** Creates a session and makes it the open one; nothing is left behind if any step fails. */
    public Session create(SessionInfo info, String auditor) {
        checkName(info.name());
        ensureWritable();
        Session created;
        if (store != null) {
            // the store records the new session as the creator's open one in the same transaction
            Journal journal = store.create(info.name(), auditor, List.of(created(info)));
            created = new Session(info.name(), cacheDir(info.name()), journal, store);
        } else {
            Path target = placeNew(info.name(),
                    () -> UserError.of("session.session-named-exists-already-open", info.name(), info.name()),
                    folder -> FileJournal.create(folder.resolve(Session.JOURNAL), auditor, List.of(created(info))));
            created = new Session(info.name(), target);
        }
        setCurrentSession(info.name());
        opened.put(info.name(), created);
        return created;
    }

    /**
     * Creates a session of this folder holding a copy of another journal (session pull), already
     * checked as a whole ({@link Chain#continuing}): the journal and the snapshots {@code fill} writes
     * into its snapshot folder are put in place together. Refuses a taken name.
     */
    public Session createCopy(String name, Chain.Batch copy, Consumer<Path> fill) {
        checkName(name);
        ensureWritable();
        if (store != null) {
            throw new IllegalStateException("a copy is made in a workspace folder, not in a store");
        }
        placeNew(name, () -> UserError.of("session.session-named-exists-already-choose", name), folder -> {
            StringBuilder text = new StringBuilder();
            copy.lines().forEach(l -> text.append(l).append('\n'));
            Files.writeString(folder.resolve(Session.JOURNAL), text, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Path snapshots = folder.resolve(Session.SNAPSHOTS);
            Files.createDirectory(snapshots);
            fill.accept(snapshots);
            Durable.syncFolder(snapshots);
        });
        return open(name);
    }

    /** Writes what a new session folder holds; it may throw {@link UserError} to refuse. */
    private interface NewFolder {
        void fill(Path folder) throws IOException;
    }

    /**
     * Puts a new session folder in place: {@code content} fills a folder under a temporary name,
     * which is forced to disk and renamed to {@code name}; nothing is left behind if a step fails.
     * A name that is taken, before or by a rename that lost a race, is refused with {@code taken}.
     */
    private Path placeNew(String name, Supplier<UserError> taken, NewFolder content) {
        Path target = root.resolve(name);
        if (Files.exists(target)) {
            throw taken.get();
        }
        Path temp = root.resolve(".new-" + UUID.randomUUID());
        try {
            Files.createDirectory(temp);
            content.fill(temp);
            Durable.syncFolder(temp); // what it holds is on disk before the folder is renamed into place
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            Durable.syncFolder(root); // and the session's name before it is reported
            return target;
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(temp);
            throw taken.get();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (e instanceof UserError u) {
                throw u;
            }
            if (takenMeanwhile(e, target)) {
                throw taken.get();
            }
            throw UserError.of("session.cannot-create-session", name, root, e.getMessage());
        }
    }

    /**
     * Whether a failed create lost a race: another process put a session folder in place between the
     * check and the rename. rename(2) then fails with ENOTEMPTY, which Java reports as a plain
     * FileSystemException ("Directory not empty"), not as FileAlreadyExistsException.
     */
    private static boolean takenMeanwhile(Exception e, Path target) {
        return e instanceof IOException && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    private static NewEvent created(SessionInfo info) {
        return new NewEvent(SessionEvents.CREATED, new SessionEvents.Created(info.name(), info.from(), info.to(),
                info.units(), info.team(), info.locale(), info.zone().getId(), io.jicha.common.JichaVersion.current(),
                info.fullNames().isEmpty() ? null : info.fullNames()));
    }

    /** The named session, or a UserError listing what exists; the same object each time for a name. */
    public Session open(String name) {
        if (store != null) {
            if (!NAME.matcher(name).matches() || !store.exists(name)) {
                throw noSuchSession(name);
            }
            return opened.computeIfAbsent(name, n -> new Session(n, cacheDir(n), store.journal(n), store));
        }
        Path dir = root.resolve(name).normalize();
        if (!NAME.matcher(name).matches() || !Files.isRegularFile(dir.resolve(Session.JOURNAL))) {
            throw noSuchSession(name);
        }
        return opened.computeIfAbsent(name, n -> new Session(n, dir));
    }

    private UserError noSuchSession(String name) {
        List<String> names = sessionNames();
        return UserError.of("session.session-named", name, location(), (names.isEmpty()
                ? Texts.get("session.create-one-session-new") : Texts.get("session.sessions", String.join(", ", names))));
    }

    /** The names of the sessions in the workspace, sorted. */
    public List<String> sessionNames() {
        if (store != null) {
            return store.names();
        }
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(Session.JOURNAL)))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw UserError.of("session.cannot-list", root, e.getMessage());
        }
    }

    /**
     * The open session: the one this workspace opened ({@code current.json}), whatever the store holds.
     * A command never writes to a session this workspace did not create or open, so a session the
     * acting auditor opened on another machine is only named ({@link #openElsewhere}), never used.
     */
    public Optional<String> currentSession() {
        return textOf(readCurrent(), "session");
    }

    /**
     * With a store and no session open here: the session the acting auditor last opened on another
     * machine, to name in the line that asks to open it.
     */
    public Optional<String> openElsewhere() {
        if (store == null || currentSession().isPresent()) {
            return Optional.empty();
        }
        return actingAuditor().flatMap(store::currentSession);
    }

    /**
     * Makes {@code name} the open session of this workspace and, in a store, of the acting auditor
     * there (the store's record only says where the auditor last was; this workspace's choice decides).
     */
    public void setCurrentSession(String name) {
        ObjectNode current = readCurrent();
        if (name == null) {
            current.remove("session");
        } else {
            current.put("session", name);
        }
        writeCurrent(current);
        if (store != null) {
            actingAuditor().ifPresent(a -> store.setCurrentSession(a, name));
        }
    }

    private Optional<String> actingAuditor() {
        String env = System.getenv("JICHA_AUDITOR");
        if (env != null && !env.isBlank()) {
            return Optional.of(env.trim());
        }
        return currentAuditor();
    }

    public Optional<String> currentAuditor() {
        return textOf(readCurrent(), "auditor");
    }

    /** A field of current.json: absent, or a string; anything else means the file was damaged. */
    private Optional<String> textOf(ObjectNode current, String field) {
        JsonNode value = current.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw UserError.of("session.current-damaged", root.resolve(CURRENT));
        }
        return Optional.of(value.textValue());
    }

    /**
     * The store this workspace's folder stands in for while its laptop works offline ({@code session offline},
     * issue 26): while set, commands use the folder's copies of the sessions although JICHA_STORE is set.
     */
    public Optional<String> offline() {
        return textOf(readCurrent(), "offline");
    }

    /** Whether the workspace folder at {@code root} is marked offline (read before its store is chosen). */
    public static boolean markedOffline(Path root) {
        return new Workspace(root).offline().isPresent();
    }

    /** Marks this workspace's folder as working offline from the store at {@code storeLocation}; null: online again. */
    public void setOffline(String storeLocation) {
        ObjectNode current = readCurrent();
        if (storeLocation == null) {
            current.remove("offline");
        } else {
            current.put("offline", storeLocation);
        }
        writeCurrent(current);
    }

    public void setCurrentAuditor(String auditor) {
        ObjectNode current = readCurrent();
        current.put("auditor", auditor);
        writeCurrent(current);
        String session = current.path("session").textValue();
        if (store != null && session != null) {
            store.setCurrentSession(auditor, session); // the auditor goes on in the session open here
        }
    }

    private ObjectNode readCurrent() {
        Path f = root.resolve(CURRENT);
        if (!Files.isRegularFile(f)) {
            return Json.MAPPER.createObjectNode();
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw UserError.because(e, "session.current-damaged", f);
        }
        if (!(node instanceof ObjectNode current)) {
            throw UserError.of("session.current-damaged", f);
        }
        return current;
    }

    private void writeCurrent(ObjectNode current) {
        ensureWritable();
        Path f = root.resolve(CURRENT);
        Path tmp = root.resolve(CURRENT + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(tmp, Json.MAPPER.writeValueAsString(current), StandardCharsets.UTF_8);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw UserError.of("session.cannot-write", f, e.getMessage());
        }
    }

    /**
     * Sets the folder session {@code name} aside under the new name {@code copy} (a rename of its
     * folder: journal and snapshots move together, nothing is rewritten), so that another version can
     * take the name. Refuses a taken or malformed name.
     */
    public void setAside(String name, String copy) {
        checkName(copy);
        ensureWritable();
        if (store != null) {
            throw new IllegalStateException("a session is set aside in a workspace folder, not in a store");
        }
        open(name); // refuses a session that does not exist
        Path target = root.resolve(copy);
        if (Files.exists(target)) {
            throw UserError.of("session.session-named-exists-already-choose", copy);
        }
        try {
            try {
                Files.move(root.resolve(name), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(root.resolve(name), target);
            }
            Durable.syncFolder(root);
        } catch (IOException e) {
            throw UserError.of("session.cannot-create-session", copy, root, e.getMessage());
        }
        opened.remove(name);
    }

    private void ensureWritable() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw UserError.of("session.cannot-create-workspace-folder-set", root);
        }
        if (!Files.isWritable(root)) {
            throw UserError.of("session.workspace-folder-writable-set-jicha", root);
        }
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw UserError.of("session.bad-session-name-use-letters", name);
        }
    }

    private static void deleteQuietly(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            List<Path> all = new ArrayList<>(s.toList());
            java.util.Collections.reverse(all);
            for (Path x : all) {
                Files.deleteIfExists(x);
            }
        } catch (IOException ignored) {
            // best effort: a leftover .new-* folder is not a session and is never listed
        }
    }
}
