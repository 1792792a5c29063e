-- A run's stored model applied to a survey (another wave of the study, or the fitting survey itself): a durable job
-- with a lease like a segmentation task (a worker that dies leaves it to another), the respondents' placements, and
-- the drift report against the fitting data (gzip JSON, a stored document with a format, see ADR 0010).
CREATE TABLE model_application (
    id             uuid PRIMARY KEY,
    run_id         uuid        NOT NULL REFERENCES segmentation_run (id) ON DELETE CASCADE,
    workspace_id   text        NOT NULL,
    survey_id      text        NOT NULL,
    survey_title   text,
    created_by     text,
    status         text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    attempts       integer     NOT NULL DEFAULT 0,
    max_attempts   integer     NOT NULL,
    lease_owner    text,
    lease_until    timestamptz,
    error          text,
    placed_count   integer,
    unplaced_count integer,
    report         bytea,
    created_at     timestamptz NOT NULL DEFAULT now(),
    started_at     timestamptz,
    finished_at    timestamptz
);
CREATE INDEX model_application_run ON model_application (run_id, created_at DESC, id DESC);
CREATE INDEX model_application_claimable ON model_application (created_at) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE applied_assignment (
    application_id uuid             NOT NULL REFERENCES model_application (id) ON DELETE CASCADE,
    row_no         integer          NOT NULL,
    respondent_id  text             NOT NULL,
    segment        integer          NOT NULL,
    distance       double precision NOT NULL,
    margin         double precision NOT NULL,
    PRIMARY KEY (application_id, row_no)
);
