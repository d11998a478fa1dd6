// redline studio: the policy beside an amendment editor; every edit re-runs the diff (debounced)
// and the impact panel follows. The API is docs/studio.md's.
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection,
  Decoration, highlightSpecialChars,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { linter, lintGutter, lintKeymap } from '@codemirror/lint';
import { redline } from './redline-lang.js';
import { api, ApiError } from './api.js';
import { el, readable, whyCitations, summaryNodes, outputsNodes, reasonsNodes, treeNodes, amendedPaths } from './render.js';

const DIFF_DELAY_MS = 300;
const MAX_CHANGES = 5000; // the most changes /api/diff lists (max_changes)
const $ = (id) => document.getElementById(id);

const studio = {
  policy: null,
  diff: null,
  diffSeq: 0,
  diffController: null,
  diffTimer: null,
  explainController: null,
  maxChanges: undefined, // the server's default (limits.changes_shown) until the drafter asks for more
};

// ---- status line ------------------------------------------------------------------------------

// The status line says how the last comparison went; a confirmation (saved, downloaded) shows for
// a few seconds, then the comparison's line comes back.
const CONFIRMATION_MS = 6000;
let statusTimer = null;
let comparisonStatus = null;

function status(message, kind = 'info', { confirmation = false, comparison = false } = {}) {
  const node = $('status');
  clearTimeout(statusTimer);
  node.textContent = message;
  node.dataset.kind = kind;
  if (comparison) comparisonStatus = { message, kind };
  if (confirmation && comparisonStatus) {
    statusTimer = setTimeout(() => status(comparisonStatus.message, comparisonStatus.kind), CONFIRMATION_MS);
  }
}

function describeError(e, what) {
  if (!(e instanceof ApiError)) return `${what}: ${e.message || e}`;
  if (e.status === 422) {
    const first = e.diagnostics.find((d) => d.severity === 'error') || e.diagnostics[0];
    const where = first && first.line ? ` (line ${first.line}${first.column ? `, column ${first.column}` : ''})` : '';
    const count = e.diagnostics.filter((d) => d.severity === 'error').length;
    return `${what}: the amendment does not compile${count > 1 ? ` (${count} errors)` : ''}: ` +
      `${first ? first.message : e.message}${where}`;
  }
  if (e.status === 503) {
    const limit = studio.policy && studio.policy.limits && studio.policy.limits.eval_ms;
    return `${what}: the evaluation took longer than the server allows${limit ? ` (${limit / 1000} s)` : ''}: ${e.message}`;
  }
  if (e.status === 0) return `${what}: ${e.message}`;
  return `${what}: ${e.message} (HTTP ${e.status})`;
}

// ---- the policy, read-only, with its outline ----------------------------------------------------

const flashLines = StateEffect.define();
const flashField = StateField.define({
  create: () => Decoration.none,
  update(decorations, tr) {
    decorations = decorations.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(flashLines)) continue;
      const { from, to } = e.value;
      const marks = [];
      for (let n = from; n <= to; n++) marks.push(Decoration.line({ class: 'cm-clause' }).range(tr.state.doc.line(n).from));
      decorations = Decoration.set(marks);
    }
    return decorations;
  },
  provide: (f) => EditorView.decorations.from(f),
});

function makePolicyView(parent) {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: '',
      extensions: [
        lineNumbers(), highlightSpecialChars(), drawSelection(), highlightActiveLineGutter(), redline(),
        EditorState.readOnly.of(true), flashField, EditorView.lineWrapping, keymap.of([...searchKeymap, ...defaultKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': 'Policy source (read-only)' }),
      ],
    }),
  });
}

function showClause(view, item) {
  const doc = view.state.doc;
  const from = Math.min(Math.max(1, item.line || 1), doc.lines);
  const to = Math.min(Math.max(from, item.end_line || from), doc.lines);
  view.dispatch({
    effects: [flashLines.of({ from, to }), EditorView.scrollIntoView(doc.line(from).from, { y: 'start', yMargin: 12 })],
    selection: { anchor: doc.line(from).from },
  });
}

