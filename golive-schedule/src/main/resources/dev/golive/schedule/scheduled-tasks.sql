-- db-scheduler's table for scheduled audits, as its documentation gives it. ${blob} and
-- ${timestamp} are the two types SQLite and PostgreSQL spell differently.
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
