-- The tracker (survey-service's first-wave survey id) of the run's survey, when the survey is fielded in waves:
-- what tells persona-service that a run on wave 2 continues the personas of wave 1.
ALTER TABLE segmentation_run ADD COLUMN tracker_id text;
