-- 0001: offices, accounts, API tokens, browser sessions, drafts and their
-- comments, published versions, withdrawals, the redo log of publishing, audit.
-- Times are Unix seconds (UTC). Ids of cases follow case-format.md.

CREATE TABLE offices (
  id      INTEGER PRIMARY KEY,
  name    TEXT NOT NULL UNIQUE,
  created INTEGER NOT NULL
);

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  login         TEXT NOT NULL UNIQUE,
  office_id     INTEGER NOT NULL REFERENCES offices(id),
  role          TEXT NOT NULL CHECK (role IN ('author', 'reviewer', 'trainer', 'admin')),
  password_hash TEXT NOT NULL,                 -- argon2id (libsodium crypto_pwhash_str)
  disabled      INTEGER NOT NULL DEFAULT 0,
  failed_logins INTEGER NOT NULL DEFAULT 0,    -- since the last success or lock-out
  locked_until  INTEGER NOT NULL DEFAULT 0,
  created       INTEGER NOT NULL
);

-- API tokens: "ckb_<selector>_<secret>"; only SHA-256 of the secret is kept.
CREATE TABLE tokens (
  selector    TEXT PRIMARY KEY,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  secret_hash TEXT NOT NULL,
  created     INTEGER NOT NULL,
  last_used   INTEGER NOT NULL DEFAULT 0,
  revoked     INTEGER NOT NULL DEFAULT 0
);

-- Browser sessions: the cookie holds "<selector>.<secret>", the table its hash.
CREATE TABLE sessions (
  selector    TEXT PRIMARY KEY,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  secret_hash TEXT NOT NULL,
  csrf        TEXT NOT NULL,
  created     INTEGER NOT NULL,
  last_seen   INTEGER NOT NULL,
  expires     INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);

-- One draft row per case id: the open edit, or the last one published.
CREATE TABLE drafts (
  case_id      TEXT PRIMARY KEY,
  office_id    INTEGER NOT NULL REFERENCES offices(id),
  author_id    INTEGER NOT NULL REFERENCES users(id),   -- who saved it last
  status       TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'published')),
  text         TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  revision     INTEGER NOT NULL,                         -- +1 per save: the ETag
  problems     TEXT NOT NULL DEFAULT '[]',               -- JSON, as of the last save
  created      INTEGER NOT NULL,
  updated      INTEGER NOT NULL
);
CREATE INDEX drafts_by_office_status ON drafts(office_id, status, updated);
CREATE INDEX drafts_by_status ON drafts(status, updated);

-- Everyone who saved the draft since it was last published: none of them may publish it.
CREATE TABLE draft_writers (
  case_id TEXT NOT NULL REFERENCES drafts(case_id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id),
  PRIMARY KEY (case_id, user_id)
);

CREATE TABLE draft_comments (
  id      INTEGER PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES drafts(case_id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id),
  action  TEXT NOT NULL,       -- 'return'
  time    INTEGER NOT NULL,
  text    TEXT NOT NULL
);
CREATE INDEX draft_comments_by_case ON draft_comments(case_id, id);

-- Every published version, kept for good (withdrawing does not delete them).
CREATE TABLE case_versions (
  case_id   TEXT NOT NULL,
  version   INTEGER NOT NULL,
  office_id INTEGER NOT NULL REFERENCES offices(id),
  user_id   INTEGER NOT NULL REFERENCES users(id),
  published INTEGER NOT NULL,
  sha256    TEXT NOT NULL,
  text      TEXT NOT NULL,
  PRIMARY KEY (case_id, version)
);

CREATE TABLE withdrawals (
  case_id   TEXT PRIMARY KEY,
  office_id INTEGER NOT NULL REFERENCES offices(id),
  user_id   INTEGER NOT NULL REFERENCES users(id),
  time      INTEGER NOT NULL,
  reason    TEXT NOT NULL,
  sha256    TEXT NOT NULL DEFAULT ''
);

-- Redo log: a publish or withdrawal is decided when its row commits here, then
-- carried to corpus/cases/ and the index; the row goes when both hold it. A
-- server that restarts carries over what a crash interrupted.
CREATE TABLE pending_changes (
  case_id TEXT PRIMARY KEY,
  action  TEXT NOT NULL CHECK (action IN ('write', 'remove')),
  text    TEXT NOT NULL DEFAULT '',
  sha256  TEXT NOT NULL DEFAULT ''
);

-- One row per write. login and office are copied, so the log outlives accounts.
CREATE TABLE audit (
  id      INTEGER PRIMARY KEY,
  time    INTEGER NOT NULL,
  login   TEXT NOT NULL,
  office  TEXT NOT NULL,
  action  TEXT NOT NULL,
  case_id TEXT NOT NULL DEFAULT '',
  sha256  TEXT NOT NULL DEFAULT '',
  detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_office ON audit(office, id);
