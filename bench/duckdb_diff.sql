-- The benchmark's question in DuckDB's SQL: bench/sqlite_diff.sql (read it first) rewritten for
-- DuckDB, run by tests/sql/duckdb/run.mjs (@duckdb/node-api from npm, 2 threads), which prints
-- the first column of the last statement's rows, one per line:
--   REDLINE_DUCKDB_THREADS=2 node tests/sql/duckdb/run.mjs bench/duckdb_diff.sql party=PARTIES.csv > OUT.csv
-- The table `party` is made by read_csv(..., all_varchar = true): every column text, an empty
-- field NULL (where sqlite3's .import gives ''), rows in file order (`rowid`, from 0).
-- Writes the same CSV as redline-handwritten (the generated data has no field to quote).

-- The annual cycle table (G8.16..G8.18, G8.41, G8.47), written once for both sides: Supplier
-- large Full/Full/Full, small Full/Verification/Self; Network large Full/Verification/
-- Verification, small as Supplier small; Other User Full/Self/Self. Large: more than 250,000.
CREATE TEMP MACRO assessment(pattern, pos, counted) AS
  CASE WHEN pattern IS NULL OR pos IS NULL THEN 'None'
       WHEN pos = 1 THEN 'Full'
       WHEN pattern = 'S' AND counted > 250000 THEN 'Full'
       WHEN pattern = 'O' THEN 'Self'
       WHEN pos = 2 THEN 'Verification'
       WHEN pattern = 'N' AND counted > 250000 THEN 'Verification'
       ELSE 'Self'
  END;

CREATE TEMP TABLE aggregate AS
SELECT shared_resource AS provider, SUM(CAST(domestic_premises AS BIGINT)) AS total
FROM party
WHERE COALESCE(shared_resource, '') <> ''
GROUP BY shared_resource;

WITH
p AS (
  SELECT
    party.rowid AS ord,
    party.id,
    CASE WHEN COALESCE(party.roles, '') = '' THEN NULL   -- not a User: no pattern
         WHEN party.category = 'supplier' THEN 'S'
         WHEN party.category = 'network'  THEN 'N'
         WHEN party.category = 'other'    THEN 'O'
    END AS pattern,
    CASE WHEN COALESCE(party.assessment_year, '') = '' THEN NULL
         ELSE (CAST(party.assessment_year AS BIGINT) - 1) % 3 + 1
    END AS pos,
    CAST(party.domestic_premises AS BIGINT) AS own,
    used.total AS shared_total,
    provided.total AS provided_total
  FROM party
  LEFT JOIN aggregate AS used ON used.provider = party.shared_resource
  LEFT JOIN aggregate AS provided ON provided.provider = party.id
),
versions AS (
  SELECT
    ord, id, pos,
    pattern AS pattern_before,
    CASE WHEN shared_total IS NOT NULL THEN shared_total ELSE own END AS counted_before,
    CASE WHEN provided_total IS NOT NULL THEN 'S' ELSE pattern END AS pattern_after,
    CASE WHEN provided_total IS NOT NULL THEN provided_total ELSE own END AS counted_after
  FROM p
),
assessed AS (
  SELECT ord, id, counted_before, counted_after,
         assessment(pattern_before, pos, counted_before) AS assessment_before,
         assessment(pattern_after, pos, counted_after) AS assessment_after
  FROM versions
),
outputs(k, output) AS (VALUES (1, 'premises_counted'), (2, 'assessment')),
diff AS (
  SELECT a.ord, o.k, a.id, o.output,
         CASE o.k WHEN 1 THEN CAST(a.counted_before AS VARCHAR) ELSE a.assessment_before END AS before,
         CASE o.k WHEN 1 THEN CAST(a.counted_after AS VARCHAR) ELSE a.assessment_after END AS after
  FROM assessed AS a CROSS JOIN outputs AS o
)
SELECT line FROM (
  SELECT -1 AS ord, 0 AS k, 'id,output,before,after' AS line
  UNION ALL
  SELECT ord, k, id || ',' || output || ',' || before || ',' || after
  FROM diff
  WHERE before <> after
)
ORDER BY ord, k;
