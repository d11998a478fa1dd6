// Runs a script of `redline sql --dialect duckdb` over CSV files, as a user would in DuckDB:
//   node run.mjs SCRIPT ENTITY=CSV...
// An in-memory database, of one thread (the test cases are small, and ctest runs two at once) or
// of REDLINE_DUCKDB_THREADS (the benchmark, bench/sql_backend.sh); each ENTITY a table of VARCHAR columns made by
// read_csv(CSV, header = true, all_varchar = true) (the header's names as columns, rows in file
// order); then the script's statements in order. The rows of the last statement are printed, the
// first column of each on a line of its own (the script's column `line`). On an error: `Error:
// MESSAGE` on stderr and exit status 1, nothing printed after it.
//
//   node run.mjs --serve FIFO
// does the same for each request written to the named pipe FIFO (tests/sql/with_duckdb.sh and
// run_script.sh): loading DuckDB's native library takes half a second, more than most test cases
// take to run, and a client in the shell starts in no time. A request is one line of
// tab-separated fields, REPLY SCRIPT ENTITY=CSV..., written at once (the pipe keeps lines shorter
// than 4096 bytes whole); the answer goes to the folder REPLY: the files `out` and `err`, then
// the exit status on the named pipe `status`, which the client holds open for reading before it
// writes the request. Each request has a database of its own.
import { closeSync, constants, createReadStream, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DuckDBInstance } from '@duckdb/node-api';

const ident = (s) => '"' + s.replaceAll('"', '""') + '"';
const text = (s) => "'" + s.replaceAll("'", "''") + "'";

async function run(scriptPath, data) {
  const instance = await DuckDBInstance.create(':memory:', { threads: process.env.REDLINE_DUCKDB_THREADS || '1' });
  const connection = await instance.connect();
  try {
    for (const d of data) {
      const eq = d.indexOf('=');
      if (eq <= 0) throw new Error(`bad argument '${d}' (want ENTITY=CSV)`);
      await connection.run(`CREATE TABLE ${ident(d.slice(0, eq))} AS SELECT * FROM read_csv(${text(d.slice(eq + 1))}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`);
    }
    const statements = await connection.extractStatements(readFileSync(scriptPath, 'utf8'));
    let lines = [];
    for (let i = 0; i < statements.count; ++i) {
      const prepared = await statements.prepare(i);
      const reader = await prepared.runAndReadAll();
      if (i + 1 === statements.count) lines = reader.getRows().map((row) => String(row[0] ?? ''));
    }
    return { status: 0, stdout: lines.length ? lines.join('\n') + '\n' : '', stderr: '' };
  } catch (e) {
    return { status: 1, stdout: '', stderr: `Error: ${e.message}\n` };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const args = process.argv.slice(2);
if (args[0] === '--serve' && args.length === 2) {
  // Opened for writing too, so that the server never reads an end of file between clients.
  const requests = createInterface({ input: createReadStream(null, { fd: openSync(args[1], 'r+') }), crlfDelay: Infinity });
  process.stdout.write('ready\n');
  for await (const line of requests) {
    const [reply, script, ...data] = line.split('\t');
    if (!reply || !script) continue;
    const answer = await run(script, data);
    writeFileSync(`${reply}/out`, answer.stdout);
    writeFileSync(`${reply}/err`, answer.stderr);
    // Non-blocking: the client has the pipe open already; if it is gone, nobody waits.
    try {
      const fd = openSync(`${reply}/status`, constants.O_WRONLY | constants.O_NONBLOCK);
      writeSync(fd, `${answer.status}\n`);
      closeSync(fd);
    } catch {}
  }
} else if (args.length >= 1 && !args[0].startsWith('--')) {
  const answer = await run(args[0], args.slice(1));
  process.stdout.write(answer.stdout);
  process.stderr.write(answer.stderr);
  process.exitCode = answer.status;
} else {
  process.stderr.write('usage: node run.mjs SCRIPT ENTITY=CSV... | node run.mjs --serve FIFO\n');
  process.exitCode = 2;
}
