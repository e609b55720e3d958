-- Scheduled audits and notifications (golive serve). Portable SQL as in V1; besides ${id},
-- db-scheduler's table needs two types SQLite and PostgreSQL spell differently: ${blob}
-- (BLOB / BYTEA) and ${timestamp} (TIMESTAMP / TIMESTAMP WITH TIME ZONE). Store sets them.

-- db-scheduler's table, as its documentation gives it: one row per planned audit slot
-- ("1798761600:shop") and per recurring task, each picked by exactly one server
-- (golive-schedule's ScheduledAudits).
CREATE TABLE golive_scheduled_tasks (
  task_name TEXT NOT NULL,
  task_instance TEXT NOT NULL,
  task_data ${blob},
  execution_time ${timestamp} NOT NULL,
  picked BOOLEAN NOT NULL,
  picked_by TEXT,
  last_success ${timestamp},
  last_failure ${timestamp},
  consecutive_failures INTEGER,
  last_heartbeat ${timestamp},
  version BIGINT NOT NULL,
  priority SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX golive_scheduled_tasks_execution_time ON golive_scheduled_tasks (execution_time);
CREATE INDEX golive_scheduled_tasks_last_heartbeat ON golive_scheduled_tasks (last_heartbeat);

-- golive-notify's ledger (JdbcLedger): which event went to which channel, so that each is sent
-- once however many times it is dispatched and however many servers share the database. Times
-- are epoch milliseconds; see docs/notifications.md for the states and the claim.
CREATE TABLE notification_sent (
  event_key VARCHAR(400) NOT NULL,   -- Event.key(), as verdict-changed/shop/1042
  channel VARCHAR(64) NOT NULL,      -- the channel's name in the project's notify: block
  state VARCHAR(16) NOT NULL,        -- sending, sent or failed
  claim_token VARCHAR(36) NOT NULL,  -- the current claim's: records of older ones are ignored
  first_claimed_at BIGINT NOT NULL,
  claimed_at BIGINT NOT NULL,        -- a claim older than its lease may be taken over
  sent_at BIGINT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error VARCHAR(1000),
  event TEXT NOT NULL,               -- the event as JSON, to send it again after a failure
  PRIMARY KEY (event_key, channel)
);

CREATE INDEX notification_sent_state ON notification_sent (state, claimed_at);

-- A scheduled audit keeps its slot (epoch milliseconds; NULL for an audit run by hand), and a
-- project has at most one audit per slot: a server that dies after storing an audit but before
-- the scheduler heard it finish cannot make another server store a second one.
ALTER TABLE audits ADD COLUMN schedule_slot BIGINT;

CREATE UNIQUE INDEX audits_project_slot ON audits (project_id, schedule_slot);

-- The project's newest audit when this one was stored, what notifications compare it with
-- (NULL for the first). Saves of one project take the project's row first, so each sees every
-- save before it, and two audits that overlap in time are never both compared with a third.
ALTER TABLE audits ADD COLUMN previous_id BIGINT;
