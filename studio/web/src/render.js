// Builds the impact panel from the studio's answers. Text from the server (entity ids, values,
// notes: they come from data files and policies) only ever goes into text nodes, never HTML.

const SVG = 'http://www.w3.org/2000/svg';

// el('p', {class: 'x'}, 'text', child, ...): an element; strings become text nodes.
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

// 6730750 -> 6,730,750, as the CLI's reports group digits (runtime::readable_number); anything
// that is not a plain number is shown as it is.
export function readable(value) {
  if (value === null || value === undefined) return '—';
  const text = String(value);
  const m = /^([-+]?)(\d+)(\.\d*)?$/.exec(text);
  if (!m) return text;
  return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] || '');
}

function plural(n, one, many) {
  return `${readable(n)} ${n === 1 ? one : many || one + 's'}`;
}

// The citations of a change's law changes: "G8.49", "G8.49; G8.16, G10.7". A step names its
// operations by index into the report's law_changes.
export function whyCitations(why, reasonsById, lawChanges) {
  const seen = [];
  const add = (lc) => {
    const c = lc && (lc.citation || lc.target);
    if (c && !seen.includes(c)) seen.push(c);
  };
  for (const step of (why && why.steps) || []) for (const op of step.operations || []) add((lawChanges || [])[op]);
  if (!seen.length && why && reasonsById.has(why.reason)) for (const lc of reasonsById.get(why.reason).law_changes || []) add(lc);
  return seen;
}

export function summaryNodes(diff) {
  const entity = diff.entity || 'entity';
  const changed = diff.changed_entities ?? 0;
  const total = diff.entities ?? 0;
  const main = el('p', { class: 'summary-main' },
    el('strong', { class: 'big' }, `${readable(changed)} of ${readable(total)}`),
    ` ${entity} ${total === 1 ? 'entity changes' : 'entities change'}`);
  const parts = [];
  const changes = diff.changes_total ?? (diff.changes || []).length;
  parts.push(plural(changes, 'changed output value'));
  const outputsChanged = (diff.outputs || []).filter((o) => o.changed > 0).length;
  parts.push(`${outputsChanged} of ${(diff.outputs || []).length} outputs affected`);
  if ((diff.law_changes || []).length) parts.push(plural(diff.law_changes.length, 'amended clause'));
  if ((diff.not_in_force || []).length) parts.push(`${diff.not_in_force.length} not in force on the date`);
  return [main, el('p', { class: 'summary-sub' }, parts.join(' · '))];
}

// One output: its transitions (or, for numbers, how many went up and down and the totals), and a
// small before/after bar chart of its values' counts when it has them.
export function outputBlock(output) {
  const head = el('div', { class: 'output-head' },
    el('span', { class: 'output-name' }, output.name),
    el('span', { class: 'output-type' }, output.type || ''),
    output.new ? el('span', { class: 'badge' }, 'new') : null,
    output.repealed ? el('span', { class: 'badge' }, 'repealed') : null,
    el('span', { class: 'output-changed' }, plural(output.changed || 0, 'change')));
  const body = [];
  const transitions = output.transitions || [];
  if (transitions.length) {
    body.push(el('ul', { class: 'transitions', 'aria-label': `${output.name}: transitions` },
      transitions.map((tr) => el('li', {},
        el('span', { class: 'from' }, readable(tr.from)), el('span', { class: 'arrow', 'aria-label': 'to' }, ' → '),
        el('span', { class: 'to' }, readable(tr.to)), el('span', { class: 'n' }, String(tr.count))))));
  } else if (output.increased !== undefined || output.decreased !== undefined) {
    const line = [];
    if (output.increased) line.push(`${readable(output.increased)} up`);
    if (output.decreased) line.push(`${readable(output.decreased)} down`);
    const totals = output.before_total !== undefined
      ? ` · total ${readable(output.before_total)} → ${readable(output.after_total)}` : '';
    body.push(el('p', { class: 'numeric' }, (line.join(', ') || 'no change') + totals));
  }
  if (output.before_counts || output.after_counts) body.push(countsChart(output));
  return el('div', { class: 'output' }, head, body);
}

