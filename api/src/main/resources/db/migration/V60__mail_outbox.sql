-- Email waiting to be sent, written in the same transaction as the event it tells about: a committed event is
-- always mailed, a rolled-back one never. One row per (event, recipient): the same event is never mailed twice.
-- The sender claims due rows with FOR UPDATE SKIP LOCKED, retries with backoff, and marks a row failed after a limit.
CREATE TABLE mail_outbox (
    id              bigserial   PRIMARY KEY,
    event_key       text        NOT NULL,
    recipient       text        NOT NULL,
    language        text        NOT NULL CHECK (language IN ('id', 'en')),
    subject         text        NOT NULL,
    body            text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      text,
    UNIQUE (event_key, recipient)
);

CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
