-- Rantai schema, part 4: what every write leaves behind.
-- Idempotency keys (a retried write answers the first result), the append-only audit log (who changed
-- what, when), and the outbox that the search indexer drains (written in the same transaction as
-- the change, so search never misses a committed write).

CREATE TABLE idempotency_key (
    user_id          uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    key              text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    -- hash of method, path and body: the same key with another request is a client error
    request_hash     text        NOT NULL,
    -- NULL while the first request is still being processed
    response_status  integer     CHECK (response_status BETWEEN 100 AND 599),
    response_body    text,
    -- headers worth replaying, such as Location of a 201 and Content-Type
    response_headers jsonb       CHECK (jsonb_typeof(response_headers) = 'object'),
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
-- for purging expired keys
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

-- Append-only. actor_* and entity_id are copies, not foreign keys: the record must outlive the user
-- or entity it names, and a cascading update would have to modify history.
CREATE TABLE audit_log (
    id             bigserial   PRIMARY KEY,
    occurred_at    timestamptz NOT NULL DEFAULT now(),
    actor_user_id  uuid,
    actor_username text,
    action         text        NOT NULL CHECK (length(btrim(action)) BETWEEN 1 AND 100),
    entity_type    text        NOT NULL CHECK (length(btrim(entity_type)) BETWEEN 1 AND 100),
    entity_id      text        NOT NULL CHECK (length(btrim(entity_id)) BETWEEN 1 AND 200),
    -- {"before": …, "after": …} or a JSON Patch (RFC 6902) from before to after
    change         jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, occurred_at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, occurred_at);
CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at);

-- The application may connect as the table's owner, whom privileges do not bind, so the guard is a
-- trigger. Statement-level, so even an UPDATE or DELETE that matches no row is refused.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Record a correction as a new audit_log row.';
END
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- Roles other than the owner get no way to rewrite history either.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;

-- Changes for the search indexer: at-least-once delivery, made idempotent by (aggregate, version).
CREATE TABLE outbox (
    id             bigserial   PRIMARY KEY,
    aggregate_type text        NOT NULL CHECK (length(btrim(aggregate_type)) BETWEEN 1 AND 100),
    aggregate_id   uuid        NOT NULL,
    version        bigint      NOT NULL DEFAULT 0,
    -- the document to index; NULL when the aggregate was deleted
    payload        jsonb,
    created_at     timestamptz NOT NULL DEFAULT now(),
    processed_at   timestamptz,
    attempts       integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error     text
);
CREATE INDEX outbox_unprocessed_idx ON outbox (id) WHERE processed_at IS NULL;
CREATE INDEX outbox_aggregate_idx ON outbox (aggregate_type, aggregate_id, version);
