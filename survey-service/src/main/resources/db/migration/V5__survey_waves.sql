-- A survey fielded in waves: each wave is a survey of its own (its own responses, imports, data quality and
-- matrix), linked to the others by tracker_id, the id of the tracker's first wave. The first wave carries its own
-- id, so "the waves of a tracker" is one equality with no OR and no special case; NULL is a survey without waves.
-- See docs/adr/0014-survey-waves-as-linked-surveys.md.
ALTER TABLE survey
    ADD COLUMN tracker_id   uuid REFERENCES survey (id),
    ADD COLUMN wave_label   text,
    ADD COLUMN fielded_from date,
    ADD COLUMN fielded_to   date,
    -- a wave always has a label, and only a wave has one
    ADD CONSTRAINT survey_wave_labelled CHECK ((tracker_id IS NULL) = (wave_label IS NULL)),
    ADD CONSTRAINT survey_wave_dates CHECK (fielded_from IS NULL OR fielded_to IS NULL OR fielded_from <= fielded_to);

-- Lists a tracker's waves (WHERE tracker_id = $1), and keeps a label from being used twice in one tracker whatever
-- its case ("March" and "march" would only confuse a chart's legend). Surveys without waves are not indexed.
CREATE UNIQUE INDEX survey_tracker_wave_label ON survey (tracker_id, lower(wave_label)) WHERE tracker_id IS NOT NULL;