const kindLetters = { enum: 'E', entity: 'N', parameter: 'P', param: 'P', cycle: 'C', rule: 'R', obligation: 'O', table: 'T', test: 'T' };

function renderOutline(outline, policyView) {
  const list = $('outline');
  list.replaceChildren();
  for (const item of outline || []) {
    const button = el('button', {
      type: 'button', class: 'outline-item', 'data-name': item.name,
      title: `${item.kind} ${item.name}${item.citation ? ` [${item.citation}]` : ''}, line ${item.line}`,
      onclick: () => { showClause(policyView, item); markCurrent(button); },
    },
    el('span', { class: `okind okind-${item.kind}`, 'aria-label': item.kind }, kindLetters[item.kind] || '·'),
    el('span', { class: 'oname' }, item.name),
    item.output ? el('span', { class: 'oout', title: 'an output of the policy' }, 'output') : null,
    item.citation ? el('span', { class: 'ocite' }, item.citation) : null);
    list.append(el('li', {}, button));
  }
  // One tab stop for the whole outline; the arrow keys, Home and End move within it.
  const buttons = [...list.querySelectorAll('.outline-item')];
  buttons.forEach((b, i) => { b.tabIndex = i === 0 ? 0 : -1; });
  list.onkeydown = (event) => {
    const i = buttons.indexOf(document.activeElement);
    if (i < 0) return;
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined || next < 0 || next >= buttons.length) return;
    event.preventDefault();
    buttons[i].tabIndex = -1;
    buttons[next].tabIndex = 0;
    buttons[next].focus();
  };
}

function markCurrent(button) {
  for (const b of document.querySelectorAll('.outline-item')) { b.removeAttribute('aria-current'); b.tabIndex = -1; }
  button.setAttribute('aria-current', 'true');
  button.tabIndex = 0;
}

// Marks the outline entries that the amendment changes ("rule premises_counted",
// "exception pattern.shared_resource_provider" marks pattern).
function markAmended(lawChanges) {
  const names = new Set((lawChanges || []).map((lc) => {
    const target = String(lc.target || '').split(/\s+/).pop() || '';
    return target.split('.')[0];
  }));
  for (const b of document.querySelectorAll('.outline-item')) {
    b.classList.toggle('amended', names.has(b.dataset.name));
  }
}

// ---- the amendment editor ------------------------------------------------------------------------

function draftName() {
  return $('draft-name').value.trim() || 'draft.policy';
}

function asOf() {
  return $('as-of').value || null;
}

function amendments() {
  return [{ name: draftName(), text: studio.amendmentView.state.doc.toString() }];
}

// LSP ranges (0-based line, UTF-16 character) to CodeMirror offsets, clamped to the text.
function offsetOf(doc, position, fallbackLine) {
  const lineNo = position ? position.line + 1 : fallbackLine;
  if (!lineNo || lineNo < 1) return 0;
  if (lineNo > doc.lines) return doc.length;
  const line = doc.line(lineNo);
  return Math.min(line.to, line.from + Math.max(0, position ? position.character : 0));
}

function toCodeMirror(doc, diagnostics, name) {
  const out = [];
  for (const d of diagnostics || []) {
    if (d.file && d.file !== name) continue;
    const range = d.range || {};
    let from = offsetOf(doc, range.start, d.line);
    let to = range.end ? offsetOf(doc, range.end, d.line) : from;
    if (!range.start && d.line && d.column) {
      from = Math.min(doc.line(Math.min(d.line, doc.lines)).to, doc.line(Math.min(d.line, doc.lines)).from + d.column - 1);
      to = d.end_column ? Math.max(from, Math.min(doc.line(Math.min(d.line, doc.lines)).to, doc.line(Math.min(d.line, doc.lines)).from + d.end_column - 1)) : from;
    }
    if (to < from) to = from;
    const severity = ['error', 'warning', 'info', 'hint'].includes(d.severity) ? d.severity
      : ['remark', 'note'].includes(d.severity) ? 'info' : 'error';
    const notes = (d.notes || []).map((n) => (typeof n === 'string' ? n : n.message)).filter(Boolean);
    out.push({
      from, to, severity, source: d.code || 'redline',
      message: d.message + (notes.length ? '\n' + notes.join('\n') : ''),
    });
  }
  return out;
}

