-- Which survey (wave) each generated version's run segmented, so a persona's history says which segment of which
-- run of which wave it portrays. An edit keeps the run of the version before it and leaves this NULL; versions
-- written before this column existed stay NULL too.
ALTER TABLE persona_version ADD COLUMN survey_id text;
