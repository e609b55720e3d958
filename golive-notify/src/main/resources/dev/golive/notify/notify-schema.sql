-- The ledger of golive-notify: which event went to which channel, so that each is sent once
-- however many times it is dispatched and however many servers share the database.
-- The same statements run on SQLite and PostgreSQL; copy them into the store's migrations.
-- Times are epoch milliseconds. See docs/notifications.md for the states and the claim.
CREATE TABLE notification_sent (
    event_key        VARCHAR(400)  NOT NULL,  -- Event.key(), as verdict-changed/shop/a-1042
    channel          VARCHAR(64)   NOT NULL,  -- the channel's name in the project's settings
    state            VARCHAR(16)   NOT NULL,  -- sending, sent or failed
    claim_token      VARCHAR(36)   NOT NULL,  -- the current claim's: records of older ones are ignored
    first_claimed_at BIGINT        NOT NULL,
    claimed_at       BIGINT        NOT NULL,  -- a claim older than its lease may be taken over
    sent_at          BIGINT,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    last_error       VARCHAR(1000),
    event            TEXT          NOT NULL,  -- the event as JSON, to send it again after a failure
    PRIMARY KEY (event_key, channel)
);

CREATE INDEX notification_sent_state ON notification_sent (state, claimed_at);
