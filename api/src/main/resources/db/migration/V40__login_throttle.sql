-- Login throttling shared by every application instance: with N replicas behind a balancer a guesser must
-- not get N allowances. One row per throttled key (a name from an address, or an address over all names).
-- The key is a SHA-256 of the name and address, so the table holds no usernames or client addresses.
-- Rows expire: an instance deletes those with no failure for an hour and no lockout running.

CREATE TABLE login_throttle (
    throttle_key   text        PRIMARY KEY CHECK (length(throttle_key) = 64),
    failures       integer     NOT NULL CHECK (failures > 0),
    last_failed_at timestamptz NOT NULL,
    locked_until   timestamptz
);
CREATE INDEX login_throttle_last_failed_idx ON login_throttle (last_failed_at);
