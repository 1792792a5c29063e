-- Responses are keyed by the respondent's external id (unique per workspace, and a survey belongs to one
-- workspace), not by a surrogate respondent key: a bulk import then writes ONE table with no per-row lookup,
-- and reading a response matrix needs no join. `seq` keeps the order in which responses arrived in the
-- survey (the order of the import file), which is the order pages and matrices are read in.
-- The respondent table keeps only what the response row cannot: the attributes given for a respondent.
-- See docs/adr/0007-responses-keyed-by-respondent-id.md.

ALTER TABLE response ADD COLUMN external_id text COLLATE "C", ADD COLUMN seq bigint;
UPDATE response p SET external_id = r.external_id, seq = p.respondent_id
FROM respondent r WHERE r.id = p.respondent_id;
ALTER TABLE response DROP CONSTRAINT response_pkey;
ALTER TABLE response DROP COLUMN respondent_id;
ALTER TABLE response RENAME COLUMN external_id TO respondent_id;
ALTER TABLE response ALTER COLUMN respondent_id SET NOT NULL, ALTER COLUMN seq SET NOT NULL;
ALTER TABLE response ADD PRIMARY KEY (survey_id, respondent_id);
CREATE INDEX response_arrival ON response (survey_id, seq);

DELETE FROM respondent WHERE attributes = '{}'::jsonb;
ALTER TABLE respondent DROP COLUMN id;
ALTER TABLE respondent DROP CONSTRAINT respondent_workspace_id_external_id_key;
ALTER TABLE respondent ALTER COLUMN external_id TYPE text COLLATE "C";
ALTER TABLE respondent ADD PRIMARY KEY (workspace_id, external_id);
