-- jicha's PostgreSQL store, schema version 2 (docs/store.md, "What the database itself enforces"): the server
-- checks the chain of every line it is given and records who gave it, so that a role holding only the documented
-- GRANTs can neither break a journal nor append as someone it is not without it showing. Never edited once released.

-- the login role that inserted each line: set by the trigger below, whatever the client sends
ALTER TABLE jicha_event ADD COLUMN role text;

-- Each new line must continue its session's chain: seq one past the last stored line, prev the hash of that line
-- (64 zeros for the first), and its hash the SHA-256 of its own bytes without the ,"hash":"…" part
-- (docs/journal.md). The columns copied out of the line (seq, hash) must agree with it.
CREATE FUNCTION jicha_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_seq  bigint;
    last_hash text;
    n         integer := length(NEW.line);
    tail      bytea;
    claimed   text;
    doc       jsonb;
BEGIN
    SELECT seq, hash INTO last_seq, last_hash FROM jicha_event
     WHERE session = NEW.session ORDER BY seq DESC LIMIT 1;
    IF last_seq IS NULL THEN
        last_seq := 0;
        last_hash := repeat('0', 64);
    END IF;
    IF NEW.seq <> last_seq + 1 THEN
        RAISE EXCEPTION 'jicha: event % of session % does not follow its last event %', NEW.seq, NEW.session, last_seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF n < 80 THEN
        RAISE EXCEPTION 'jicha: event % of session % is not a journal line', NEW.seq, NEW.session
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    tail := substring(NEW.line FROM n - 74);
    claimed := convert_from(substring(tail FROM 10 FOR 64), 'UTF8');
    IF tail <> convert_to(',"hash":"' || claimed || '"}', 'UTF8')
       OR claimed !~ '^[0-9a-f]{64}$'
       OR encode(sha256(substring(NEW.line FROM 1 FOR n - 75) || '\x7d'::bytea), 'hex') <> claimed
       OR NEW.hash <> claimed THEN
        RAISE EXCEPTION 'jicha: event % of session % does not hash to its hash', NEW.seq, NEW.session
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    BEGIN
        doc := convert_from(NEW.line, 'UTF8')::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'jicha: event % of session % is not a journal line', NEW.seq, NEW.session
            USING ERRCODE = 'integrity_constraint_violation';
    END;
    IF (doc ->> 'seq') IS DISTINCT FROM NEW.seq::text OR (doc ->> 'prev') IS DISTINCT FROM last_hash THEN
        RAISE EXCEPTION 'jicha: event % of session % does not link to the hash of event %', NEW.seq, NEW.session, last_seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    NEW.role := session_user;
    RETURN NEW;
END;
$$;
CREATE TRIGGER jicha_event_chain BEFORE INSERT ON jicha_event
    FOR EACH ROW EXECUTE FUNCTION jicha_event_chain();

-- At commit, a session's recorded head is its last stored line: neither can be moved without the other.
CREATE FUNCTION jicha_session_head() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s         text := coalesce(to_jsonb(NEW) ->> 'session', to_jsonb(NEW) ->> 'name'); -- jicha_event or jicha_session
    head_seq  bigint;
    head_hash text;
    last_seq  bigint;
    last_hash text;
BEGIN
    SELECT j.head_seq, j.head_hash INTO head_seq, head_hash FROM jicha_session j WHERE j.name = s;
    SELECT e.seq, e.hash INTO last_seq, last_hash FROM jicha_event e WHERE e.session = s ORDER BY e.seq DESC LIMIT 1;
    IF head_seq IS DISTINCT FROM last_seq OR head_hash IS DISTINCT FROM last_hash THEN
        RAISE EXCEPTION 'jicha: the head of session % (event %) is not its last stored event (%)', s, head_seq, last_seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER jicha_session_head AFTER INSERT OR UPDATE ON jicha_session
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION jicha_session_head();
CREATE CONSTRAINT TRIGGER jicha_event_head AFTER INSERT ON jicha_event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION jicha_session_head();

-- A snapshot is kept only with the bytes its name is the SHA-256 of: at commit, its chunks, numbered from 0 with
-- none missing, must hash to its name and add up to its size. Once committed, no chunk can be added (every
-- number is taken, and one past the count is refused).
CREATE FUNCTION jicha_snapshot_intact(h text) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
DECLARE
    want    jicha_snapshot%ROWTYPE;
    got     bytea;
    pieces  integer;
    top     integer;
