-- REFERENCE tasks: bootstrap stability on structureless data of the run's shape (each basis column permuted),
-- against which the data's stability is judged (natural / reproducible / constructive segments).
ALTER TABLE segmentation_task DROP CONSTRAINT segmentation_task_kind_check;
ALTER TABLE segmentation_task ADD CONSTRAINT segmentation_task_kind_check
    CHECK (kind IN ('PREPARE', 'CLUSTER', 'BOOTSTRAP', 'FINALISE', 'REFERENCE'));
