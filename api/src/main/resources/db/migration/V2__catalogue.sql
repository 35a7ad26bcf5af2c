-- Rantai schema, part 2: what the supply side can make.
-- MSMEs (UMKM) and their certificates, cooperatives' members, clusters, shared production houses
-- (rumah produksi bersama / factory sharing) and the cooperatives' capability catalogue.

-- An array of codes such as certifications: no NULL element, each an upper-case code like 'ISO9001'.
CREATE FUNCTION is_code_list(codes text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN NOT EXISTS (SELECT 1 FROM unnest(codes) AS c WHERE c IS NULL OR c !~ '^[A-Z0-9]{2,20}$');

-- An array of free-text terms such as processes or products: no NULL and no blank element.
CREATE FUNCTION is_term_list(terms text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN NOT EXISTS (SELECT 1 FROM unnest(terms) AS t WHERE t IS NULL OR btrim(t) = '');

-- Certificates an MSME can hold and a lot can require (code lists elsewhere use these codes).
CREATE TABLE certification (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z0-9]{2,20}$'),
    name        text NOT NULL,
    issuer      text NOT NULL
);

INSERT INTO certification (code, name, issuer) VALUES
    ('SNI',      'Standar Nasional Indonesia (SPPT SNI)', 'BSN / LSPro'),
    ('HALAL',    'Sertifikat Halal', 'BPJPH'),
    ('ISO9001',  'ISO 9001 Sistem Manajemen Mutu (quality management)', 'Lembaga sertifikasi terakreditasi KAN'),
    ('ISO14001', 'ISO 14001 Sistem Manajemen Lingkungan (environmental management)', 'Lembaga sertifikasi terakreditasi KAN'),
    ('ISO45001', 'ISO 45001 Sistem Manajemen K3 (occupational health and safety)', 'Lembaga sertifikasi terakreditasi KAN'),
    ('TKDN',     'Sertifikat Tingkat Komponen Dalam Negeri (local content)', 'Kementerian Perindustrian'),
    ('BPOM',     'Izin edar BPOM (food and drug registration)', 'Badan POM'),
    ('SVLK',     'Sistem Verifikasi Legalitas dan Kelestarian (timber legality)', 'LVLK / KLHK'),
    ('HACCP',    'Hazard Analysis and Critical Control Points', 'Lembaga sertifikasi terakreditasi KAN'),
    ('CPOTB',    'Cara Pembuatan Obat Tradisional yang Baik (GMP for herbal medicine)', 'Badan POM'),
    ('PIRT',     'Sertifikat Produksi Pangan Industri Rumah Tangga', 'Pemerintah kabupaten/kota');

-- A micro, small or medium enterprise. owner_name is personal data: it never leaves the back office
-- (not in search documents, open data, exports or public profiles).
CREATE TABLE msme (
    id         uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    name       text         NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    nib        char(13)     NOT NULL,
    owner_name text         CHECK (length(btrim(owner_name)) BETWEEN 1 AND 120),
    province   char(5)      NOT NULL REFERENCES province (iso_code),
    lat        id_latitude  NOT NULL,
    lon        id_longitude NOT NULL,
    size_class text         NOT NULL CHECK (size_class IN ('MICRO', 'SMALL', 'MEDIUM')),
    women_led  boolean      NOT NULL DEFAULT false,
    youth_led  boolean      NOT NULL DEFAULT false,
    green      boolean      NOT NULL DEFAULT false,
    kbli       kbli_code,
    created_at timestamptz  NOT NULL DEFAULT now(),
    version    bigint       NOT NULL DEFAULT 0,
    -- Nomor Induk Berusaha from OSS: exactly 13 digits (char(13) pads a shorter value with blanks,
    -- which the pattern rejects)
    CONSTRAINT msme_nib_13_digits CHECK (nib ~ '^[0-9]{13}$'),
    CONSTRAINT msme_nib_key UNIQUE (nib)
);
CREATE INDEX msme_province_idx ON msme (province);
CREATE INDEX msme_kbli_idx ON msme (kbli);

CREATE TABLE msme_certification (
    msme_id     uuid NOT NULL REFERENCES msme (id) ON DELETE CASCADE,
    code        text NOT NULL REFERENCES certification (code),
    -- NULL: the certificate does not expire (for example PIRT while the product is unchanged)
    valid_until date,
    PRIMARY KEY (msme_id, code)
);
CREATE INDEX msme_certification_code_idx ON msme_certification (code, valid_until);

-- Membership of an MSME in a cooperative (koperasi). An MSME may belong to more than one.
CREATE TABLE cooperative_member (
    cooperative_id   uuid NOT NULL,
    -- constant, so that the composite key below admits cooperatives only (no trigger needed)
    cooperative_type text NOT NULL GENERATED ALWAYS AS ('COOPERATIVE') STORED,
    msme_id          uuid NOT NULL REFERENCES msme (id) ON DELETE CASCADE,
    joined_on        date NOT NULL DEFAULT current_date,
    PRIMARY KEY (cooperative_id, msme_id),
    CONSTRAINT cooperative_member_is_cooperative FOREIGN KEY (cooperative_id, cooperative_type)
        REFERENCES organization (id, type)
);
CREATE INDEX cooperative_member_msme_idx ON cooperative_member (msme_id);

-- A regional cluster (klaster) of cooperatives in one sector, the unit the ministry plans
-- shared production houses for.
CREATE TABLE cluster (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text        NOT NULL UNIQUE CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    province    char(5)     NOT NULL REFERENCES province (iso_code),
    sector      text        NOT NULL CHECK (btrim(sector) <> ''),
    description text,
    kbli        kbli_code,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0
);
CREATE INDEX cluster_province_idx ON cluster (province);

CREATE TABLE cluster_member (
    cluster_id       uuid NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    cooperative_id   uuid NOT NULL,
    cooperative_type text NOT NULL GENERATED ALWAYS AS ('COOPERATIVE') STORED,
    PRIMARY KEY (cluster_id, cooperative_id),
    CONSTRAINT cluster_member_is_cooperative FOREIGN KEY (cooperative_id, cooperative_type)
        REFERENCES organization (id, type)
);
CREATE INDEX cluster_member_cooperative_idx ON cluster_member (cooperative_id);

-- A shared production house (rumah produksi bersama / factory sharing). Its weekly hours are the
-- capacity the award optimiser books per week.
CREATE TABLE facility (
    id                       uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    name                     text         NOT NULL UNIQUE CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    province                 char(5)      NOT NULL REFERENCES province (iso_code),
    lat                      id_latitude  NOT NULL,
    lon                      id_longitude NOT NULL,
    sector                   text         NOT NULL CHECK (btrim(sector) <> ''),
    kbli                     kbli_code,
    description              text,
    -- processes in Bahasa Indonesia ('penyulingan', 'pengeringan kayu (kiln dry)', ...)
    processes                text[]       NOT NULL DEFAULT '{}' CHECK (is_term_list(processes)),
    weekly_capacity_hours    integer      NOT NULL CHECK (weekly_capacity_hours > 0),
    status                   text         NOT NULL CHECK (status IN ('OPERATING', 'PLANNED')),
    operator_organization_id uuid         REFERENCES organization (id),
    opened_on                date,
    created_at               timestamptz  NOT NULL DEFAULT now(),
    version                  bigint       NOT NULL DEFAULT 0
);
CREATE INDEX facility_province_idx ON facility (province);
CREATE INDEX facility_status_idx ON facility (status);
CREATE INDEX facility_operator_idx ON facility (operator_organization_id);

-- A catalogue entry: what a cooperative can make, how much a month, at what price, with which
-- certificates, members and facilities. deleted_at marks a withdrawn entry that bids or search
-- history may still point to.
CREATE TABLE capability (
    id                   uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperative_id       uuid        NOT NULL,
    cooperative_type     text        NOT NULL GENERATED ALWAYS AS ('COOPERATIVE') STORED,
    title                text        NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 200),
    description          text        NOT NULL DEFAULT '',
    kbli                 kbli_code   NOT NULL,
    processes            text[]      NOT NULL DEFAULT '{}' CHECK (is_term_list(processes)),
    products             text[]      NOT NULL DEFAULT '{}' CHECK (is_term_list(products)),
    monthly_capacity_qty bigint      NOT NULL CHECK (monthly_capacity_qty > 0),
    capacity_unit        text        NOT NULL CHECK (length(btrim(capacity_unit)) BETWEEN 1 AND 20),
    unit_price_min_idr   bigint      NOT NULL CHECK (unit_price_min_idr >= 0),
    unit_price_max_idr   bigint      NOT NULL,
    lead_time_days       integer     NOT NULL CHECK (lead_time_days BETWEEN 0 AND 365),
    min_order_qty        bigint      NOT NULL DEFAULT 1 CHECK (min_order_qty > 0),
    certifications       text[]      NOT NULL DEFAULT '{}' CHECK (is_code_list(certifications)),
    local_content_pct    percentage  NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    deleted_at           timestamptz,
    version              bigint      NOT NULL DEFAULT 0,
    CONSTRAINT capability_price_range CHECK (unit_price_min_idr <= unit_price_max_idr),
    CONSTRAINT capability_is_of_cooperative FOREIGN KEY (cooperative_id, cooperative_type)
        REFERENCES organization (id, type)
);
CREATE INDEX capability_cooperative_idx ON capability (cooperative_id) WHERE deleted_at IS NULL;
CREATE INDEX capability_kbli_idx ON capability (kbli) WHERE deleted_at IS NULL;
CREATE INDEX capability_updated_idx ON capability (updated_at);

