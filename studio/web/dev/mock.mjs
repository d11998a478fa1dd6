// A stand-in for `redline studio` while developing the page: serves studio/web/dist/ and answers
// the JSON API of docs/studio.md. With --redline PATH it answers by running that redline's
// command line (check, diff, explain, diff --format html); without, from the fixtures in
// dev/fixtures/ (SECMP0044 over the SEC register, P017's assessment).
//
//   node studio/web/dev/mock.mjs [studio] POLICY --data ENTITY=PATH [--amend MOD]... [--workspace DIR]
//        [--port N] [--redline PATH] [--delay MS]
//
// It takes `redline studio`'s arguments, so that tests/studio/browser.mjs can drive it in place of
// the server, and prints the same line once listening: `redline studio: http://127.0.0.1:PORT/`.
// Paths are from the current directory (run it from the repository's root).
import http from 'node:http';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const fixtures = join(here, 'fixtures');

const args = process.argv.slice(2);
if (args[0] === 'studio') args.shift();
const opt = { data: [], amend: [], port: 0, workspace: 'drafts', redline: null, delay: 0, policy: null };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const next = () => args[++i];
  if (a === '--data') opt.data.push(next());
  else if (a === '--amend') opt.amend.push(next());
  else if (a === '--port') opt.port = Number(next());
  else if (a === '--workspace') opt.workspace = next();
  else if (a === '--redline') opt.redline = next();
  else if (a === '--delay') opt.delay = Number(next());
  else if (a === '--host') next();
  else if (!opt.policy) opt.policy = a;
  else { console.error(`mock: unexpected argument ${a}`); process.exit(2); }
}
if (!opt.policy) { console.error('mock: a policy is required'); process.exit(2); }

const source = readFileSync(opt.policy, 'utf8');
const policyName = (/^\s*policy\s+(\w+)/m.exec(source) || [])[1] || 'policy';
const policyTitle = (/^\s*policy\s+\w+\s+"([^"]*)"/m.exec(source) || [])[1] || '';
const limits = { body_bytes: 1048576, eval_ms: 10000, changes_shown: 1000 };
const scratch = mkdtempSync(join(tmpdir(), 'redline-mock-'));

