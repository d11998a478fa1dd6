-- The benchmark's question in SQL, for the sqlite3 CLI: which premises_counted / assessment values
-- change between the SEC Section G baseline and SECMP0044 (docs/sec-policy.md).
--
-- Expects a table `party` imported from the Party CSV (all columns TEXT, empty fields ''):
--   sqlite3 :memory: ".import --csv PARTIES.csv party" ".read bench/sqlite_diff.sql" > OUT.csv
-- Writes the same CSV as redline-handwritten: id,output,before,after; one row per changed
-- (party, output), parties in input (rowid) order, premises_counted before assessment; LF line ends.

.mode csv
.separator , "\n"
-- The header is printed by hand: `.headers on` prints none when no row differs, and the format
-- has a header always.
.headers off
.print id,output,before,after

-- The aggregate per Shared Resource Provider: sum of domestic_premises over the Parties naming it.
-- It is looked up twice per Party (by its shared_resource, by its own id), so it gets a table
-- keyed by provider. Measured on SQLite 3.40 at 1M parties: as a plain CTE instead, the planner
-- scans it for every Party on one of the two LEFT JOINs (270 s instead of about 1 s); an index on
-- party(shared_resource) for the GROUP BY costs more to build (0.27 s) than it saves.
CREATE TEMP TABLE aggregate (
  provider TEXT PRIMARY KEY,
  total    INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO aggregate
SELECT shared_resource, SUM(CAST(domestic_premises AS INTEGER))
FROM party
WHERE shared_resource <> ''
GROUP BY shared_resource;

WITH
p AS (
  SELECT
    party.rowid AS ord,
    party.id,
    CASE WHEN party.roles = '' THEN NULL            -- not a User: no pattern
         WHEN party.category = 'supplier' THEN 'S'
         WHEN party.category = 'network'  THEN 'N'
         WHEN party.category = 'other'    THEN 'O'
    END AS pattern,
    CASE WHEN party.assessment_year = '' THEN NULL
         ELSE (CAST(party.assessment_year AS INTEGER) - 1) % 3 + 1
    END AS pos,                                     -- position in the 3-year cycle
    CAST(party.domestic_premises AS INTEGER) AS own,
    used.total AS shared_total,                     -- aggregate of the resource it uses
    provided.total AS provided_total                -- set iff it is a Shared Resource Provider
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
  -- The annual cycle table (G8.16..G8.18, G8.41, G8.47): Supplier large Full/Full/Full, small
  -- Full/Verification/Self; Network large Full/Verification/Verification, small as Supplier
  -- small; Other User Full/Self/Self. Large: strictly more than 250,000.
  SELECT
    ord, id, counted_before, counted_after,
    CASE WHEN pattern_before IS NULL OR pos IS NULL THEN 'None'
         WHEN pos = 1 THEN 'Full'
         WHEN pattern_before = 'S' AND counted_before > 250000 THEN 'Full'
         WHEN pattern_before = 'O' THEN 'Self'
         WHEN pos = 2 THEN 'Verification'
         WHEN pattern_before = 'N' AND counted_before > 250000 THEN 'Verification'
         ELSE 'Self'
    END AS assessment_before,
    CASE WHEN pattern_after IS NULL OR pos IS NULL THEN 'None'
         WHEN pos = 1 THEN 'Full'
         WHEN pattern_after = 'S' AND counted_after > 250000 THEN 'Full'
         WHEN pattern_after = 'O' THEN 'Self'
         WHEN pos = 2 THEN 'Verification'
         WHEN pattern_after = 'N' AND counted_after > 250000 THEN 'Verification'
         ELSE 'Self'
    END AS assessment_after
  FROM versions
),
-- One row per (party, output): a cross join with the list of outputs, so the party table is scanned
-- once, in rowid (input) order.
outputs(k, output) AS (VALUES (1, 'premises_counted'), (2, 'assessment')),
diff AS (
  SELECT a.ord, o.k, a.id, o.output,
         CASE o.k WHEN 1 THEN a.counted_before ELSE a.assessment_before END AS before,
         CASE o.k WHEN 1 THEN a.counted_after ELSE a.assessment_after END AS after
  FROM assessed AS a CROSS JOIN outputs AS o
)
SELECT id, output, before, after
FROM diff
WHERE before <> after
ORDER BY ord, k;