function countsChart(output) {
  const before = output.before_counts || {};
  const after = output.after_counts || {};
  const values = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const max = Math.max(1, ...values.map((v) => Math.max(before[v] || 0, after[v] || 0)));
  const labelW = 96, barW = 220, rowH = 20, width = labelW + barW + 64;
  const height = values.length * rowH + 4;
  const description = `${output.name}, entities per value before and after: ` +
    values.map((v) => `${v} ${before[v] || 0} to ${after[v] || 0}`).join(', ');
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': description });
  values.forEach((v, i) => {
    const y = i * rowH + 2;
    const b = before[v] || 0, a = after[v] || 0;
    const label = svg('text', { x: labelW - 6, y: y + 13, 'text-anchor': 'end', class: 'chart-label' });
    label.textContent = v.length > 14 ? v.slice(0, 13) + '…' : v;
    chart.append(label);
    chart.append(svg('rect', { x: labelW, y, width: Math.max(b ? 2 : 0, (b / max) * barW), height: 7, class: 'bar-before', rx: 1 }));
    chart.append(svg('rect', { x: labelW, y: y + 8, width: Math.max(a ? 2 : 0, (a / max) * barW), height: 7, class: 'bar-after', rx: 1 }));
    const n = svg('text', { x: labelW + (Math.max(a, b) / max) * barW + 5, y: y + 13, class: 'chart-count' });
    n.textContent = b === a ? String(a) : `${b} → ${a}`;
    chart.append(n);
  });
  return el('div', { class: 'chart-wrap' }, chart);
}

export function outputsNodes(diff) {
  const outputs = diff.outputs || [];
  const changed = outputs.filter((o) => o.changed > 0 || o.new || o.repealed);
  const unchanged = outputs.filter((o) => !(o.changed > 0 || o.new || o.repealed));
  const nodes = changed.map(outputBlock);
  if (changed.length) {
    nodes.unshift(el('p', { class: 'legend', 'aria-hidden': 'true' },
      el('span', { class: 'key key-before' }), 'before ', el('span', { class: 'key key-after' }), 'after'));
  }
  if (unchanged.length) {
    nodes.push(el('p', { class: 'unchanged' }, 'Unchanged: ', unchanged.map((o) => o.name).join(', ')));
  }
  return nodes;
}

function lawChangeLine(lc) {
  return el('span', { class: 'law-change' },
    el('span', { class: 'cite' }, lc.citation || '—'), ' ',
    el('span', { class: 'action' }, `${lc.action || ''} ${lc.target || ''}`.trim()),
    lc.amendment ? el('span', { class: 'by' }, ` (${lc.amendment})`) : null);
}

function outputsChips(outputs) {
  return el('ul', { class: 'chips', 'aria-label': 'changes per output' },
    Object.entries(outputs || {}).map(([name, n]) => el('li', {}, `${name} ${n}`)));
}

