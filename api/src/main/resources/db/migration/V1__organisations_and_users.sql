-- Rantai schema, part 1: places, organisations and the people who sign in.
--
-- Conventions for every migration:
--   * ids are uuid (gen_random_uuid(), built into PostgreSQL 13+), times are timestamptz;
--   * enumerations are text with a CHECK, so adding a value is one ALTER and JDBC needs no casts;
--   * money is bigint whole rupiah, percentages numeric(5,2) in 0..100;
--   * rows edited through the API carry "version bigint" for optimistic locking.

-- Coordinates are checked against a box around Indonesia: it catches swapped lat/lon at the door.
CREATE DOMAIN id_latitude AS double precision CHECK (VALUE BETWEEN -11.5 AND 6.5);
CREATE DOMAIN id_longitude AS double precision CHECK (VALUE BETWEEN 94.5 AND 141.5);
-- KBLI 2020 business classification: always five digits (leading zeros matter, so not an integer).
CREATE DOMAIN kbli_code AS char(5) CHECK (VALUE ~ '^[0-9]{5}$');
CREATE DOMAIN percentage AS numeric(5, 2) CHECK (VALUE BETWEEN 0 AND 100);

-- The 38 provinces, ISO 3166-2:ID, with the capital used as a default location.
CREATE TABLE province (
    iso_code char(5)      PRIMARY KEY CHECK (iso_code ~ '^ID-[A-Z]{2}$'),
    name     text         NOT NULL UNIQUE,
    capital  text         NOT NULL,
    lat      id_latitude  NOT NULL,
    lon      id_longitude NOT NULL
);

INSERT INTO province (iso_code, name, capital, lat, lon) VALUES
    ('ID-AC', 'Aceh', 'Banda Aceh', 5.55, 95.32),
    ('ID-SU', 'Sumatera Utara', 'Medan', 3.59, 98.67),
    ('ID-SB', 'Sumatera Barat', 'Padang', -0.95, 100.35),
    ('ID-RI', 'Riau', 'Pekanbaru', 0.51, 101.45),
    ('ID-KR', 'Kepulauan Riau', 'Tanjung Pinang', 0.92, 104.45),
    ('ID-JA', 'Jambi', 'Jambi', -1.61, 103.61),
    ('ID-SS', 'Sumatera Selatan', 'Palembang', -2.99, 104.76),
    ('ID-BB', 'Kepulauan Bangka Belitung', 'Pangkal Pinang', -2.13, 106.11),
    ('ID-BE', 'Bengkulu', 'Bengkulu', -3.80, 102.27),
    ('ID-LA', 'Lampung', 'Bandar Lampung', -5.43, 105.26),
    ('ID-JK', 'DKI Jakarta', 'Jakarta', -6.20, 106.85),
    ('ID-JB', 'Jawa Barat', 'Bandung', -6.91, 107.61),
    ('ID-BT', 'Banten', 'Serang', -6.12, 106.15),
    ('ID-JT', 'Jawa Tengah', 'Semarang', -6.97, 110.42),
    ('ID-YO', 'DI Yogyakarta', 'Yogyakarta', -7.80, 110.36),
    ('ID-JI', 'Jawa Timur', 'Surabaya', -7.25, 112.75),
    ('ID-BA', 'Bali', 'Denpasar', -8.65, 115.22),
    ('ID-NB', 'Nusa Tenggara Barat', 'Mataram', -8.58, 116.12),
    ('ID-NT', 'Nusa Tenggara Timur', 'Kupang', -10.18, 123.61),
    ('ID-KB', 'Kalimantan Barat', 'Pontianak', -0.03, 109.33),
    ('ID-KT', 'Kalimantan Tengah', 'Palangka Raya', -2.21, 113.92),
    ('ID-KS', 'Kalimantan Selatan', 'Banjarbaru', -3.44, 114.83),
    ('ID-KI', 'Kalimantan Timur', 'Samarinda', -0.50, 117.15),
    ('ID-KU', 'Kalimantan Utara', 'Tanjung Selor', 2.84, 117.37),
    ('ID-SA', 'Sulawesi Utara', 'Manado', 1.47, 124.84),
    ('ID-GO', 'Gorontalo', 'Gorontalo', 0.54, 123.06),
    ('ID-ST', 'Sulawesi Tengah', 'Palu', -0.90, 119.87),
    ('ID-SR', 'Sulawesi Barat', 'Mamuju', -2.68, 118.89),
    ('ID-SN', 'Sulawesi Selatan', 'Makassar', -5.15, 119.43),
    ('ID-SG', 'Sulawesi Tenggara', 'Kendari', -3.97, 122.51),
    ('ID-MA', 'Maluku', 'Ambon', -3.70, 128.18),
    ('ID-MU', 'Maluku Utara', 'Sofifi', 0.74, 127.56),
    ('ID-PA', 'Papua', 'Jayapura', -2.53, 140.72),
    ('ID-PB', 'Papua Barat', 'Manokwari', -0.86, 134.06),
    ('ID-PD', 'Papua Barat Daya', 'Sorong', -0.88, 131.25),
    ('ID-PT', 'Papua Tengah', 'Nabire', -3.37, 135.50),
    ('ID-PE', 'Papua Pegunungan', 'Wamena', -4.10, 138.95),
    ('ID-PS', 'Papua Selatan', 'Merauke', -8.49, 140.40);

