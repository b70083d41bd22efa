/** Admins and their sessions, offices, one-time enrolment codes, kiosks, the counters and USB imports. */
export const sql = /* sql */ `
CREATE TABLE admins (
  id             serial PRIMARY KEY,
  username       text NOT NULL UNIQUE,
  password_hash  text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE admin_sessions (
  token_hash  text PRIMARY KEY,
  admin_id    integer NOT NULL REFERENCES admins (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);

CREATE TABLE offices (
  id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Codes are high-entropy and short-lived, so a SHA-256 is enough to keep a copied database from using them.
CREATE TABLE enrolment_codes (
  code_hash        text PRIMARY KEY,
  office_id        text NOT NULL REFERENCES offices (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz NOT NULL,
  used_at          timestamptz,
  used_by_replica  uuid
);

CREATE TABLE kiosks (
  id                  text PRIMARY KEY,
  office_id           text NOT NULL REFERENCES offices (id),
  replica_id          uuid NOT NULL UNIQUE,
  label               text NOT NULL,
  public_key          text NOT NULL,
  token_hash          text UNIQUE,
  -- A rotated token waits here until the kiosk first uses it, so a lost rotation reply locks nobody out.
  pending_token_hash  text UNIQUE,
  rotate_requested    boolean NOT NULL DEFAULT false,
  revoked_at          timestamptz,
  enrolled_at         timestamptz NOT NULL DEFAULT now(),
  last_push_at        timestamptz,
  -- The highest kiosk change sequence applied: a later batch with a lower value means counts went backwards.
  high_seq            bigint NOT NULL DEFAULT 0
);
CREATE INDEX kiosks_office ON kiosks (office_id);

CREATE TABLE counters (
  replica_id  uuid NOT NULL REFERENCES kiosks (replica_id),
  date        date NOT NULL,
  metric      text NOT NULL,
  value       bigint NOT NULL CHECK (value >= 0),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (replica_id, date, metric)
);
CREATE INDEX counters_date ON counters (date);

CREATE TABLE usb_imports (
  id           serial PRIMARY KEY,
  file_sha256  text NOT NULL,
  kiosk_id     text REFERENCES kiosks (id),
  admin_id     integer REFERENCES admins (id),
  imported_at  timestamptz NOT NULL DEFAULT now(),
  outcome      text NOT NULL CHECK (outcome IN ('imported', 'refused')),
  rows         integer NOT NULL,
  applied      integer NOT NULL,
  detail       text NOT NULL
);
`;