function checkSummary(diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const node = $('check-summary');
  if (!errors && !warnings) { node.textContent = 'The amendment compiles.'; node.dataset.kind = 'ok'; return; }
  const parts = [];
  if (errors) parts.push(`${errors} error${errors > 1 ? 's' : ''}`);
  if (warnings) parts.push(`${warnings} warning${warnings > 1 ? 's' : ''}`);
  node.textContent = `${parts.join(', ')} (F8 goes to the next; Ctrl-Shift-M lists them).`;
  node.dataset.kind = errors ? 'error' : 'warning';
}

let checkController = null;
const checkSource = async (view) => {
  const text = view.state.doc.toString();
  const name = draftName();
  if (checkController) checkController.abort();
  if (!text.trim()) { $('check-summary').textContent = 'No amendment yet: type one, or paste it.'; $('check-summary').dataset.kind = ''; return []; }
  const controller = checkController = new AbortController();
  try {
    const answer = await api.check(text, name, controller.signal);
    const diagnostics = toCodeMirror(view.state.doc, answer.diagnostics, name);
    if (view.state.doc.toString() === text) checkSummary(diagnostics);
    return diagnostics;
  } catch (e) {
    if (e.name !== 'AbortError') status(describeError(e, 'Check'), 'error');
    return [];
  }
};

function makeAmendmentView(parent, text) {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(), drawSelection(),
        bracketMatching(), highlightActiveLine(), highlightSelectionMatches(), redline(), EditorView.lineWrapping,
        lintGutter(), linter(checkSource, { delay: DIFF_DELAY_MS }),
        keymap.of([
          { key: 'Mod-s', preventDefault: true, run: () => { save(); return true; } },
          ...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap, indentWithTab,
        ]),
        EditorView.contentAttributes.of({ 'aria-label': 'Amendment text (redline); Escape then Tab leaves the editor' }),
        EditorView.updateListener.of((update) => { if (update.docChanged) scheduleDiff(); }),
      ],
    }),
  });
}

// ---- the diff -----------------------------------------------------------------------------------

function scheduleDiff() {
  clearTimeout(studio.diffTimer);
  studio.diffTimer = setTimeout(runDiff, DIFF_DELAY_MS);
  // An answer still on its way is for an older text: drop it now.
  if (studio.diffController) { studio.diffController.abort(); studio.diffController = null; }
  $('summary').setAttribute('aria-busy', 'true');
}

async function runDiff() {
  clearTimeout(studio.diffTimer);
  if (studio.diffController) studio.diffController.abort();
  const seq = ++studio.diffSeq;
  const controller = studio.diffController = new AbortController();
  $('summary').setAttribute('aria-busy', 'true');
  document.body.classList.add('busy');
  try {
    const diff = await api.diff(amendments(), asOf(), controller.signal, studio.maxChanges);
    if (seq !== studio.diffSeq) return;
    studio.diff = diff;
    renderDiff(diff);
    const name = draftName();
    const warnings = (diff.diagnostics || []).filter((d) => d.severity === 'warning' && (!d.file || d.file === name)).length;
    status(`Compared in ${diff.elapsed_ms ?? '?'} ms` +
      (diff.rules !== undefined ? ` (${diff.rules_reused ?? 0} of ${diff.rules} rules reused)` : '') +
      (warnings ? `; ${warnings} warning${warnings > 1 ? 's' : ''}` : '') + '.', 'ok', { comparison: true });
  } catch (e) {
    if (e.name === 'AbortError' || seq !== studio.diffSeq) return;
    document.querySelector('.impact-pane').classList.add('stale');
    status(describeError(e, 'Diff') + ' — the impact shown is the last one that ran.', 'error', { comparison: true });
  } finally {
    // Not when an edit dropped this request: the next one is already due.
    if (seq === studio.diffSeq && studio.diffController === controller) {
      $('summary').setAttribute('aria-busy', 'false');
      document.body.classList.remove('busy');
      studio.diffController = null;
    }
  }
}

