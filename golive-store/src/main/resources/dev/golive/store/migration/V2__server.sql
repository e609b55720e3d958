-- The team server (golive serve): its users, their sessions and API tokens, what it needs to
-- audit a project by itself, and the audits it was asked to run. Portable SQL as in V1; times
-- are epoch milliseconds (UTC).

-- A person who signs in. The password hash is self-describing ($argon2id$v=19$m=...,t=...,p=...
-- $salt$hash), so stronger parameters later verify the old hashes too.
CREATE TABLE users (
  id ${id},
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  must_change_password SMALLINT NOT NULL,
  created_at BIGINT NOT NULL,
  disabled_at BIGINT,
  CONSTRAINT users_email_key UNIQUE (email),
  CONSTRAINT users_role_check CHECK (role IN ('admin', 'editor', 'viewer'))
);

-- A signed-in browser. Only the SHA-256 of the cookie's random id is kept, so a copy of the
-- database opens no session. csrf_token is the form token of this session.
CREATE TABLE sessions (
  id_hash TEXT NOT NULL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  csrf_token TEXT NOT NULL
);

CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- A token for scripts: glv_ and 43 random characters, of which only the SHA-256 is kept and
-- the first characters (prefix) shown; scope read, write or admin, never more than its user's
-- role.
CREATE TABLE api_tokens (
  id ${id},
  name TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  scope TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  prefix TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT,
  CONSTRAINT api_tokens_hash_key UNIQUE (token_hash),
  CONSTRAINT api_tokens_scope_check CHECK (scope IN ('read', 'write', 'admin'))
);

CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- What the server audits a project with: its checklist (a file under the server's repositories
-- folder, or Markdown uploaded), the targets (one URL a line), golive.yaml's text for
-- bindings, policy and waivers, and a schedule as written.
CREATE TABLE project_settings (
  project_id BIGINT NOT NULL PRIMARY KEY REFERENCES projects (id),
  checklist_path TEXT,
  checklist_name TEXT NOT NULL,
  checklist_text TEXT,
  targets TEXT NOT NULL,
  config_text TEXT,
  schedule TEXT,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL,
  CONSTRAINT project_settings_source_check
    CHECK (checklist_path IS NOT NULL OR checklist_text IS NOT NULL)
);

-- An audit the server was asked to run: queued, running, then done (with the stored audit) or
-- failed (with the reason).
CREATE TABLE audit_runs (
  id ${id},
  project_id BIGINT NOT NULL REFERENCES projects (id),
  requested_by TEXT NOT NULL,
  requested_at BIGINT NOT NULL,
  state TEXT NOT NULL,
  finished_at BIGINT,
  audit_id BIGINT REFERENCES audits (id),
  message TEXT,
  CONSTRAINT audit_runs_state_check CHECK (state IN ('queued', 'running', 'done', 'failed'))
);

CREATE INDEX audit_runs_project ON audit_runs (project_id, id);
