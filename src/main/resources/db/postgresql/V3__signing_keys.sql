-- jicha's PostgreSQL store, schema version 3 (docs/store.md, "Signing keys"): the auditors' public signing keys,
-- registered by the server as the journal registers them (session.key-registered), with the login role that did,
-- so that `session fsck --trust store` has a trust anchor the journal itself cannot forge. Never edited once released.

-- One row per key and registering role: a key a role registers for a name it does not write as (jicha_role_auditor)
-- is kept, but not trusted; a role cannot block the genuine row by registering the same key first.
CREATE TABLE jicha_key (
    auditor       text NOT NULL,
    fingerprint   text NOT NULL,
    algorithm     text NOT NULL,
    public_key    text NOT NULL,
    registered_by text NOT NULL,               -- the login role that inserted the registering line, set by the server
    at            timestamptz NOT NULL DEFAULT now(),
    session       text NOT NULL,               -- where it was first registered by that role, and the event
    seq           bigint NOT NULL,
    PRIMARY KEY (auditor, fingerprint, registered_by)
);
GRANT SELECT ON jicha_key TO PUBLIC;

-- Filled only from the journal: each session.key-registered line, once the chain trigger has checked it, inserts
-- its key as its auditor's, registered by the role that inserted the line. Auditor roles get no INSERT on
-- jicha_key: a key gets in only through a line of a journal, under the role's own login.
CREATE FUNCTION jicha_key_register() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS $$
DECLARE
    doc jsonb := convert_from(NEW.line, 'UTF8')::jsonb;
BEGIN
    IF (doc -> 'payload' ->> 'fingerprint') IS NULL OR (doc -> 'payload' ->> 'publicKey') IS NULL THEN
        RAISE EXCEPTION 'jicha: event % of session % registers no key', NEW.seq, NEW.session
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    INSERT INTO jicha_key (auditor, fingerprint, algorithm, public_key, registered_by, session, seq)
    VALUES (doc ->> 'auditor', doc -> 'payload' ->> 'fingerprint', coalesce(doc -> 'payload' ->> 'algorithm', ''),
            doc -> 'payload' ->> 'publicKey', NEW.role, NEW.session, NEW.seq)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;
CREATE TRIGGER jicha_key_register AFTER INSERT ON jicha_event
    FOR EACH ROW WHEN (NEW.type = 'session.key-registered') EXECUTE FUNCTION jicha_key_register();

-- A registered key is never changed or removed, whatever the role (only a superuser gets round a trigger).
CREATE TRIGGER jicha_key_append_only BEFORE UPDATE OR DELETE ON jicha_key
    FOR EACH ROW EXECUTE FUNCTION jicha_append_only();
CREATE TRIGGER jicha_key_no_truncate BEFORE TRUNCATE ON jicha_key
    FOR EACH STATEMENT EXECUTE FUNCTION jicha_append_only();