// The outline: every declaration that starts a line, to the line before the next one (blank
// lines and comments between them left out).
function outline(text) {
  const lines = text.split('\n');
  const heads = [];
  const re = /^(output\s+)?(rule|obligation|enum|entity|param|cycle|test|tests)\s+(\w+)[^[]*(?:\[([^\]]*)\])?/;
  lines.forEach((line, i) => {
    const m = re.exec(line);
    if (m) {
      const kind = { param: 'parameter', tests: 'test' }[m[2]] || m[2];
      const item = { kind, name: m[3], citation: m[4] || null, line: i + 1 };
      if (kind === 'rule' || kind === 'obligation') item.output = !!m[1];
      heads.push(item);
    }
  });
  heads.forEach((h, k) => {
    let end = k + 1 < heads.length ? heads[k + 1].line - 1 : lines.length;
    while (end > h.line && /^\s*(\/\/.*|#.*)?$/.test(lines[end - 1])) end--;
    h.end_line = end;
  });
  return heads;
}

function run(argv) {
  return new Promise((resolvePromise) => {
    execFile(opt.redline, argv, { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolvePromise({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let counter = 0;
function writeDraft(name, text) {
  const dir = join(scratch, String(++counter));
  mkdirSync(dir);
  const path = join(dir, basename(name || 'draft.policy'));
  writeFileSync(path, text);
  return path;
}

function toDiagnostic(d, pathToName) {
  const file = pathToName.get(d.file) ?? d.file;
  const line = d.line || 1, column = d.column || 1;
  return {
    severity: d.severity, code: d.code, message: d.message, file, line, column, notes: d.notes,
    range: { start: { line: line - 1, character: column - 1 }, end: { line: line - 1, character: (d.end_column || column) - 1 } },
  };
}

async function check(amendments) {
  const real = amendments.filter((a) => a.text.trim());
  if (!real.length) return [];
  if (!opt.redline) {
    const out = [];
    for (const a of real) {
      const lines = a.text.split('\n');
      lines.forEach((l, i) => {
        const c = l.indexOf('@@');
        if (c >= 0) out.push({ severity: 'error', code: 'syntax', message: "unexpected '@'", file: a.name, line: i + 1, column: c + 1,
          range: { start: { line: i, character: c }, end: { line: i, character: c + 2 } } });
      });
    }
    return out;
  }
  const pathToName = new Map();
  const files = real.map((a) => { const p = writeDraft(a.name, a.text); pathToName.set(p, a.name); return p; });
  const r = await run(['check', opt.policy, ...opt.amend, ...files, '--format', 'json']);
  let doc;
  try { doc = JSON.parse(r.stdout); } catch { throw Object.assign(new Error(r.stderr || 'check failed'), { status: 500 }); }
  return doc.diagnostics.map((d) => toDiagnostic(d, pathToName));
}

function noChange() {
  const d = JSON.parse(readFileSync(join(fixtures, 'diff.json'), 'utf8'));
  d.amendments = []; d.law_changes = []; d.reasons = []; d.attribution = []; d.changes = []; d.changed_entities = 0;
  for (const o of d.outputs) {
    o.changed = 0; o.transitions = [];
    if (o.increased !== undefined) { o.increased = 0; o.decreased = 0; o.after_total = o.before_total; }
    if (o.before_counts) o.after_counts = { ...o.before_counts };
  }
  return d;
}

async function diff(body, format = 'json') {
  const real = (body.amendments || []).filter((a) => a.text.trim());
  const diagnostics = await check(real);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw Object.assign(new Error('the amendment does not compile'), { status: 422, diagnostics: errors });
  const started = Date.now();
  let doc;
  if (!real.length) {
    if (format === 'html') return '<!doctype html><title>No change</title><p>No amendment: nothing changes.</p>';
    doc = noChange();
  } else if (!opt.redline) {
    if (format === 'html') return '<!doctype html><title>Impact</title><p>(mock report)</p>';
    doc = real.some((a) => a.text.includes('replace rule premises_counted'))
      ? JSON.parse(readFileSync(join(fixtures, 'diff.json'), 'utf8')) : noChange();
  } else {
    const files = real.map((a) => writeDraft(a.name, a.text));
    const argv = ['diff', opt.policy, ...opt.amend.flatMap((m) => ['--base-amend', m]), ...files.flatMap((f) => ['--amend', f]),
      ...opt.data.flatMap((d) => ['--data', d]), '--format', format];
    if (body.as_of) argv.push('--as-of', body.as_of);
    const r = await run(argv);
    if (r.code !== 0) throw Object.assign(new Error(r.stderr.trim() || 'diff failed'), { status: 500 });
    if (format === 'html') return r.stdout;
    doc = JSON.parse(r.stdout);
  }
  const total = doc.changes.length;
  doc.changes = doc.changes.slice(0, limits.changes_shown);
  return { ...doc, changes_total: total, changes_shown: doc.changes.length, elapsed_ms: Date.now() - started,
    rules_reused: 0, rules: 0, diagnostics: diagnostics.filter((d) => d.severity !== 'error') };
}

async function explain(body) {
  const real = (body.amendments || []).filter((a) => a.text.trim());
  if (!opt.redline) {
    return { before: JSON.parse(readFileSync(join(fixtures, 'explain_before.json'), 'utf8')),
      after: JSON.parse(readFileSync(join(fixtures, 'explain_after.json'), 'utf8')) };
  }
  const diagnostics = await check(real);
  if (diagnostics.some((d) => d.severity === 'error')) {
    throw Object.assign(new Error('the amendment does not compile'), { status: 422, diagnostics });
  }
  const files = real.map((a) => writeDraft(a.name, a.text));
  const side = async (amendFiles) => {
    const argv = ['explain', opt.policy, ...[...opt.amend, ...amendFiles].flatMap((f) => ['--amend', f]),
      ...opt.data.flatMap((d) => ['--data', d]), '--id', body.id, '--output', body.output, '--format', 'json'];
    if (body.as_of) argv.push('--as-of', body.as_of);
    const r = await run(argv);
    if (r.code !== 0) return null;
    return JSON.parse(r.stdout);
  };
  return { before: await side([]), after: await side(files) };
}

function save(body) {
  const name = String(body.name || '');
  if (!name || name.includes('/') || name.includes('\\') || name === '.' || name === '..') {
    throw Object.assign(new Error(`'${name}' is not a file name in the workspace`), { status: 403 });
  }
  mkdirSync(opt.workspace, { recursive: true });
  const tmp = join(opt.workspace, `.${name}.tmp`);
  writeFileSync(tmp, String(body.text ?? ''));
  renameSync(tmp, join(opt.workspace, name));
  return { path: join(opt.workspace, name) };
}

function policyAnswer() {
  return {
    policy: { name: policyName, title: policyTitle, path: opt.policy, source },
    base_amendments: [],
    amendments: [],
    outline: outline(source),
    data: opt.data.map((d) => {
      const [entity, path] = d.split('=');
      let rows = 0;
      try { rows = readFileSync(path, 'utf8').trim().split('\n').length - 1; } catch { /* unknown */ }
      return { entity, source: path, rows };
    }),
    as_of: null,
    workspace: opt.workspace,
    limits,
  };
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

const server = http.createServer(async (req, res) => {
  const send = (status, body, type = 'application/json') => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(type === 'application/json' ? JSON.stringify(body) : body);
  };
  const url = new URL(req.url, 'http://localhost');
  try {
    if (!url.pathname.startsWith('/api/')) {
      const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
      if (!['index.html', 'app.js', 'app.css'].includes(file)) return send(404, { error: { message: 'not found' } });
      return send(200, readFileSync(join(dist, file)), types[file.slice(file.lastIndexOf('.'))]);
    }
    let raw = '';
    for await (const chunk of req) raw += chunk;
    let body = {};
    if (req.method === 'POST') {
      try { body = JSON.parse(raw); } catch { return send(400, { error: { message: 'the body is not JSON' } }); }
    }
    if (opt.delay) await new Promise((r) => setTimeout(r, opt.delay));
    switch (`${req.method} ${url.pathname}`) {
      case 'GET /api/policy': return send(200, policyAnswer());
      case 'POST /api/check': return send(200, { diagnostics: await check([{ name: body.name || 'draft.policy', text: body.text || '' }]) });
      case 'POST /api/diff': return send(200, await diff(body));
      case 'POST /api/explain': return send(200, await explain(body));
      case 'POST /api/save': return send(200, save(body));
      case 'POST /api/report': {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Disposition': 'attachment; filename="impact.html"' });
        return res.end(await diff(body, 'html'));
      }
      default: return send(404, { error: { message: `no ${req.method} ${url.pathname}` } });
    }
  } catch (e) {
    return send(e.status || 500, { error: { message: e.message, ...(e.diagnostics ? { diagnostics: e.diagnostics } : {}) } });
  }
});

server.listen(opt.port, '127.0.0.1', () => {
  console.log(`redline studio: http://127.0.0.1:${server.address().port}/`);
});
const stop = () => { rmSync(scratch, { recursive: true, force: true }); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
