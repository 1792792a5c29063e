-- survey-service owns these tables; no other service reads them.

CREATE TABLE survey (
    id           uuid PRIMARY KEY,
    workspace_id text        NOT NULL,
    title        text        NOT NULL,
    description  text,
    status       text        NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
-- keyset paging of a workspace's surveys, newest first
CREATE INDEX survey_workspace_created ON survey (workspace_id, created_at DESC, id DESC);

CREATE TABLE question (
    id            uuid PRIMARY KEY,
    survey_id     uuid    NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    code          text    NOT NULL,
    text          text    NOT NULL,
    type          text    NOT NULL,
    dimension     text    NOT NULL,
    role          text    NOT NULL,
    reverse_coded boolean NOT NULL DEFAULT false,
    scale_min     integer,
    scale_max     integer,
    numeric_min   double precision,
    numeric_max   double precision,
    options       text[],
    UNIQUE (survey_id, code),
    UNIQUE (survey_id, position)
);

CREATE TABLE respondent (
    id           bigserial PRIMARY KEY,
    workspace_id text  NOT NULL,
    external_id  text  NOT NULL,
    attributes   jsonb NOT NULL DEFAULT '{}'::jsonb,
    UNIQUE (workspace_id, external_id)
);

-- One response per respondent per survey. Answers are stored compactly as one array in question
-- position order (NULL = missing), so a million respondents x 40 questions stay one row each.
-- No foreign keys on this bulk table: per-row referential checks were the largest single cost of a bulk
-- import (see docs/benchmarks.md); rows are only written by the import/submit merge, which takes both ids
-- from existing rows, and surveys and respondents are never deleted.
CREATE TABLE response (
    survey_id     uuid             NOT NULL,
    respondent_id bigint           NOT NULL,
    answers       double precision[] NOT NULL,
    text_answers  jsonb,
    submitted_at  timestamptz      NOT NULL,
    PRIMARY KEY (survey_id, respondent_id)
);
