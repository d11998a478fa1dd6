// The redline language for CodeMirror 6: a stream tokenizer (keywords, names, strings, numbers,
// dates, citations in [ ], comments), an indentation rule and a highlight style.
//
// Indentation follows the layout of the shipped policies: a declaration's head at column 0, its
// continuation lines (note, assumption, =, when, then, ...) two columns in, and two more per open
// brace or bracket; a line after a ';' at depth 0 starts a new declaration at column 0.
import { StreamLanguage, HighlightStyle, syntaxHighlighting, indentUnit } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

// Reserved words (docs/language.md, "Names, comments, citations, notes") and the words that are
// keywords where they start a clause.
const reserved = new Set(('all and any check count cycle else entity enum exception false for if in insert is ' +
  'match max min mod modification none not obligation or otherwise overlaps param policy repeal replace rule ' +
  'some substitute sum table then true when where within').split(' '));
const clauseWords = new Set(('key output unique first priority note assumption row field before after given expect ' +
  'amend as of until effective amends test tests set scale bracket error collect order to from at data due latest earliest by').split(' '));
const atoms = new Set(['true', 'false', 'none']);
const operatorWords = new Set(['and', 'or', 'not', 'in', 'is', 'within', 'overlaps', 'mod']);
const declarationWords = new Set(['rule', 'param', 'entity', 'enum', 'obligation', 'cycle', 'exception',
  'policy', 'modification', 'test', 'tests', 'amends']);
const typeNames = new Set(['int', 'decimal', 'text', 'bool', 'date', 'money', 'duration']);
const builtins = new Set(['abs', 'size', 'days_between', 'as_of', 'year', 'month', 'day', 'today']);

const nameStart = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF]/;
const nameRest = /[\w\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF]/;

// A citation: '[' ... ']' on one line, balanced brackets inside at any depth, never containing '..'.
function citationLength(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.' && text[i + 1] === '.') return -1;
    if (c === '[') depth++;
    else if (c === ']') { depth--; if (depth === 0) return i + 1 > 2 ? i + 1 : -1; }
  }
  return -1;
}

const parser = {
  name: 'redline',
  startState() {
    return { comment: false, depth: 0, inDecl: false, lastWord: null };
  },
  copyState(s) {
    return { ...s };
  },
  token(stream, state) {
    if (state.comment) {
      if (stream.skipTo('*/')) { stream.match('*/'); state.comment = false; } else stream.skipToEnd();
      return 'comment';
    }
    if (stream.eatSpace()) return null;
    if (stream.match('//') || stream.match('#')) { stream.skipToEnd(); return 'comment'; }
    if (stream.match('/*')) { state.comment = true; return 'comment'; }
    const ch = stream.peek();
    state.inDecl = state.inDecl || ch !== ';';
    if (ch === '"') {
      stream.next();
      let escaped = false, c;
      while ((c = stream.next()) != null) {
        if (c === '"' && !escaped) break;
        escaped = !escaped && c === '\\';
      }
      state.lastWord = null;
      return 'string';
    }
    if (ch === '[') {
      const n = citationLength(stream.string.slice(stream.pos));
      if (n > 0) { stream.pos += n; state.lastWord = null; return 'link'; }
      stream.next(); state.depth++;
      return 'bracket';
    }
    if (stream.match(/^\d{4}-\d{2}-\d{2}\b/)) { state.lastWord = null; return 'literal'; }
    if (stream.match(/^\d[\d_]*(\.\d[\d_]*)?%?/)) { state.lastWord = null; return 'number'; }
    if (nameStart.test(ch)) {
      let word = '';
      while (stream.peek() != null && nameRest.test(stream.peek())) word += stream.next();
      const previous = state.lastWord;
      state.lastWord = word;
      if (atoms.has(word)) return 'atom';
      if (operatorWords.has(word)) return 'operatorKeyword';
      if (reserved.has(word)) return 'keyword';
      if (previous && declarationWords.has(previous)) return 'variableName.definition';
      if (clauseWords.has(word)) return 'keyword';
      if (typeNames.has(word)) return 'typeName';
      if (builtins.has(word) && stream.peek() === '(') return 'variableName.standard';
      if (/^[A-Z]/.test(word)) return 'className';
      return 'variableName';
    }
    stream.next();
    state.lastWord = null;
    if (ch === '{' || ch === '(') { state.depth++; return 'bracket'; }
    if (ch === '}' || ch === ')' || ch === ']') {
      state.depth = Math.max(0, state.depth - 1);
      if (ch === '}' && state.depth === 0) state.inDecl = false;
      return 'bracket';
    }
    if (ch === ';') { if (state.depth === 0) state.inDecl = false; return 'punctuation'; }
    if (ch === ',' || ch === ':' || ch === '.') return 'punctuation';
    stream.eatWhile(/[=<>!+\-*/?|&]/);
    return 'operator';
  },
  blankLine() {},
  indent(state, textAfter, cx) {
    if (state.comment) return null;
    const unit = cx.unit;
    let depth = state.depth;
    if (/^[}\])]/.test(textAfter)) depth = Math.max(0, depth - 1);
    return (depth + (state.inDecl && depth === 0 ? 1 : 0)) * unit;
  },
  languageData: {
    commentTokens: { line: '//', block: { open: '/*', close: '*/' } },
  },
};

export const redlineLanguage = StreamLanguage.define(parser);

export const redlineHighlight = HighlightStyle.define([
  { tag: t.keyword, color: '#7a1f8f', fontWeight: '600' },
  { tag: t.operatorKeyword, color: '#7a1f8f' },
  { tag: [t.atom, t.bool], color: '#9a4f00' },
  { tag: t.literal, color: '#9a4f00' },
  { tag: t.number, color: '#9a4f00' },
  { tag: t.string, color: '#1d6b35' },
  { tag: t.link, color: '#0b5cad', fontWeight: '600' },
  { tag: t.comment, color: '#6b6f76', fontStyle: 'italic' },
  { tag: t.definition(t.variableName), color: '#0d4f8b', fontWeight: '600' },
  { tag: t.typeName, color: '#0e6e6e' },
  { tag: t.className, color: '#0e6e6e' },
  { tag: t.standard(t.variableName), color: '#5b3fa6' },
  { tag: t.operator, color: '#444' },
]);

export function redline() {
  return [redlineLanguage, syntaxHighlighting(redlineHighlight), indentUnit.of('  ')];
}
