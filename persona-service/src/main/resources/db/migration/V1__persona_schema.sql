-- persona-service owns these tables; no other service reads them.

-- Rule packs uploaded by a workspace; the built-in default pack lives in the application, not here.
-- Versions count per workspace; the highest is the active one.
CREATE TABLE rule_pack (
    id           uuid PRIMARY KEY,
    workspace_id text        NOT NULL,
    name         text        NOT NULL,
    version      integer     NOT NULL CHECK (version > 0),
    source       text        NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    UNIQUE (workspace_id, version)
);

-- A persona is one lineage: one segment of a survey's segmentation, followed across runs and rule-pack
-- versions. Its current content is kept here too, so reading a persona is one row.
CREATE TABLE persona (
    id            uuid PRIMARY KEY,
    workspace_id  text        NOT NULL,
    survey_id     text        NOT NULL,
    run_id        text        NOT NULL,
    segment_id    text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    version       integer     NOT NULL,
    locked_fields text[]      NOT NULL DEFAULT '{}',
    content       text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    published_at  timestamptz
);
CREATE INDEX persona_lineage ON persona (workspace_id, survey_id);
CREATE INDEX persona_run ON persona (run_id);

-- Every version of every persona, with what changed it and who.
CREATE TABLE persona_version (
    id             uuid PRIMARY KEY,
    persona_id     uuid        NOT NULL REFERENCES persona (id) ON DELETE CASCADE,
    version        integer     NOT NULL,
    run_id         text        NOT NULL,
    rule_pack      text        NOT NULL,
    change         text        NOT NULL CHECK (change IN ('GENERATED', 'REGENERATED', 'EDITED')),
    changed_fields text[]      NOT NULL DEFAULT '{}',
    author         text        NOT NULL,
    content        text        NOT NULL,
    created_at     timestamptz NOT NULL,
    UNIQUE (persona_id, version)
);
CREATE INDEX persona_version_run ON persona_version (run_id);

-- One row per (run, rule pack version) already turned into personas: what makes generation idempotent.
CREATE TABLE persona_generation (
    id            uuid PRIMARY KEY,
    workspace_id  text        NOT NULL,
    run_id        text        NOT NULL,
    rule_pack     text        NOT NULL,
    personas      integer     NOT NULL,
    generated_by  text        NOT NULL,
    generated_at  timestamptz NOT NULL,
    UNIQUE (run_id, rule_pack)
);

-- Outcomes of marketing campaigns, per persona (so per segment).
CREATE TABLE campaign_result (
    id           uuid PRIMARY KEY,
    workspace_id text             NOT NULL,
    persona_id   uuid             NOT NULL REFERENCES persona (id) ON DELETE CASCADE,
    campaign     text             NOT NULL,
    channel      text             NOT NULL,
    period       text             NOT NULL,
    sent         bigint           NOT NULL,
    opened       bigint           NOT NULL,
    clicked      bigint           NOT NULL,
    converted    bigint           NOT NULL,
    revenue      double precision NOT NULL,
    recorded_by  text             NOT NULL,
    recorded_at  timestamptz      NOT NULL,
    CHECK (sent > 0 AND opened >= 0 AND clicked >= 0 AND converted >= 0 AND revenue >= 0),
    CHECK (opened <= sent AND clicked <= opened AND converted <= clicked)
);
CREATE INDEX campaign_result_persona ON campaign_result (persona_id);
CREATE INDEX campaign_result_campaign ON campaign_result (workspace_id, campaign);
