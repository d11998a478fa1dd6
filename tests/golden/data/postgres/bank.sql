-- The database of accounts.policy's tests, in PostgreSQL: typed columns as a real register has
-- them (numeric, double precision, date, boolean, integer), and the faults the reader names.
CREATE TABLE people (id text PRIMARY KEY, age integer, retired boolean);
INSERT INTO people VALUES ('P1', 34, false), ('P2', 71, true);
CREATE TABLE accounts (id text, owner text, kind text, balance numeric(12, 2), opened date, note text);
INSERT INTO accounts VALUES
  ('A1', 'P1', 'current', 120.5, '2020-01-31', 'main, "joint" account'),
  ('A2', 'P2', 'savings', 10000, '2019-06-01', NULL),
  ('A3', NULL, 'savings', 0.1, '2024-02-29', '');
-- A double precision that is a sum: its binary remainder shows, and a decimal has six places.
CREATE TABLE sums (id text, owner text, kind text, balance double precision, opened date, note text);
INSERT INTO sums VALUES ('S1', 'P1', 'current', 0.1, '2020-01-01', NULL), ('S2', 'P1', 'current', 0.1::float8 + 0.2::float8, '2020-01-01', NULL),
  ('S3', 'P1', 'current', 1e20, '2020-01-01', NULL);
CREATE TABLE blobs (id text, owner text, kind text, balance numeric, opened date, note bytea);
INSERT INTO blobs VALUES ('B1', 'P1', 'current', 1, '2020-01-01', NULL), ('B2', 'P1', 'current', 1, '2020-01-01', '\x00ff');
CREATE TABLE wrong_owner (id text, owner text, kind text, balance numeric, opened date, note text);
INSERT INTO wrong_owner VALUES ('W1', 'P1', 'current', 1, '2020-01-01', NULL), ('W2', 'P9', 'current', 1, '2020-01-01', NULL);
CREATE TABLE no_balance (id text, owner text, kind text, opened date, note text);
-- Another schema, and a view (no ctid: its own order).
CREATE SCHEMA archive;
CREATE TABLE archive.accounts (id text, owner text, kind text, balance numeric, opened date, note text);
INSERT INTO archive.accounts VALUES ('X1', 'P2', 'savings', 50, '2001-09-09', 'old');
CREATE VIEW savings AS SELECT * FROM accounts WHERE kind = 'savings';
-- An update moves a row to the end of the physical order: the order the reader gives.
CREATE TABLE updated (id text, owner text, kind text, balance numeric, opened date, note text);
INSERT INTO updated VALUES ('U1', 'P1', 'current', 1, '2020-01-01', NULL), ('U2', 'P1', 'current', 2, '2020-01-01', NULL);
UPDATE updated SET balance = 3 WHERE id = 'U1';
