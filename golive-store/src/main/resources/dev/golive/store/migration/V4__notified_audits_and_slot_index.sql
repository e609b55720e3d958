-- When the events of an audit were handed to its project's channels (epoch milliseconds); NULL
-- until then. A server that dies between storing an audit and notifying leaves it NULL, and so
-- does an audit stored by `golive audit --store` into the server's database: a later round of
-- any server sends their events (the ledger, notification_sent, keeps each event to one message
-- per channel). Audits stored before this migration count as notified.
ALTER TABLE audits ADD COLUMN notified_at BIGINT;

UPDATE audits SET notified_at = finished_at;

CREATE INDEX audits_unnotified ON audits (finished_at) WHERE notified_at IS NULL;

-- V3's one-audit-per-slot index held every audit, slot or none, and so looked as good as
-- audits_project_started to SQLite's planner for a project's newest audit, which it then found by
-- sorting all of the project's audits. Only audits of a slot need it: NULLs never collided anyway.
DROP INDEX audits_project_slot;

CREATE UNIQUE INDEX audits_project_slot ON audits (project_id, schedule_slot)
  WHERE schedule_slot IS NOT NULL;
