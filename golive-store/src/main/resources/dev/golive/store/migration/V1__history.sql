-- golive's store: one set of migrations for SQLite and PostgreSQL alike.
-- Portable SQL only; the one thing the two spell differently, a generated key, is the
-- placeholder ${id} (Store sets it per database). Times are epoch milliseconds (UTC), days
-- are 'YYYY-MM-DD' text, JSON is text.

CREATE TABLE projects (
  id ${id},
  name TEXT NOT NULL,
  slug TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  -- kept by each save in its transaction, so that listing projects counts nothing
  n_audits INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT projects_name_key UNIQUE (name),
  CONSTRAINT projects_slug_key UNIQUE (slug)
);

-- One row per stored audit, with the counts the trend and dashboard show, so that neither
-- reads items to draw a line.
CREATE TABLE audits (
  id ${id},
  project_id BIGINT NOT NULL REFERENCES projects (id),
  started_at BIGINT NOT NULL,
  finished_at BIGINT NOT NULL,
  run_by TEXT NOT NULL,
  run_host TEXT NOT NULL,
  run_via TEXT NOT NULL,
  golive_version TEXT NOT NULL,
  checklist_digest TEXT NOT NULL,
  verdict TEXT NOT NULL,
  score DOUBLE PRECISION,
  n_items INTEGER NOT NULL,
  n_verified INTEGER NOT NULL,
  n_contradicted INTEGER NOT NULL,
  n_done_unclaimed INTEGER NOT NULL,
  n_open INTEGER NOT NULL,
  n_inconclusive INTEGER NOT NULL,
  n_self_reported_done INTEGER NOT NULL,
  n_self_reported_open INTEGER NOT NULL,
  n_waived INTEGER NOT NULL,
  CONSTRAINT audits_verdict_check CHECK (verdict IN ('GO', 'NO-GO', 'INCONCLUSIVE')),
  CONSTRAINT audits_run_via_check CHECK (run_via IN ('cli', 'server', 'schedule'))
);

-- The latest audit of each project, and a project's audits by time, are index seeks.
CREATE INDEX audits_project_started ON audits (project_id, started_at, id);

CREATE TABLE audit_targets (
  audit_id BIGINT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  shown TEXT,
  verdict TEXT NOT NULL,
  score DOUBLE PRECISION,
  PRIMARY KEY (audit_id, ord),
  CONSTRAINT audit_targets_verdict_check CHECK (verdict IN ('GO', 'NO-GO', 'INCONCLUSIVE'))
);

-- One row per item per target. section is a JSON array of headings; waiver the JSON of the
-- waiver that held during the audit.
CREATE TABLE item_results (
  audit_id BIGINT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  target TEXT NOT NULL,
  file TEXT NOT NULL,
  item_id TEXT NOT NULL,
  line INTEGER NOT NULL,
  depth INTEGER NOT NULL,
  section TEXT NOT NULL,
  text TEXT NOT NULL,
  priority TEXT,
  state TEXT NOT NULL,
  blocking SMALLINT NOT NULL,
  verdict TEXT NOT NULL,
  waiver TEXT,
  PRIMARY KEY (audit_id, ord),
  CONSTRAINT item_results_state_check
    CHECK (state IN ('open', 'done', 'in_progress', 'not_applicable')),
  CONSTRAINT item_results_priority_check
    CHECK (priority IS NULL OR priority IN ('critical', 'high', 'medium', 'low')),
  CONSTRAINT item_results_verdict_check
    CHECK (verdict IN ('verified', 'contradicted', 'done_unclaimed', 'open', 'inconclusive',
                       'self_reported_done', 'self_reported_open', 'waived'))
);

-- One item's history across audits.
CREATE INDEX item_results_item ON item_results (item_id, audit_id);

-- One row per check run for an item; evidence is the JSON object the check observed.
CREATE TABLE findings (
  audit_id BIGINT NOT NULL,
  item_ord INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  check_id TEXT NOT NULL,
  target TEXT NOT NULL,
  outcome TEXT NOT NULL,
  message TEXT NOT NULL,
  evidence TEXT NOT NULL,
  duration_ms BIGINT NOT NULL,
  PRIMARY KEY (audit_id, item_ord, ord),
  CONSTRAINT findings_item_fkey FOREIGN KEY (audit_id, item_ord)
    REFERENCES item_results (audit_id, ord) ON DELETE CASCADE,
  CONSTRAINT findings_outcome_check
    CHECK (outcome IN ('pass', 'fail', 'warn', 'error', 'skipped'))
);

-- An item excused until a day (the last day it holds; NULL: no end), until revoked.
CREATE TABLE waivers (
  id ${id},
  project_id BIGINT NOT NULL REFERENCES projects (id),
  item_id TEXT NOT NULL,
  item_text TEXT,
  reason TEXT NOT NULL,
  owner TEXT NOT NULL,
  until_day TEXT,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  revoked_at BIGINT,
  revoked_by TEXT,
  revoke_reason TEXT
);

CREATE INDEX waivers_project_item ON waivers (project_id, item_id);
CREATE INDEX waivers_until ON waivers (until_day);

-- A person's word that an item holds, for what no check can see.
CREATE TABLE sign_offs (
  id ${id},
  project_id BIGINT NOT NULL REFERENCES projects (id),
  item_id TEXT NOT NULL,
  item_text TEXT,
  signed_by TEXT NOT NULL,
  signed_at BIGINT NOT NULL,
  reason TEXT NOT NULL,
  until_day TEXT,
  revoked_at BIGINT,
  revoked_by TEXT,
  revoke_reason TEXT
);

CREATE INDEX sign_offs_project_item ON sign_offs (project_id, item_id);
CREATE INDEX sign_offs_until ON sign_offs (until_day);

-- Every change to projects, waivers and sign-offs: who, when, what, and the row before and
-- after as JSON (NULL before a creation).
CREATE TABLE audit_log (
  id ${id},
  changed_at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id BIGINT NOT NULL,
  project_id BIGINT REFERENCES projects (id),
  before_json TEXT,
  after_json TEXT
);

CREATE INDEX audit_log_project ON audit_log (project_id, changed_at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