function renderDiff(diff) {
  document.querySelector('.impact-pane').classList.remove('stale');
  $('summary').replaceChildren(...summaryNodes(diff));
  $('outputs').replaceChildren(...outputsNodes(diff));
  $('panel-reasons').replaceChildren(...reasonsNodes(diff));
  $('count-reasons').textContent = String((diff.attribution || diff.law_changes || []).length);
  $('timing').textContent = diff.elapsed_ms !== undefined ? `${diff.elapsed_ms} ms` : '';
  markAmended(diff.law_changes);
  renderEntities();
}

function renderEntities() {
  const diff = studio.diff;
  const tbody = $('entities').tBodies[0];
  if (!diff) { tbody.replaceChildren(); return; }
  const reasonsById = new Map((diff.reasons || []).map((r) => [r.id, r]));
  const filter = $('entity-filter').value.trim().toLowerCase();
  const changes = diff.changes || [];
  const rows = [];
  for (const change of changes) {
    const why = whyCitations(change.why, reasonsById, diff.law_changes);
    const hay = `${change.id} ${change.output} ${change.before} ${change.after} ${why.join(' ')}`.toLowerCase();
    if (filter && !hay.includes(filter)) continue;
    // What moved, and (listed once in the report) the operations that moved it.
    const reason = change.why && reasonsById.get(change.why.reason);
    const whyText = [change.why && change.why.text, reason && reason.text].filter(Boolean).join(' because ');
    rows.push(el('tr', { 'data-id': change.id, 'data-output': change.output },
      el('th', { scope: 'row' }, el('button', {
        type: 'button', class: 'entity-link', 'data-id': change.id, 'data-output': change.output,
        'aria-label': `Explain ${change.output} of ${change.id}`,
        onclick: (event) => explain(change, event.currentTarget),
      }, change.id)),
      el('td', { class: 'mono' }, change.output),
      el('td', { class: 'value before' }, readable(change.before)),
      el('td', { class: 'value after' }, readable(change.after)),
      el('td', { class: 'why', title: whyText }, why.join('; ') || whyText)));
  }
  tbody.replaceChildren(...rows);
  const total = diff.changes_total ?? changes.length;
  $('count-entities').textContent = String(diff.changed_entities ?? '');
  const notes = [];
  if (total > changes.length) notes.push(`Showing the first ${readable(changes.length)} of ${readable(total)} changes.`);
  if (filter) notes.push(`${rows.length} of ${changes.length} rows match the filter.`);
  if (!changes.length) notes.push('No entity changes.');
  const note = $('entities-note');
  note.replaceChildren(notes.join(' '));
  if (total > changes.length && changes.length < MAX_CHANGES) {
    note.append(' ', el('button', { type: 'button', onclick: () => { studio.maxChanges = MAX_CHANGES; runDiff(); } },
      `List up to ${readable(MAX_CHANGES)}`));
  }
}

// ---- explanations --------------------------------------------------------------------------------

async function explain(change, opener) {
  const dialog = $('explain-dialog');
  if (studio.explainController) studio.explainController.abort();
  const controller = studio.explainController = new AbortController();
  $('explain-title').textContent = `Why ${change.id}'s ${change.output} changes`;
  $('explain-subtitle').textContent = `${readable(change.before)} → ${readable(change.after)}`;
  $('explain-before').replaceChildren(el('p', { class: 'empty' }, 'Explaining…'));
  $('explain-after').replaceChildren(el('p', { class: 'empty' }, 'Explaining…'));
  studio.explainOpener = opener;
  if (!dialog.open) dialog.showModal();
  try {
    const answer = await api.explain(amendments(), asOf(), change.id, change.output, controller.signal);
    if (controller !== studio.explainController) return;
    const open = new Set([...amendedPaths(answer.before), ...amendedPaths(answer.after)]);
    $('explain-before').replaceChildren(...treeNodes(answer.before, open));
    $('explain-after').replaceChildren(...treeNodes(answer.after, open));
    $('explain-expand').textContent = 'Expand all';
  } catch (e) {
    if (e.name === 'AbortError') return;
    const message = describeError(e, 'Explain');
    $('explain-before').replaceChildren(el('p', { class: 'empty error' }, message));
    $('explain-after').replaceChildren();
    status(message, 'error');
  }
}

