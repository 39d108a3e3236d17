-- 0002: trainers' collections of cases (shared/spec/api.md, "Collections").
-- Each item pins the case as it was when added (or last updated): the handout
-- prints that version until the trainer takes the newer one.

CREATE TABLE collections (
  id          TEXT PRIMARY KEY,                 -- 16 hex digits: the permanent address /collections/{id}
  owner_id    INTEGER NOT NULL REFERENCES users(id),
  title       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  visibility  TEXT NOT NULL CHECK (visibility IN ('public', 'unlisted', 'private')),
  questions   TEXT NOT NULL DEFAULT '[]',       -- JSON array of strings: the set's discussion questions
  revision    INTEGER NOT NULL,                 -- +1 per change: the ETag
  created     INTEGER NOT NULL,
  updated     INTEGER NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0        -- when it was deleted (its address then answers 410); 0: not
);
CREATE INDEX collections_by_owner ON collections(owner_id, updated);
CREATE INDEX collections_by_visibility ON collections(visibility, updated);

CREATE TABLE collection_items (
  collection_id  TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,              -- 0-based order in the collection
  case_id        TEXT NOT NULL,
  note           TEXT NOT NULL DEFAULT '',      -- the trainer's note: why it is in the course, what to look at
  pinned_sha256  TEXT NOT NULL,                 -- SHA-256 of the snapshot
  pinned_version INTEGER NOT NULL DEFAULT 0,    -- the published version (case_versions) then; 0: none recorded
  pinned_time    INTEGER NOT NULL,
  snapshot       TEXT NOT NULL,                 -- the case as pinned: its JSON record with "body"
  PRIMARY KEY (collection_id, case_id)
);
CREATE INDEX collection_items_by_case ON collection_items(case_id);
