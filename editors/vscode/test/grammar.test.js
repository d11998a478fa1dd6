#!/usr/bin/env node
// Scope snapshots: every file in test/samples/ is tokenized with the grammar and compared with
// test/snapshots/<file>.snap. `node test/grammar.test.js --update` rewrites the snapshots (then
// read the diff before committing it). Also checks that syntaxes/redline.tmLanguage.json is what
// syntaxes/generate.js generates, and that only samples named invalid* have invalid.* scopes.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { ROOT, loadGrammar, tokenize } = require('./textmate');

const SAMPLES = path.join(__dirname, 'samples');
const SNAPSHOTS = path.join(__dirname, 'snapshots');

// One line of the source ('>' then the line), then one line per token that is not only blanks:
// its text (JSON-quoted) padded, then its scopes innermost last.
function snapshot(lines) {
  const out = [];
  for (const { line, tokens } of lines) {
    out.push(`>${line}`);
    for (const t of tokens) {
      if (/^\s*$/.test(t.text)) continue;
      out.push(` ${JSON.stringify(t.text).padEnd(24)} ${t.scopes.join(' ') || '-'}`);
    }
  }
  return out.join('\n') + '\n';
}

async function main() {
  const update = process.argv.includes('--update');
  let failures = 0;
  let passed = 0;
  const fail = (msg) => { failures++; console.error(`FAIL ${msg}`); };

  try {
    execFileSync(process.execPath, [path.join(ROOT, 'syntaxes', 'generate.js'), '--check'], { stdio: 'inherit' });
    passed++;
  } catch {
    fail('syntaxes/redline.tmLanguage.json is stale');
  }

  const grammar = await loadGrammar();
  const samples = fs.readdirSync(SAMPLES).filter((f) => /\.(policy|tests)$/.test(f)).sort();
  if (samples.length === 0) fail('no samples in test/samples');
  if (update) fs.mkdirSync(SNAPSHOTS, { recursive: true });
  const expectedSnaps = new Set(samples.map((f) => `${f}.snap`));
  for (const f of fs.existsSync(SNAPSHOTS) ? fs.readdirSync(SNAPSHOTS) : []) {
    if (!expectedSnaps.has(f)) {
      if (update) fs.unlinkSync(path.join(SNAPSHOTS, f));
      else fail(`test/snapshots/${f} has no sample`);
    }
  }
  for (const sample of samples) {
    const lines = tokenize(grammar, fs.readFileSync(path.join(SAMPLES, sample), 'utf8'));
    const actual = snapshot(lines);
    const snapPath = path.join(SNAPSHOTS, `${sample}.snap`);

    const invalid = lines.flatMap(({ line, tokens }, i) =>
      tokens.filter((t) => t.scopes.some((s) => s.startsWith('invalid.')))
        .map((t) => `${sample}:${i + 1}: ${JSON.stringify(t.text)} is ${t.scopes.join(' ')}`));
    if (sample.startsWith('invalid')) {
      if (invalid.length === 0) fail(`${sample}: no token is invalid.*`);
    } else {
      for (const msg of invalid) fail(msg);
    }

    if (update) {
      fs.writeFileSync(snapPath, actual);
      console.log(`wrote test/snapshots/${sample}.snap`);
      continue;
    }
    if (!fs.existsSync(snapPath)) {
      fail(`${sample}: no snapshot test/snapshots/${sample}.snap (run with --update)`);
      continue;
    }
    const expected = fs.readFileSync(snapPath, 'utf8');
    if (expected === actual) {
      passed++;
      continue;
    }
    const e = expected.split('\n');
    const a = actual.split('\n');
    let i = 0;
    while (i < e.length && i < a.length && e[i] === a[i]) i++;
    let src = i;
    while (src > 0 && !a[src].startsWith('>') && !(e[src] || '').startsWith('>')) src--;
    fail(`${sample}: scopes differ from test/snapshots/${sample}.snap at its line ${i + 1}` +
      `\n  source:   ${(a[src] || e[src] || '').slice(1)}` +
      `\n  expected: ${e[i] === undefined ? '(end)' : e[i]}` +
      `\n  actual:   ${a[i] === undefined ? '(end)' : a[i]}` +
      '\n  (node test/grammar.test.js --update rewrites the snapshots)');
  }
  if (!update) console.log(`${passed} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