function setupDialog() {
  const dialog = $('explain-dialog');
  $('explain-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (studio.explainController) studio.explainController.abort();
    if (studio.explainOpener && studio.explainOpener.isConnected) studio.explainOpener.focus();
  });
  dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
  $('explain-expand').addEventListener('click', () => {
    const all = dialog.querySelectorAll('details');
    const open = [...all].some((d) => !d.open);
    for (const d of all) d.open = open;
    $('explain-expand').textContent = open ? 'Collapse all' : 'Expand all';
  });
}

// ---- save and report ---------------------------------------------------------------------------

async function save() {
  const name = draftName();
  try {
    const answer = await api.save(name, studio.amendmentView.state.doc.toString());
    status(`Saved to ${answer.path || name}.`, 'ok', { confirmation: true });
  } catch (e) {
    status(describeError(e, 'Save'), 'error');
  }
}

async function downloadReport() {
  status('Writing the report…');
  try {
    const blob = await api.report(amendments(), asOf());
    const url = URL.createObjectURL(new Blob([blob], { type: 'text/html' }));
    const a = el('a', { href: url, download: draftName().replace(/\.[^.]*$/, '') + '-impact.html', class: 'visually-hidden' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    status(`Report downloaded (${a.download}).`, 'ok', { confirmation: true });
  } catch (e) {
    status(describeError(e, 'Report'), 'error');
  }
}

// ---- tabs --------------------------------------------------------------------------------------

function setupTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  const select = (tab) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute('aria-controls')).hidden = !on;
    }
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      select(next);
      next.focus();
      event.preventDefault();
    });
  });
}

// ---- start ---------------------------------------------------------------------------------------

async function start() {
  setupTabs();
  setupDialog();
  const policyView = makePolicyView($('policy-view'));
  studio.policyView = policyView;
  $('save-form').addEventListener('submit', (event) => { event.preventDefault(); save(); });
  $('report').addEventListener('click', downloadReport);
  $('entity-filter').addEventListener('input', renderEntities);
  $('as-of').addEventListener('change', runDiff);

  let policy;
  try {
    policy = await api.policy();
  } catch (e) {
    $('policy-title').textContent = 'The policy could not be loaded';
    status(describeError(e, 'Loading the policy'), 'error');
    studio.amendmentView = makeAmendmentView($('amendment-editor'), '');
    return;
  }
  studio.policy = policy;
  const p = policy.policy || {};
  $('policy-title').textContent = p.title ? `${p.title}` : p.name || '';
  const data = (policy.data || []).map((d) => `${d.entity}: ${readable(d.rows)} rows from ${d.source}`);
  const base = (policy.base_amendments || []).map((a) => a.name || a).filter(Boolean);
  $('data-info').textContent = [p.name, ...data, base.length ? `in force: ${base.join(', ')}` : null]
    .filter(Boolean).join(' · ');
  $('policy-path').textContent = p.path || '';
  policyView.dispatch({ changes: { from: 0, to: policyView.state.doc.length, insert: p.source || '' } });
  renderOutline(policy.outline, policyView);
  if (policy.as_of) $('as-of').value = policy.as_of;

  const first = (policy.amendments || [])[0];
  if (first && first.name) $('draft-name').value = first.name;
  studio.amendmentView = makeAmendmentView($('amendment-editor'), first ? first.text || '' : '');
  window.redlineStudio = { policyView, amendmentView: studio.amendmentView, studio };
  status('Ready. Type an amendment: the impact follows as you type.');
  runDiff();
}

document.addEventListener('DOMContentLoaded', start);
