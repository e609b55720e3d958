-- When the events of an audit were handed to its project's channels (epoch milliseconds); NULL
-- until then. A server that dies between storing an audit and notifying leaves it NULL, and so
-- does an audit stored by `golive audit --store` into the server's database: a later round of
-- any server sends their events (the ledger, notification_sent, keeps each event to one message
-- per channel). Audits stored before this migration count as notified.
ALTER TABLE audits ADD COLUMN notified_at BIGINT;

UPDATE audits SET notified_at = finished_at;

CREATE INDEX audits_unnotified ON audits (finished_at) WHERE notified_at IS NULL;
