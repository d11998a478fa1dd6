// Finds the redline executable named by the `redline.path` setting, as the operating system would
// run it: a bare name is looked up on PATH (with PATHEXT's extensions on Windows), anything with a
// directory in it is a path (`~/` is the home directory; a relative path is taken from `cwd`).
// Kept apart from extension.js, which needs VS Code, so that the tests can run it under plain Node.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function isExecutableFile(file, platform) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// Returns the absolute path of the executable, or undefined when there is none.
function findExecutable(setting, { cwd, env = process.env, platform = process.platform } = {}) {
  let name = (setting || '').trim() || 'redline';
  if (name === '~' || name.startsWith('~/')) name = path.join(os.homedir(), name.slice(1));
  const p = platform === 'win32' ? path.win32 : path.posix;
  const extensions = platform === 'win32'
    ? ['', ...(env.PATHEXT || '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)]
    : [''];
  const hasDirectory = name.includes('/') || (platform === 'win32' && name.includes('\\'));
  const candidates = hasDirectory
    ? [p.resolve(cwd || process.cwd(), name)]
    : (env.PATH || env.Path || '').split(p.delimiter).filter(Boolean).map((dir) => p.join(dir, name));
  for (const candidate of candidates) {
    for (const ext of extensions) {
      if (isExecutableFile(candidate + ext, platform)) return candidate + ext;
    }
  }
  return undefined;
}

module.exports = { findExecutable };
