// The VS Code client of the redline language server: starts `<redline.path> lsp` (the Language
// Server Protocol over standard input and output) for the redline files of the workspace,
// restarts it when a `redline.*` setting changes or on the "redline: Restart the language server"
// command, and says plainly when the executable cannot be found.
'use strict';
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { findExecutable } = require('./executable');

let client;
let outputChannel;
let fileWatcher;
// Starts and stops run one at a time, in the order asked.
let queue = Promise.resolve();

function serialize(work) {
  queue = queue.then(work, work);
  return queue;
}

function workspaceDirectory() {
  const folders = vscode.workspace.workspaceFolders;
  return folders && folders.length > 0 ? folders[0].uri.fsPath : undefined;
}

async function showMissing(setting) {
  const where = /[\\/]/.test(setting) ? `the file '${setting}' is not an executable` : `'${setting}' is not on PATH`;
  const open = 'Open Settings';
  const choice = await vscode.window.showErrorMessage(
    `redline: cannot start the language server: ${where}. Set "redline.path" to the redline ` +
      'executable (scripts/build.sh builds it as build/redline); syntax highlighting works without it.',
    open,
  );
  if (choice === open) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'redline.path');
  }
}

async function start() {
  const setting = vscode.workspace.getConfiguration('redline').get('path') || 'redline';
  const cwd = workspaceDirectory();
  const command = findExecutable(setting, { cwd });
  if (!command) {
    outputChannel.appendLine(`redline.path = ${JSON.stringify(setting)}: no such executable; the server is not started`);
    void showMissing(setting);
    return;
  }
  const serverOptions = { command, args: ['lsp'], options: cwd ? { cwd } : {} };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'redline' },
      { scheme: 'untitled', language: 'redline' },
    ],
    outputChannel,
    synchronize: { fileEvents: fileWatcher },
  };
  // The id 'redline' makes the client follow the `redline.trace.server` setting.
  const c = new LanguageClient('redline', 'redline', serverOptions, clientOptions);
  client = c;
  outputChannel.appendLine(`starting ${command} lsp`);
  try {
    await c.start();
  } catch (err) {
    if (client === c) client = undefined;
    const message = err && err.message ? err.message : String(err);
    outputChannel.appendLine(`${command} lsp did not start: ${message}`);
    void vscode.window.showErrorMessage(
      `redline: '${command} lsp' did not start: ${message}. Its error output is in the "redline" ` +
        "output channel; a redline built before the language server has no 'lsp' command.",
    );
  }
}

async function stop() {
  const c = client;
  client = undefined;
  if (!c) return;
  try {
    await c.stop();
  } catch (err) {
    outputChannel.appendLine(`stopping the server: ${err && err.message ? err.message : err}`);
  }
}

function restart() {
  return serialize(async () => {
    await stop();
    await start();
  });
}

function activate(context) {
  outputChannel = vscode.window.createOutputChannel('redline');
  fileWatcher = vscode.workspace.createFileSystemWatcher('**/{*.policy,*.tests,redline.toml}');
  context.subscriptions.push(
    outputChannel,
    fileWatcher,
    vscode.commands.registerCommand('redline.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('redline')) void restart();
    }),
  );
  return serialize(start);
}

function deactivate() {
  return serialize(stop);
}

module.exports = { activate, deactivate };
