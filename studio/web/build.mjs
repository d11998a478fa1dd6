// Bundles the studio's page into studio/web/dist/: index.html, app.js and app.css, the three
// files the C++ build embeds into `redline studio`, and SOURCES.sha256, the hash of what they
// were built from (tests/studio/bundle_hash.sh recomputes it with coreutils).
//
//   npm --prefix studio/web ci && npm --prefix studio/web run build
//
// The hash: list the files studio/web/src/** (recursively), studio/web/build.mjs and
// studio/web/package-lock.json by their paths from the repository's root, sorted bytewise; write
// one line per file, `<sha256 of its content in hex>  <path>\n` (what `sha256sum` prints); the
// hash is the sha256 of those lines. In a shell, from the repository's root:
//
//   { find studio/web/src -type f -print0; printf '%s\0' studio/web/build.mjs studio/web/package-lock.json; } |
//     LC_ALL=C sort -z | xargs -0 sha256sum -- | sha256sum
//
// Paths are limited to [A-Za-z0-9._/-] so that sha256sum never escapes them.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const web = dirname(fileURLToPath(import.meta.url));
const root = join(web, '..', '..');
const src = join(web, 'src');
const dist = join(web, 'dist');

function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

export function sourcesHash() {
  const paths = [...filesUnder(src), join(web, 'build.mjs'), join(web, 'package-lock.json')]
    .map((p) => relative(root, p).split('\\').join('/'));
  const bytewise = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
  paths.sort(bytewise);
  let manifest = '';
  for (const path of paths) {
    if (!/^[A-Za-z0-9._/-]+$/.test(path)) throw new Error(`${path}: a source's path may hold only [A-Za-z0-9._/-]`);
    manifest += `${sha256(readFileSync(join(root, path)))}  ${path}\n`;
  }
  return sha256(manifest);
}

async function build() {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const common = { bundle: true, minify: true, sourcemap: false, legalComments: 'eof', logLevel: 'warning', charset: 'utf8' };
  await esbuild.build({
    ...common, entryPoints: [join(src, 'main.js')], outfile: join(dist, 'app.js'), format: 'iife', target: ['es2020'],
  });
  await esbuild.build({ ...common, entryPoints: [join(src, 'style.css')], outfile: join(dist, 'app.css') });
  writeFileSync(join(dist, 'index.html'), readFileSync(join(src, 'index.html')));
  const hash = sourcesHash();
  writeFileSync(join(dist, 'SOURCES.sha256'), hash + '\n');
  let total = 0;
  for (const name of ['index.html', 'app.js', 'app.css']) {
    const size = statSync(join(dist, name)).size;
    total += size;
    console.log(`studio/web/dist/${name}  ${size} bytes`);
  }
  console.log(`total ${total} bytes; sources sha256 ${hash}`);
  if (total > 1024 * 1024) throw new Error(`the bundle is ${total} bytes, over 1 MiB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  build().catch((e) => { console.error(e.message || e); process.exit(1); });
}
