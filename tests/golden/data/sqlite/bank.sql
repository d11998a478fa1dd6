-- The database of accounts.policy's tests: typed columns as a real register has them.
CREATE TABLE people (id TEXT PRIMARY KEY, age INTEGER);
INSERT INTO people VALUES ('P1', 34), ('P2', 71);
CREATE TABLE accounts (id TEXT, owner TEXT, kind TEXT, balance REAL, opened TEXT, note TEXT);
INSERT INTO accounts VALUES
  ('A1', 'P1', 'current', 120.5, '2020-01-31', 'main, "joint" account'),
  ('A2', 'P2', 'savings', 10000, '2019-06-01', NULL),
  ('A3', NULL, 'savings', 0.1, '2024-02-29', '');
-- A REAL that is a sum: its binary remainder shows, and a decimal has six places.
CREATE TABLE sums (id TEXT, owner TEXT, kind TEXT, balance REAL, opened TEXT, note TEXT);
INSERT INTO sums VALUES ('S1', 'P1', 'current', 0.1, '2020-01-01', NULL), ('S2', 'P1', 'current', 0.1 + 0.2, '2020-01-01', NULL);
CREATE TABLE blobs (id TEXT, owner TEXT, kind TEXT, balance REAL, opened TEXT, note BLOB);
INSERT INTO blobs VALUES ('B1', 'P1', 'current', 1, '2020-01-01', NULL), ('B2', 'P1', 'current', 1, '2020-01-01', x'00ff');
CREATE TABLE wrong_owner (id TEXT, owner TEXT, kind TEXT, balance REAL, opened TEXT, note TEXT);
INSERT INTO wrong_owner VALUES ('W1', 'P1', 'current', 1, '2020-01-01', NULL), ('W2', 'P9', 'current', 1, '2020-01-01', NULL);
CREATE TABLE duplicates (id TEXT, owner TEXT, kind TEXT, balance REAL, opened TEXT, note TEXT);
INSERT INTO duplicates VALUES ('D1', 'P1', 'current', 1, '2020-01-01', NULL), ('D2', 'P1', 'current', 1, '2020-01-01', NULL),
  ('D1', 'P2', 'savings', 2, '2021-01-01', NULL);
CREATE TABLE no_balance (id TEXT, owner TEXT, kind TEXT, opened TEXT, note TEXT);
-- A text with a line break in one row; a bad date in the row after it.
CREATE TABLE newlines (id TEXT, owner TEXT, kind TEXT, balance REAL, opened TEXT, note TEXT);
INSERT INTO newlines VALUES ('N1', 'P1', 'current', 1, '2020-01-01', 'two' || char(10) || 'lines'),
  ('N2', 'P1', 'current', 1, '2020-02-30', NULL);
