-- Pages and matrices are read in respondent id order, the primary key's: the same respondents give the same
-- matrix whatever order and however many files they came in, and an import maintains one index less (the
-- arrival index cost a quarter of the database's time per imported row; docs/benchmarks.md, ADR 0007).
-- The column stays as provenance: the row of the file (or position in the submission) that last wrote the
-- response, which is also how an import names the first row of a repeated respondent.
DROP INDEX response_arrival;
ALTER TABLE response RENAME COLUMN seq TO source_row;
