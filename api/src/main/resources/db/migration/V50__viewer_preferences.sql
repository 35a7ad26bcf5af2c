-- What a person chose for how pages (and later their emails) speak to them: language and time zone.
-- Absent values fall back to Bahasa Indonesia and the time zone of the organisation's province.
CREATE TABLE user_preference (
    user_id    uuid        PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    language   text        CHECK (language IN ('id', 'en')),
    time_zone  text        CHECK (time_zone IN ('WIB', 'WITA', 'WIT')),
    updated_at timestamptz NOT NULL DEFAULT now()
);
