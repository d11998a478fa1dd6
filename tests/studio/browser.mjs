// The drafting studio in a browser (issue 17's acceptance): starts `redline studio` on the SEC
// register, drives Debian's chromium through playwright-core, and checks what a drafter sees.
//
//   node tests/studio/browser.mjs REDLINE REPO_ROOT [--screenshot PATH]
//
// Types SECMP0044's change into the empty amendment editor key by key, waits for the summary to
// show the count `redline diff` gives (28 of 60), opens P017's explanation (after the amendment it
// cites G8.49), introduces a syntax error and waits for its underline, downloads the report, saves
// the draft into the workspace, and takes a 1280x800 screenshot (default docs/images/studio.png).
// Exits 0 when all pass, 1 on the first failure, 77 (skipped) when studio/web/node_modules or
// chromium is missing. CHROMIUM overrides /usr/bin/chromium; STUDIO_TIMEOUT_MS each wait (120 s).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SKIP = 77;
const args = process.argv.slice(2);
let screenshot = null;
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--screenshot') screenshot = args[++i];
  else positional.push(args[i]);
}
if (positional.length !== 2) {
  console.error('usage: node tests/studio/browser.mjs REDLINE REPO_ROOT [--screenshot PATH]');
  process.exit(2);
}
const redline = resolve(positional[0]);
const root = resolve(positional[1]);
screenshot = resolve(root, screenshot || 'docs/images/studio.png');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const WAIT = Number(process.env.STUDIO_TIMEOUT_MS || 120000);
const playwrightEntry = join(root, 'studio/web/node_modules/playwright-core/index.mjs');

if (!existsSync(playwrightEntry)) {
  console.log(`SKIP: ${playwrightEntry} is missing (npm --prefix studio/web ci installs it)`);
  process.exit(SKIP);
}
if (!existsSync(chromiumPath)) {
  console.log(`SKIP: no chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM)`);
  process.exit(SKIP);
}
const { chromium } = await import(pathToFileURL(playwrightEntry).href);

const policy = 'policies/sec/section_g.policy';
const amendmentFile = 'policies/sec/SECMP0044.policy';
const data = 'Party=examples/sec/parties.csv';
const amendmentText = readFileSync(join(root, amendmentFile), 'utf8');
const workspace = mkdtempSync(join(tmpdir(), 'redline-studio-test-'));

let server = null;
let serverLog = '';
let browser = null;
let passed = 0;
let current = 'starting';

function fail(message) {
  throw new Error(message);
}

