-- Values that mean "not answered" for a question (SPSS user-missing values, e.g. 0 or -99): applied to every
-- import and submission, besides the codes an import names for itself.
ALTER TABLE question ADD COLUMN missing_codes text[];