-- A BUMN (buyer), a cooperative (supplier) or the ministry (monitor).
CREATE TABLE organization (
    id         uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    type       text         NOT NULL CHECK (type IN ('BUMN', 'COOPERATIVE', 'MINISTRY')),
    name       text         NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    short_name text         CHECK (length(btrim(short_name)) BETWEEN 1 AND 60),
    province   char(5)      NOT NULL REFERENCES province (iso_code),
    lat        id_latitude,
    lon        id_longitude,
    verified   boolean      NOT NULL DEFAULT false,
    created_at timestamptz  NOT NULL DEFAULT now(),
    version    bigint       NOT NULL DEFAULT 0,
    CONSTRAINT organization_location_complete CHECK ((lat IS NULL) = (lon IS NULL)),
    -- target of the composite foreign keys "(x_id, x_type) REFERENCES organization (id, type)" that
    -- make a cooperative column accept only cooperatives and a buyer column only BUMN
    CONSTRAINT organization_id_type_key UNIQUE (id, type)
);
CREATE INDEX organization_type_name_idx ON organization (type, name);
CREATE INDEX organization_province_idx ON organization (province);

CREATE TABLE app_user (
    id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    username          text        NOT NULL CHECK (username ~ '^[A-Za-z0-9._@-]{3,64}$'),
    -- a bcrypt (or argon2) hash, never a password: the check stops a plain text slipping in
    password_hash     text        NOT NULL CHECK (password_hash ~ '^\$(2[abxy]?\$[0-9]{2}|argon2(id|i|d))\$'),
    role              text        NOT NULL CHECK (role IN ('OFFICER', 'COOPERATIVE', 'MINISTRY', 'ADMIN')),
    organization_id   uuid        REFERENCES organization (id),
    -- the organisation type a role belongs to; NULL for ADMIN, whose organisation is not checked
    organization_type text        GENERATED ALWAYS AS (CASE role
                                      WHEN 'OFFICER' THEN 'BUMN'
                                      WHEN 'COOPERATIVE' THEN 'COOPERATIVE'
                                      WHEN 'MINISTRY' THEN 'MINISTRY' END) STORED,
    display_name      text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 120),
    enabled           boolean     NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    -- only an administrator may stand outside every organisation
    CONSTRAINT app_user_organization_required CHECK (role = 'ADMIN' OR organization_id IS NOT NULL),
    -- an OFFICER belongs to a BUMN, a COOPERATIVE user to a cooperative, MINISTRY staff to the ministry
    CONSTRAINT app_user_organization_matches_role FOREIGN KEY (organization_id, organization_type)
        REFERENCES organization (id, type)
);
-- usernames are unique whatever their case, so "Officer.PLN" cannot shadow "officer.pln"
CREATE UNIQUE INDEX app_user_username_key ON app_user (lower(username));
CREATE INDEX app_user_organization_idx ON app_user (organization_id);
