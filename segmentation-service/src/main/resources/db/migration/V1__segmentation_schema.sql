-- segmentation-service owns these tables; no other service reads them.

CREATE TABLE segmentation_run (
    id                    uuid PRIMARY KEY,
    workspace_id          text        NOT NULL,
    survey_id             text        NOT NULL,
    survey_title          text,
    created_by            text,
    status                text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    phase                 text        NOT NULL,
    percent               integer     NOT NULL DEFAULT 0,
    -- the analyst's configuration with every default resolved (JSON of RunConfig)
    config                jsonb       NOT NULL,
    seed                  bigint      NOT NULL,
    error                 text,
    created_at            timestamptz NOT NULL,
    started_at            timestamptz,
    finished_at           timestamptz,
    respondent_count      integer,
    dropped_count         integer,
    recommended_k         integer,
    recommendation_reason text,
    chosen_k              integer,
    data_fingerprint      text,
    tribuo_version        text,
    -- gzip JSON: candidates per k and the chosen solution (segments, profiles, descriptors)
    report                bytea,
    -- the chosen solution's model (Tribuo protobuf + preparation parameters + provenance)
    model                 bytea
);
CREATE INDEX segmentation_run_survey ON segmentation_run (workspace_id, survey_id, created_at DESC, id DESC);

-- The prepared basis matrix and descriptors of a run, written once by its PREPARE task and read by every
-- worker that takes one of its tasks (so survey-service is read once per run, not once per worker).
CREATE TABLE run_input (
    run_id   uuid PRIMARY KEY REFERENCES segmentation_run (id) ON DELETE CASCADE,
    prepared bytea NOT NULL
);

-- The durable job queue: a run is split into tasks any worker can claim (FOR UPDATE SKIP LOCKED).
CREATE TABLE segmentation_task (
    id           bigserial PRIMARY KEY,
    run_id       uuid        NOT NULL REFERENCES segmentation_run (id) ON DELETE CASCADE,
    kind         text        NOT NULL CHECK (kind IN ('PREPARE', 'CLUSTER', 'BOOTSTRAP', 'FINALISE')),
    k            integer,
    range_from   integer,
    range_to     integer,
    -- k-means fits this task makes: the unit of the run's percent progress
    fits         integer     NOT NULL DEFAULT 0,
    status       text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    attempts     integer     NOT NULL DEFAULT 0,
    max_attempts integer     NOT NULL,
    lease_owner  text,
    lease_until  timestamptz,
    result       bytea,
    error        text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX segmentation_task_claimable ON segmentation_task (id) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX segmentation_task_run ON segmentation_task (run_id, kind, k);
CREATE UNIQUE INDEX segmentation_task_one_finalise ON segmentation_task (run_id) WHERE kind = 'FINALISE';

CREATE TABLE segment_assignment (
    run_id        uuid             NOT NULL REFERENCES segmentation_run (id) ON DELETE CASCADE,
    row_no        integer          NOT NULL,
    respondent_id text             NOT NULL,
    segment       integer          NOT NULL,
    distance      double precision NOT NULL,
    margin        double precision NOT NULL,
    PRIMARY KEY (run_id, row_no)
);

-- Events written in the same transaction as the state change they announce; a relay delivers them.
CREATE TABLE outbox_event (
    id              bigserial PRIMARY KEY,
    run_id          uuid        NOT NULL,
    workspace_id    text        NOT NULL,
    type            text        NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_event_pending ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL;