CREATE TABLE capability_facility (
    capability_id uuid NOT NULL REFERENCES capability (id) ON DELETE CASCADE,
    facility_id   uuid NOT NULL REFERENCES facility (id),
    PRIMARY KEY (capability_id, facility_id)
);
CREATE INDEX capability_facility_facility_idx ON capability_facility (facility_id);

CREATE TABLE capability_member (
    capability_id uuid NOT NULL REFERENCES capability (id) ON DELETE CASCADE,
    msme_id       uuid NOT NULL REFERENCES msme (id),
    PRIMARY KEY (capability_id, msme_id)
);
CREATE INDEX capability_member_msme_idx ON capability_member (msme_id);

-- A capability may name only MSMEs that are members of its own cooperative.
CREATE FUNCTION capability_member_must_belong() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NOT EXISTS (SELECT 1
                     FROM capability c
                     JOIN cooperative_member m ON m.cooperative_id = c.cooperative_id
                    WHERE c.id = NEW.capability_id AND m.msme_id = NEW.msme_id) THEN
        RAISE EXCEPTION 'MSME % is not a member of the cooperative that owns capability %',
            NEW.msme_id, NEW.capability_id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'capability_member_belongs_to_cooperative';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER capability_member_belongs_to_cooperative
    BEFORE INSERT OR UPDATE ON capability_member
    FOR EACH ROW EXECUTE FUNCTION capability_member_must_belong();