// The reasons grouped by clause: each clause the amendments change (the diff's attribution, or its
// law changes), with how many entities and changes it accounts for, then the reasons (sets of
// clauses acting together) that involve it.
export function reasonsNodes(diff) {
  const reasons = diff.reasons || [];
  const clauses = (diff.attribution && diff.attribution.length ? diff.attribution : diff.law_changes) || [];
  if (!clauses.length && !reasons.length) return [el('p', { class: 'empty' }, 'No clause changes anything.')];
  const same = (a, b) => a.amendment === b.amendment && a.action === b.action && a.target === b.target &&
    a.citation === b.citation;
  const nodes = clauses.map((clause) => {
    const involved = reasons.filter((r) => (r.law_changes || []).some((lc) => same(lc, clause)));
    const counts = [];
    if (clause.entities !== undefined) counts.push(plural(clause.entities, 'entity', 'entities'));
    if (clause.changes !== undefined) counts.push(plural(clause.changes, 'change'));
    if (clause.changes_alone !== undefined && clause.changes_alone !== clause.changes) {
      counts.push(`${readable(clause.changes_alone)} by this clause alone`);
    }
    return el('article', { class: 'clause' },
      el('h3', {}, lawChangeLine(clause)),
      clause.note ? el('p', { class: 'clause-note' }, clause.note) : null,
      counts.length ? el('p', { class: 'clause-counts' }, counts.join(' · ')) : null,
      clause.outputs ? outputsChips(clause.outputs) : null,
      involved.length ? el('ul', { class: 'reason-list' }, involved.map((r) => {
        const others = (r.law_changes || []).filter((lc) => !same(lc, clause));
        return el('li', {},
          el('span', { class: 'reason-counts' }, `${plural(r.entities, 'entity', 'entities')}, ${plural(r.changes, 'change')}`),
          others.length ? ` together with ${others.map((lc) => lc.citation || lc.target).join(', ')}` : ' by this clause alone');
      })) : null);
  });
  // Reasons whose clauses none of the groups above name (no attribution given).
  const orphan = reasons.filter((r) => !clauses.some((c) => (r.law_changes || []).some((lc) => same(lc, c))));
  for (const r of orphan) {
    nodes.push(el('article', { class: 'clause' }, el('h3', {}, r.text || `reason ${r.id}`),
      el('p', { class: 'clause-counts' }, `${plural(r.entities, 'entity', 'entities')}, ${plural(r.changes, 'change')}`),
      r.outputs ? outputsChips(r.outputs) : null));
  }
  return nodes;
}

// The explanation tree of `redline explain --format json`, as nested <details>: each node shows its
// kind, name, value, citation, amendment, place in the source, detail, notes and assumptions.
export function treeNode(node, depth = 0, openNames = new Set()) {
  const children = node.children || [];
  const amendedBy = Array.isArray(node.amended_by) ? node.amended_by.join(', ') : node.amended_by;
  const line = [
    el('span', { class: `kind kind-${String(node.kind || '').replace(/[^a-z_]/gi, '')}` }, node.kind || ''),
    el('span', { class: 'node-name' }, node.name || ''),
    node.value !== undefined && node.value !== null ? el('span', { class: 'node-value' }, readable(node.value)) : null,
    node.citation ? el('span', { class: 'cite' }, `[${node.citation}]`) : null,
    amendedBy ? el('span', { class: 'amended' }, `amended by ${amendedBy}`) : null,
  ];
  const extra = [];
  if (node.detail) extra.push(el('span', { class: 'detail' }, node.detail));
  if (node.where) extra.push(el('span', { class: 'where' }, node.where));
  const notes = [
    ...(node.notes || []).map((n) => el('li', { class: 'note-item' }, el('span', { class: 'tag' }, 'note'), ' ', n)),
    ...(node.assumptions || []).map((n) => el('li', { class: 'assumption-item' }, el('span', { class: 'tag' }, 'assumption'), ' ', n)),
  ];
  const content = [
    extra.length ? el('div', { class: 'node-extra' }, extra) : null,
    notes.length ? el('ul', { class: 'node-notes' }, notes) : null,
  ];
  if (!children.length) {
    return el('li', { class: 'leaf' }, el('div', { class: 'node-line' }, line), content);
  }
  const open = depth < 2 || containsAmendment(node) || openNames.has(node.name);
  return el('li', {}, el('details', { open },
    el('summary', {}, el('span', { class: 'node-line' }, line)),
    content,
    el('ul', {}, children.map((c) => treeNode(c, depth + 1, openNames)))));
}

function containsAmendment(node) {
  if (node.amended_by && node.amended_by.length) return true;
  return (node.children || []).some(containsAmendment);
}

// The names of the nodes on the way to an amended node: the other side's tree opens the same
// steps, so that the two explanations can be read clause by clause side by side.
export function amendedPaths(tree) {
  const names = new Set();
  const walk = (node) => {
    let found = !!(node.amended_by && node.amended_by.length);
    for (const c of node.children || []) if (walk(c)) found = true;
    if (found && node.name) names.add(node.name);
    return found;
  };
  if (tree) walk(tree);
  return names;
}

export function treeNodes(tree, openNames) {
  if (!tree) return [el('p', { class: 'empty' }, 'This output does not exist on this side.')];
  return [el('ul', { class: 'tree-root' }, treeNode(tree, 0, openNames))];
}
