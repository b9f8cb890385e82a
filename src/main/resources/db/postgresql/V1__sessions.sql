-- jicha's PostgreSQL store, schema version 1 (docs/store.md). Applied by jicha itself, in one
-- transaction, under an advisory lock; never edited once released: a change is a new V<n> file.

-- one row per session: its name and the head of its journal (seq and hash of the last event)
CREATE TABLE jicha_session (
    name      text PRIMARY KEY,
    created   timestamptz NOT NULL DEFAULT now(),
    head_seq  bigint NOT NULL,
    head_hash text NOT NULL
);

-- the journal lines, byte for byte as in a journal.jsonl file (docs/journal.md); ts, auditor, type
-- and hash are copied out of the line for searching and are never read back by jicha
CREATE TABLE jicha_event (
    session text NOT NULL REFERENCES jicha_session (name),
    seq     bigint NOT NULL CHECK (seq > 0),
    line    bytea NOT NULL,
    ts      timestamptz NOT NULL,
    auditor text NOT NULL,
    type    text NOT NULL,
    hash    text NOT NULL,
    PRIMARY KEY (session, seq)
);
CREATE INDEX jicha_event_type ON jicha_event (type, session);

-- append-only: a line once written is never changed or removed through this schema
CREATE FUNCTION jicha_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'jicha journals are append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER jicha_event_append_only BEFORE UPDATE OR DELETE ON jicha_event
    FOR EACH ROW EXECUTE FUNCTION jicha_append_only();

-- imported files, stored once by the SHA-256 of their bytes, in chunks of at most 1 MiB
CREATE TABLE jicha_snapshot (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size   bigint NOT NULL,
    chunks integer NOT NULL
);
CREATE TABLE jicha_snapshot_chunk (
    sha256 text NOT NULL REFERENCES jicha_snapshot (sha256),
    n      integer NOT NULL,
    bytes  bytea NOT NULL,
    PRIMARY KEY (sha256, n)
);
-- which snapshots a session imported, under the file name its events give (<sha256>.<ext>)
CREATE TABLE jicha_session_snapshot (
    session   text NOT NULL REFERENCES jicha_session (name),
    file_name text NOT NULL,
    sha256    text NOT NULL REFERENCES jicha_snapshot (sha256),
    PRIMARY KEY (session, file_name)
);

-- the session each auditor has open
CREATE TABLE jicha_current (
    auditor text PRIMARY KEY,
    session text NOT NULL REFERENCES jicha_session (name)
);