async function step(name, body) {
  current = name;
  const started = Date.now();
  await body();
  passed++;
  console.log(`ok ${passed} - ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function startServer() {
  return new Promise((resolvePromise, reject) => {
    server = spawn(redline, ['studio', policy, '--data', data, '--workspace', workspace, '--port', '0'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => reject(new Error(`redline studio printed no address within ${WAIT / 1000} s`)), WAIT);
    let buffer = '';
    server.stdout.on('data', (chunk) => {
      buffer += chunk;
      serverLog += chunk;
      const m = /redline studio: (http:\/\/\S+)/.exec(buffer);
      if (m) { clearTimeout(timer); resolvePromise(m[1]); }
    });
    server.stderr.on('data', (chunk) => { serverLog += chunk; });
    server.on('error', (e) => { clearTimeout(timer); reject(new Error(`cannot start ${redline}: ${e.message}`)); });
    server.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`redline studio exited (${signal || code}) before it listened`));
    });
  });
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 10000);
  await exited;
  clearTimeout(timer);
}

// What the command line says SECMP0044 changes: "N of M".
function cliCount() {
  const out = execFileSync(redline, ['diff', policy, '--amend', amendmentFile, '--data', data, '--format', 'json'],
    { cwd: root, maxBuffer: 64 << 20 });
  const doc = JSON.parse(out);
  return `${doc.changed_entities} of ${doc.entities}`;
}

const editorText = (page) => page.evaluate(() => window.redlineStudio.amendmentView.state.doc.toString());
// The text of the cursor's line before the cursor (what auto-indentation put there).
const linePrefix = (page) => page.evaluate(() => {
  const v = window.redlineStudio.amendmentView;
  const head = v.state.selection.main.head;
  return v.state.sliceDoc(v.state.doc.lineAt(head).from, head);
});

// Types `text` key by key. After each Enter the editor indents the new line itself; the
// indentation is kept when it begins the line to type, and removed with Backspace otherwise.
async function typeText(page, text) {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press('Enter');
    const line = lines[i];
    let prefix = await linePrefix(page);
    for (let guard = 0; prefix && !line.startsWith(prefix) && guard < 40; guard++) {
      await page.keyboard.press('Backspace');
      prefix = await linePrefix(page);
    }
    if (prefix && !line.startsWith(prefix)) fail(`cannot remove the indentation ${JSON.stringify(prefix)} before line ${i + 1}`);
    const rest = line.slice(prefix.length);
    if (rest) await page.keyboard.type(rest);
  }
}

async function textOf(page, selector) {
  return page.$eval(selector, (node) => node.textContent);
}

async function run() {
  let url;
  await step('redline studio starts and prints its address', async () => {
    url = await startServer();
    console.log(`  ${url}`);
  });
  const expected = cliCount();
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'], timeout: WAIT });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  await step('the page shows the policy, its outline and an empty amendment', async () => {
    await page.goto(url);
    await page.waitForFunction(() => window.redlineStudio && document.querySelector('#policy-view .cm-content')
      && document.querySelector('#policy-view .cm-content').textContent.includes('policy sec_section_g'));
    const title = await textOf(page, '#policy-title');
    if (!title.includes('SEC Section G')) fail(`the title is ${JSON.stringify(title)}`);
    const outline = await page.$$eval('#outline .outline-item', (items) => items.map((b) => b.dataset.name));
    if (!outline.includes('assessment') || !outline.includes('premises_counted')) fail(`the outline is ${outline.join(', ')}`);
    if ((await editorText(page)) !== '') fail('the amendment editor is not empty');
  });

  await step('the outline scrolls the policy to a clause', async () => {
    await page.click('#outline .outline-item[data-name="provider_assessments"]');
    await page.waitForFunction(() => [...document.querySelectorAll('#policy-view .cm-clause')]
      .some((line) => line.textContent.includes('output rule provider_assessments')));
  });

  await step(`typing SECMP0044's change into the editor yields exactly ${amendmentFile}`, async () => {
    await page.click('#amendment-editor .cm-content');
    await typeText(page, amendmentText);
    const typed = await editorText(page);
    if (typed !== amendmentText) {
      const at = [...typed].findIndex((c, i) => c !== amendmentText[i]);
      fail(`the editor holds ${typed.length} characters, the file ${amendmentText.length}; first difference at ${at}: ` +
        `${JSON.stringify(typed.slice(Math.max(0, at - 30), at + 30))} vs ${JSON.stringify(amendmentText.slice(Math.max(0, at - 30), at + 30))}`);
    }
  });

  await step(`the summary shows "${expected}" entities changed, as redline diff does`, async () => {
    await page.waitForFunction((want) => document.querySelector('#summary').textContent.includes(want) &&
      document.querySelector('#summary').getAttribute('aria-busy') !== 'true', expected);
    const summary = await textOf(page, '#summary');
    if (!summary.includes('Party entities change')) fail(`the summary says ${JSON.stringify(summary)}`);
    const rows = await page.$$eval('#entities tbody tr', (trs) => trs.length);
    if (rows < 1) fail('the table of affected entities is empty');
    const transitions = await textOf(page, '#outputs');
    if (!transitions.includes('assessment') || !transitions.includes('→')) fail(`no transitions shown: ${transitions.slice(0, 200)}`);
    if (!(await page.$('#outputs svg.chart rect.bar-after'))) fail('no chart');
    // A change's steps name their operations by index into the report's law_changes: the row
    // cites the clause they amend (not the whole sentence, shown when nothing is cited).
    const why = await textOf(page, '#entities tr[data-id="P017"][data-output="assessment"] td.why');
    if (why !== 'G8.49') fail(`P017's assessment row cites ${JSON.stringify(why)}, not G8.49`);
    // Its title: what moved, then the reason's operations (listed once in the report).
    const title = await page.$eval('#entities tr[data-id="P017"][data-output="assessment"] td.why', (td) => td.title);
    if (!title.startsWith('premises_counted: 6,730,750 -> 143,700 because G8.49 as amended by SECMP0044'))
      fail(`P017's assessment row has the title ${JSON.stringify(title)}`);
  });

  await step('clicking P017 shows its explanation before and after, the after one citing G8.49', async () => {
    const button = (await page.$('#entities button.entity-link[data-id="P017"][data-output="assessment"]'))
      || (await page.$('#entities button.entity-link[data-id="P017"]'));
    if (!button) fail('P017 is not in the table of affected entities');
    await button.click();
    await page.waitForSelector('#explain-dialog[open]');
    await page.waitForFunction(() => {
      const before = document.querySelector('#explain-before').textContent;
      const after = document.querySelector('#explain-after').textContent;
      return before.includes('P017') && after.includes('P017') && !before.includes('Explaining') && !after.includes('Explaining');
    });
    const before = await textOf(page, '#explain-before');
    const after = await textOf(page, '#explain-after');
    if (!after.includes('G8.49')) fail('the explanation after the amendment does not cite G8.49');
    if (!after.includes('amended by SECMP0044')) fail('the explanation after the amendment does not name SECMP0044');
    if (before.includes('amended by SECMP0044')) fail('the explanation before the amendment names SECMP0044');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('#explain-dialog').open);
  });

  const broken = '\nthis is not redline';
  await step('a syntax error is underlined in the editor and the status line says so', async () => {
    await page.click('#amendment-editor .cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(broken);
    await page.waitForSelector('#amendment-editor .cm-lintRange-error');
    await page.waitForFunction(() => /does not compile/.test(document.querySelector('#status').textContent));
  });

  await step('removing it clears the underline and the summary comes back', async () => {
    for (let i = 0; i < broken.length; i++) await page.keyboard.press('Backspace');
    if ((await editorText(page)) !== amendmentText) fail('the editor does not hold SECMP0044 again');
    await page.waitForFunction((want) => !document.querySelector('#amendment-editor .cm-lintRange-error') &&
      document.querySelector('#summary').textContent.includes(want) &&
      document.querySelector('#status').dataset.kind !== 'error', expected);
  });

  await step('Download report gives the html impact report', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report')]);
    const path = await download.path();
    const html = readFileSync(path, 'utf8');
    if (!/<html/i.test(html) || !html.includes('SECMP0044')) fail(`the report (${html.length} bytes) is not SECMP0044's html report`);
  });

  await step('Save writes the draft into the workspace', async () => {
    await page.fill('#draft-name', 'secmp0044-draft.policy');
    await page.click('#save');
    await page.waitForFunction(() => /Saved to/.test(document.querySelector('#status').textContent));
    const saved = join(workspace, 'secmp0044-draft.policy');
    if (!existsSync(saved)) fail(`${saved} does not exist`);
    if (readFileSync(saved, 'utf8') !== amendmentText) fail(`${saved} does not hold the editor's text`);
  });

  await step(`a 1280x800 screenshot is taken (${screenshot})`, async () => {
    await page.click('#outline .outline-item[data-name="premises_counted"]');
    await page.hover('#entities button.entity-link[data-id="P017"]');
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    // The save's confirmation gives way to the comparison's line after a few seconds.
    await page.waitForFunction(() => /Compared in/.test(document.querySelector('#status').textContent));
    await page.waitForTimeout(300);
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
  });

  if (pageErrors.length) fail(`the page threw: ${pageErrors.join('; ')}`);
}

let code = 0;
try {
  await run();
  console.log(`studio browser test: ${passed} passed, 0 failed`);
} catch (e) {
  code = 1;
  console.error(`FAIL - ${current}: ${e.message.split('\n')[0]}`);
  if (e.message.includes('\n')) console.error(e.message.split('\n').slice(1, 12).join('\n'));
  if (serverLog) console.error(`--- redline studio's output ---\n${serverLog.slice(-4000)}`);
  console.log(`studio browser test: ${passed} passed, 1 failed`);
} finally {
  if (browser) await browser.close().catch(() => {});
  await stopServer().catch(() => {});
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
