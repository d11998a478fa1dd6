#!/usr/bin/env node
// Every keyword of grammar/Redline.g4 is highlighted as a keyword. The keywords are read from the
// .g4 itself (every word literal, 'policy' ... 'data', in its parser and lexer rules, comments
// left out), so a keyword added to the language and not to syntaxes/generate.js fails here.
// Each must be scoped keyword.* on its own on a line, and the samples in test/samples/ must use it
// at least once where it is scoped keyword.* (so the snapshots show it in context).
// true, false and none are literals: constant.language.*.
'use strict';
const fs = require('fs');
const path = require('path');
const { ROOT, loadGrammar, tokenize } = require('./textmate');

const G4 = process.argv[2] || path.join(ROOT, '..', '..', 'grammar', 'Redline.g4');
const LITERALS = new Set(['true', 'false', 'none']);

// The .g4 without its comments; quoted literals ('//', '/*') are kept whole.
function stripComments(text) {
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text[i] === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== "'") j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (text[i] === '[') {
      // a lexer character set: [a-zA-Z], [\]\r\n]
      let j = i + 1;
      while (j < text.length && text[j] !== ']') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += text[i++];
    }
  }
  return out;
}

function keywordsOf(g4) {
  const words = new Set();
  for (const m of stripComments(g4).matchAll(/'([A-Za-z][A-Za-z_]*)'/g)) words.add(m[1]);
  return [...words].sort();
}

function expectedPrefix(word) {
  return LITERALS.has(word) ? 'constant.language.' : 'keyword.';
}

async function main() {
  const keywords = keywordsOf(fs.readFileSync(G4, 'utf8'));
  let failures = 0;
  let passed = 0;
  const fail = (msg) => { failures++; console.error(`FAIL ${msg}`); };
  // A sanity check of the extraction itself: the header keywords, the lexer's named keywords,
  // a contextual keyword, and nothing from the comments ('date' is named in one, and is a type).
  for (const w of ['policy', 'modification', 'tests', 'key', 'output', 'not', 'and', 'or', 'first', 'data']) {
    if (!keywords.includes(w)) fail(`'${w}' was not found in ${G4}: the extraction is broken`);
  }
  if (keywords.includes('date')) fail(`'date' (named only in a comment of ${G4}) was taken for a keyword`);

  const grammar = await loadGrammar();
  const samples = path.join(__dirname, 'samples');
  const seen = new Set();
  for (const f of fs.readdirSync(samples).filter((n) => !n.startsWith('invalid'))) {
    for (const { tokens } of tokenize(grammar, fs.readFileSync(path.join(samples, f), 'utf8'))) {
      for (const t of tokens) {
        const inner = t.scopes[t.scopes.length - 1] || '';
        if (keywords.includes(t.text) && inner.startsWith(expectedPrefix(t.text))) seen.add(t.text);
      }
    }
  }

  for (const w of keywords) {
    const prefix = expectedPrefix(w);
    const [{ tokens }] = tokenize(grammar, w);
    const t = tokens.find((x) => x.text === w);
    const scope = t ? t.scopes[t.scopes.length - 1] || '(none)' : `(no token: ${JSON.stringify(tokens)})`;
    let ok = true;
    if (!t || !scope.startsWith(prefix)) {
      fail(`'${w}' alone is ${scope}, not ${prefix}*`);
      ok = false;
    }
    if (!seen.has(w)) {
      fail(`'${w}' is never highlighted as ${prefix}* in test/samples/ (add a use of it to a sample)`);
      ok = false;
    }
    if (ok) passed++;
  }
  console.log(`${keywords.length} keywords in ${path.relative(process.cwd(), G4)}`);
  console.log(`${passed} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
