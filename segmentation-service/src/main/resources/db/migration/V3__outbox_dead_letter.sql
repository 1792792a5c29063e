-- An event that persona-service refused for good (the run cannot be turned into personas) or that failed
-- psychograph.outbox.max-attempts times is given up: failed_at set, last_error kept, never sent again, and the
-- relay goes on with the others. Run.personaDelivery shows it.
ALTER TABLE outbox_event ADD COLUMN failed_at timestamptz;
DROP INDEX outbox_event_pending;
CREATE INDEX outbox_event_pending ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_event_run ON outbox_event (run_id, id);