BEGIN
    SELECT * INTO want FROM jicha_snapshot WHERE sha256 = h;
    SELECT string_agg(bytes, ''::bytea ORDER BY n), count(*), max(n) INTO got, pieces, top
      FROM jicha_snapshot_chunk WHERE sha256 = h;
    got := coalesce(got, ''::bytea);
    RETURN want.sha256 IS NOT NULL AND pieces = want.chunks AND coalesce(top, -1) = want.chunks - 1
       AND length(got) = want.size AND encode(sha256(got), 'hex') = h;
END;
$$;
CREATE FUNCTION jicha_snapshot_bytes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT jicha_snapshot_intact(NEW.sha256) THEN
        RAISE EXCEPTION 'jicha: the snapshot % does not hold the bytes its SHA-256 names', NEW.sha256
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER jicha_snapshot_bytes AFTER INSERT ON jicha_snapshot
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION jicha_snapshot_bytes();
CREATE CONSTRAINT TRIGGER jicha_snapshot_chunk_bytes AFTER INSERT ON jicha_snapshot_chunk
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION jicha_snapshot_bytes();

-- A snapshot stored before this version whose chunks do not hash to its name (poisoned, or cut) can be removed
-- by anyone, and only such a one: the next import of the file stores it again, intact (PgStore.keepSnapshot).
CREATE FUNCTION jicha_snapshot_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND NOT jicha_snapshot_intact(OLD.sha256) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'jicha snapshots are append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE FUNCTION jicha_repair_snapshot(h text) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS $$
BEGIN
    IF jicha_snapshot_intact(h) THEN
        RETURN false;
    END IF;
    DELETE FROM jicha_session_snapshot WHERE sha256 = h;
    DELETE FROM jicha_snapshot_chunk WHERE sha256 = h;
    DELETE FROM jicha_snapshot WHERE sha256 = h;
    RETURN true;
END;
$$;
GRANT EXECUTE ON FUNCTION jicha_repair_snapshot(text), jicha_snapshot_intact(text) TO PUBLIC;

-- Rows of a snapshot are never changed or removed either, and no table of the journal can be emptied at once.
CREATE TRIGGER jicha_snapshot_append_only BEFORE UPDATE OR DELETE ON jicha_snapshot
    FOR EACH ROW EXECUTE FUNCTION jicha_snapshot_keep();
CREATE TRIGGER jicha_snapshot_chunk_append_only BEFORE UPDATE OR DELETE ON jicha_snapshot_chunk
    FOR EACH ROW EXECUTE FUNCTION jicha_snapshot_keep();
CREATE TRIGGER jicha_event_no_truncate BEFORE TRUNCATE ON jicha_event
    FOR EACH STATEMENT EXECUTE FUNCTION jicha_append_only();
CREATE TRIGGER jicha_session_no_truncate BEFORE TRUNCATE ON jicha_session
    FOR EACH STATEMENT EXECUTE FUNCTION jicha_append_only();
CREATE TRIGGER jicha_snapshot_no_truncate BEFORE TRUNCATE ON jicha_snapshot
    FOR EACH STATEMENT EXECUTE FUNCTION jicha_append_only();
CREATE TRIGGER jicha_snapshot_chunk_no_truncate BEFORE TRUNCATE ON jicha_snapshot_chunk
    FOR EACH STATEMENT EXECUTE FUNCTION jicha_append_only();
CREATE TRIGGER jicha_session_snapshot_no_truncate BEFORE TRUNCATE ON jicha_session_snapshot
    FOR EACH STATEMENT EXECUTE FUNCTION jicha_append_only();

-- Which team member names a login role writes as (docs/store.md, "Roles and names"): filled by the administrator.
-- A role without rows here is taken to write as the name of its first line in a session; journal log and session
-- fsck warn of a line whose role writes as another name than those.
CREATE TABLE jicha_role_auditor (
    role    text NOT NULL,
    auditor text NOT NULL,
    PRIMARY KEY (role, auditor)
);
GRANT SELECT ON jicha_role_auditor TO PUBLIC;
