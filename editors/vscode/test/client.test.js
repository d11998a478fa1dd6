#!/usr/bin/env node
// The client without VS Code: src/executable.js on real files, and src/extension.js with stand-ins
// for the `vscode` module and the language client, so that what it starts, when it restarts and
// what it says when the executable is missing are checked. (Whether `vscode-languageclient/node`
// itself loads is for VS Code; the packaging test checks that it is in the .vsix.)
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');
const { findExecutable } = require('../src/executable');

const results = { passed: 0, failed: 0 };
async function check(name, fn) {
  try {
    await fn();
    results.passed++;
    console.log(`ok   ${name}`);
  } catch (err) {
    results.failed++;
    console.error(`FAIL ${name}\n${err && err.stack ? err.stack : err}`);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-vscode-'));
const bin = path.join(tmp, 'bin');
fs.mkdirSync(bin);
const redline = path.join(bin, 'redline');
fs.writeFileSync(redline, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
const notExecutable = path.join(tmp, 'plain');
fs.writeFileSync(notExecutable, '', { mode: 0o644 });

// --- stand-ins -------------------------------------------------------------------------------
const events = [];
let settings = {};
let configListener;
const fakeVscode = {
  workspace: {
    workspaceFolders: [{ uri: { fsPath: tmp } }],
    getConfiguration: (section) => ({ get: (key) => settings[`${section}.${key}`] }),
    createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
    onDidChangeConfiguration: (listener) => { configListener = listener; return { dispose() {} }; },
  },
  window: {
    createOutputChannel: () => ({ appendLine() {}, dispose() {} }),
    showErrorMessage: async (message, ...items) => { events.push({ error: message, items }); return undefined; },
  },
  commands: {
    registerCommand: (id, fn) => { events.push({ command: id }); fakeVscode.commands.registered[id] = fn; return { dispose() {} }; },
    executeCommand: async () => {},
    registered: {},
  },
};
class FakeLanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, name, serverOptions, clientOptions });
    events.push({ created: this });
  }
  async start() {
    events.push({ start: this.serverOptions.command });
    if (FakeLanguageClient.failNext) {
      FakeLanguageClient.failNext = false;
      throw new Error('Connection to server got closed');
    }
  }
  async stop() { events.push({ stop: this.serverOptions.command }); }
}
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'vscode' || request === 'vscode-languageclient/node') return request;
  return resolveFilename.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: fakeVscode };
require.cache['vscode-languageclient/node'] = {
  id: 'vscode-languageclient/node', filename: 'vscode-languageclient/node', loaded: true,
  exports: { LanguageClient: FakeLanguageClient },
};

async function main() {
  await check('a bare name is looked up on PATH', () => {
    assert.strictEqual(findExecutable('redline', { env: { PATH: `/nonexistent:${bin}` } }), redline);
    assert.strictEqual(findExecutable('', { env: { PATH: bin } }), redline);
    assert.strictEqual(findExecutable('redline', { env: { PATH: '/nonexistent' } }), undefined);
  });
  await check('a path is taken from the workspace folder, and must be executable', () => {
    assert.strictEqual(findExecutable('bin/redline', { cwd: tmp, env: {} }), redline);
    assert.strictEqual(findExecutable(redline, { env: {} }), redline);
    assert.strictEqual(findExecutable('./plain', { cwd: tmp, env: {} }), undefined);
    assert.strictEqual(findExecutable('bin', { cwd: tmp, env: { PATH: tmp } }), undefined);
    assert.strictEqual(findExecutable('./missing/redline', { cwd: tmp, env: {} }), undefined);
  });

  const extension = require('../src/extension');
  const subscriptions = [];
  await check('a missing executable is reported, naming the setting, and nothing is started', async () => {
    settings = { 'redline.path': './build/redline' };
    await extension.activate({ subscriptions });
    const error = events.find((e) => e.error);
    assert.ok(error, 'no error message');
    assert.match(error.error, /the file '\.\/build\/redline' is not an executable/);
    assert.match(error.error, /"redline\.path"/);
    assert.deepStrictEqual(error.items, ['Open Settings']);
    assert.ok(!events.some((e) => e.created), 'a client was created');
    assert.ok(events.some((e) => e.command === 'redline.restartServer'));
  });
  await check('a change of redline.path restarts the server with the new path', async () => {
    settings = { 'redline.path': 'bin/redline' };
    events.length = 0;
    configListener({ affectsConfiguration: (s) => s === 'redline' || s === 'redline.path' });
    await extension.deactivate(); // waits for the restart queued before it, then stops
    const created = events.filter((e) => e.created).map((e) => e.created);
    assert.strictEqual(created.length, 1);
    assert.strictEqual(created[0].id, 'redline'); // so that redline.trace.server applies
    assert.strictEqual(created[0].serverOptions.command, redline);
    assert.deepStrictEqual(created[0].serverOptions.args, ['lsp']);
    assert.strictEqual(created[0].serverOptions.transport, undefined); // no --stdio argument
    assert.deepStrictEqual(created[0].clientOptions.documentSelector.map((s) => s.language), ['redline', 'redline']);
    assert.deepStrictEqual(events.filter((e) => e.start || e.stop),
      [{ start: redline }, { stop: redline }]);
  });
  await check('other settings do not restart it; the restart command does', async () => {
    events.length = 0;
    await extension.activate({ subscriptions });
    configListener({ affectsConfiguration: (s) => s === 'editor' });
    await fakeVscode.commands.registered['redline.restartServer']();
    await extension.deactivate();
    assert.deepStrictEqual(events.filter((e) => e.start || e.stop),
      [{ start: redline }, { stop: redline }, { start: redline }, { stop: redline }]);
  });

  await check('a server that does not start is reported, and a restart tries again', async () => {
    events.length = 0;
    FakeLanguageClient.failNext = true;
    await extension.activate({ subscriptions });
    const error = events.find((e) => e.error);
    assert.ok(error, 'no error message');
    assert.match(error.error, /'.*redline lsp' did not start: Connection to server got closed/);
    assert.match(error.error, /no 'lsp' command/);
    await fakeVscode.commands.registered['redline.restartServer']();
    await extension.deactivate();
    // the failed client is not stopped; the restarted one is
    assert.deepStrictEqual(events.filter((e) => e.start || e.stop),
      [{ start: redline }, { start: redline }, { stop: redline }]);
  });

  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exit(results.failed ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
