// Loads syntaxes/redline.tmLanguage.json with vscode-textmate and vscode-oniguruma (the engine VS
// Code itself uses) and tokenizes text line by line.
'use strict';
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const ROOT = path.join(__dirname, '..');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'redline.tmLanguage.json');

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.redline' ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  const grammar = await registry.loadGrammar('source.redline');
  if (!grammar) throw new Error(`cannot load ${GRAMMAR}`);
  return grammar;
}

// [{line, tokens: [{text, scopes}]}], scopes without the root scope 'source.redline'.
function tokenize(grammar, text) {
  const result = [];
  let stack = vsctm.INITIAL;
  for (const line of text.replace(/\r?\n$/, '').split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, stack);
    result.push({
      line,
      tokens: r.tokens.map((t) => ({
        text: line.substring(t.startIndex, t.endIndex),
        scopes: t.scopes.filter((s) => s !== 'source.redline'),
      })),
    });
    stack = r.ruleStack;
  }
  return result;
}

module.exports = { ROOT, GRAMMAR, loadGrammar, tokenize };
