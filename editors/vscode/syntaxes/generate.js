#!/usr/bin/env node
// Writes syntaxes/redline.tmLanguage.json, the TextMate grammar of the redline language, from the
// definitions below (regular expressions are easier to read, and to keep consistent, with the
// name pattern written once). `node syntaxes/generate.js --check` exits 1 when the committed JSON
// is not what this file generates (test/grammar.test.js runs that check).
//
// The language is grammar/Redline.g4; docs/language.md describes it. Highlighting is lexical,
// with a little context: a declaration's name, the fields of an entity, the members of an enum,
// the labels of a table's rows. Words that are keywords only where they start a clause ('key',
// 'first', 'order', ...) are highlighted as keywords except where they are clearly a name: after
// a '.', or before a ':'.
'use strict';
const fs = require('fs');
const path = require('path');

// A name: ASCII letters and, as the lexer's UTF8_LETTER, Latin-1 and Latin Extended-A and B
// (without U+00D7 and U+00F7), Greek and Coptic, Cyrillic.
const LETTER = 'A-Za-z\\x{00C0}-\\x{00D6}\\x{00D8}-\\x{00F6}\\x{00F8}-\\x{024F}\\x{0370}-\\x{04FF}';
const NAME = `[${LETTER}][${LETTER}0-9_]*`;
// A word boundary that also holds next to the letters above (they are not all \w to every engine).
const B = `(?<![${LETTER}0-9_])`;
const E = `(?![${LETTER}0-9_])`;
const word = (alternatives) => `${B}(?:${alternatives.join('|')})${E}`;
// A type: `int`, `Party?`, `set of Role`.
const TYPE = `(?:(set|scale)\\s+(of)\\s+)?(${NAME})(\\?)?`;
const typeCaptures = (first) => ({
  [first]: { name: 'keyword.other.type.set.redline' },
  [first + 1]: { name: 'keyword.other.type.of.redline' },
  [first + 2]: { patterns: [{ include: '#type-name' }] },
  [first + 3]: { name: 'keyword.operator.optional.redline' },
});

// Reserved words (docs/language.md "Names, comments, citations, notes"), by role.
const DECLARATION = ['policy', 'modification', 'enum', 'entity', 'param', 'cycle', 'rule', 'obligation'];
const AMENDMENT = ['replace', 'insert', 'repeal', 'substitute'];
const CONTROL = ['if', 'then', 'else', 'match', 'when', 'exception', 'otherwise'];
const AGGREGATE = ['sum', 'count', 'min', 'max', 'any', 'all'];
// Aggregates whose names are not reserved (a rule may be called `latest`): keywords but where
// they are a field or a label (after '.', before ':'); a rule so named is called like one.
const CONTEXTUAL_AGGREGATE = ['latest', 'earliest'];
const OPERATOR_WORDS = ['and', 'or', 'not', 'in', 'is', 'mod', 'within', 'overlaps', 'some'];
const OTHER_RESERVED = ['table', 'check', 'for', 'where'];
// Keywords only where they start a clause (the parser's `name` rule accepts them as names).
const CONTEXTUAL = {
  'keyword.declaration.redline': ['tests', 'test'],
  'keyword.other.modifier.redline': ['key', 'output'],
  'keyword.other.hit-policy.redline': ['unique', 'first', 'priority', 'collect', 'order'],
  'keyword.other.annotation.redline': ['note', 'assumption', 'due', 'requires', 'forbids'],
  'keyword.other.amendment.redline': ['row', 'field', 'before', 'after', 'to', 'bracket'],
  'keyword.other.modification.redline': ['amends', 'effective'],
  'keyword.other.test.redline': ['given', 'expect', 'amend', 'as', 'error', 'data'],
  'keyword.other.redline': ['of', 'set', 'scale', 'until', 'from', 'by'],
};
// `cap at s.sold`: a parameter's value on a date.
const CONTEXTUAL_OPERATORS = ['at'];
const BUILTINS = ['abs', 'size', 'round', 'floor', 'ceil', 'trunc', 'to_int', 'to_decimal', 'to_money', 'div',
  'rem', 'year', 'month', 'day', 'add_days', 'add_months', 'add_years', 'days_between', 'months_between',
  'years_between', 'first_day_of_month', 'last_day_of_month', 'first_day_of_year', 'last_day_of_year', 'as_of',
  'marginal', 'flat', 'rate'];
const ROUNDING_MODES = ['half_even', 'half_away_from_zero', 'toward_zero', 'floor', 'ceiling'];
const PRIMITIVE_TYPES = ['bool', 'int', 'decimal', 'money', 'text', 'date'];

const DIGITS = '[0-9][0-9_]*';
const DATE = '[0-9]{4}-[0-9]{2}-[0-9]{2}';
const BOUND = `(?:-\\s*)?(?:${DATE}|${DIGITS}(?:\\.${DIGITS})?|${NAME})`;
// The lexer's CITATION: no line break, no '..', balanced brackets inside. The lexer takes any
// depth; a regular expression cannot, so this one takes up to four levels (the deepest a
// citation of a published rule set has been seen to need is two).
const CITATION_CHAR = '(?:[^\\]\\r\\n\\[.]|\\.[^\\]\\r\\n\\[.])';
let CITATION_NESTED = `\\.?\\[${CITATION_CHAR}*\\.?\\]`;
for (let level = 1; level < 4; level++) CITATION_NESTED = `\\.?\\[(?:${CITATION_CHAR}|${CITATION_NESTED})*\\.?\\]`;
const CITATION_BODY = `(?:${CITATION_CHAR}|${CITATION_NESTED})*\\.?`;

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'redline',
  scopeName: 'source.redline',
  fileTypes: ['policy', 'tests'],
  patterns: [
    { include: '#comments' },
    { include: '#headers' },
    { include: '#declarations' },
    { include: '#tests' },
    { include: '#expression' },
  ],
  repository: {
    comments: {
      patterns: [
        {
          name: 'comment.block.redline',
          begin: '/\\*', end: '\\*/',
          beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.redline' } },
          endCaptures: { 0: { name: 'punctuation.definition.comment.end.redline' } },
        },
        {
          name: 'comment.line.double-slash.redline',
          match: '(//).*$',
          captures: { 1: { name: 'punctuation.definition.comment.redline' } },
        },
        {
          name: 'comment.line.number-sign.redline',
          match: '(#).*$',
          captures: { 1: { name: 'punctuation.definition.comment.redline' } },
        },
      ],
    },

    strings: {
      patterns: [
        {
          // A string the line ends inside: the lexer's UNTERMINATED_STRING.
          name: 'invalid.illegal.unterminated-string.redline',
          match: '"(?:[^"\\\\\\r\\n]|\\\\.)*(?:\\\\)?$',
        },
        {
          name: 'string.quoted.double.redline',
          begin: '"', end: '"',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.redline' } },
          endCaptures: { 0: { name: 'punctuation.definition.string.end.redline' } },
          patterns: [
            { name: 'constant.character.escape.redline', match: '\\\\[nt"\\\\]' },
            { name: 'invalid.illegal.unknown-escape.redline', match: '\\\\.' },
          ],
        },
      ],
    },

    // `[G8.49]`, `[G8.16, G8.41]`, `[OF brackets[0].threshold]`. An interval cell (`[1..5)`) is
    // tried first, as the lexer does.
    citations: {
      patterns: [
        {
          name: 'meta.citation.redline',
          begin: `(\\[)(?=${CITATION_BODY}\\])`,
          end: '\\]',
          beginCaptures: { 1: { name: 'punctuation.definition.citation.begin.redline' } },
          endCaptures: { 0: { name: 'punctuation.definition.citation.end.redline' } },
          patterns: [
            { include: '#citation-inner' },
            { name: 'punctuation.separator.citation.redline', match: ',' },
            { name: 'constant.other.citation.redline', match: '[^,\\[\\]]+' },
          ],
        },
        {
          // The lexer's UNTERMINATED_CITATION: a '[' whose ']' is missing on the line.
          name: 'invalid.illegal.unterminated-citation.redline',
          match: '\\[[^\\]\\r\\n\\[)]*',
        },
      ],
    },

    // Brackets inside a citation, at any depth (`[OF scales[income[0]].rate]`).
    'citation-inner': {
      begin: '\\[',
      end: '\\]',
      beginCaptures: { 0: { name: 'punctuation.definition.citation.inner.begin.redline' } },
      endCaptures: { 0: { name: 'punctuation.definition.citation.inner.end.redline' } },
      patterns: [
        { include: '#citation-inner' },
        { name: 'constant.other.citation.redline', match: '[^\\[\\]]+' },
      ],
    },

    intervals: {
      name: 'meta.interval.redline',
      match: `([\\[(])\\s*(${BOUND})\\s*(\\.\\.)\\s*(${BOUND})\\s*([\\])])`,
      captures: {
        1: { name: 'punctuation.definition.interval.begin.redline' },
        2: { patterns: [{ include: '#literals' }, { include: '#operators' }, { include: '#names' }] },
        3: { name: 'keyword.operator.range.redline' },
        4: { patterns: [{ include: '#literals' }, { include: '#operators' }, { include: '#names' }] },
        5: { name: 'punctuation.definition.interval.end.redline' },
      },
    },

    literals: {
      patterns: [
        { include: '#strings' },
        { name: 'constant.numeric.date.redline', match: `${B}${DATE}${E}` },
        { name: 'constant.numeric.decimal.redline', match: `${B}${DIGITS}\\.${DIGITS}${E}` },
        { name: 'constant.numeric.integer.redline', match: `${B}${DIGITS}${E}` },
        { name: 'constant.language.boolean.redline', match: word(['true', 'false']) },
        { name: 'constant.language.none.redline', match: word(['none']) },
      ],
    },

    'type-name': {
      patterns: [
        { name: 'support.type.primitive.redline', match: word(PRIMITIVE_TYPES) },
        { name: 'entity.name.type.redline', match: `${B}${NAME}${E}` },
      ],
    },

    annotations: {
      match: `${B}(note|assumption)${E}`,
      captures: { 1: { name: 'keyword.other.annotation.redline' } },
    },

    headers: {
      patterns: [
        {
          match: `${B}(policy|modification)\\s+(${NAME})`,
          captures: {
            1: { name: 'keyword.declaration.redline' },
            2: { name: 'entity.name.namespace.redline' },
          },
        },
        {
          match: `${B}(amends)\\s+(${NAME})`,
          captures: {
            1: { name: 'keyword.other.modification.redline' },
            2: { name: 'entity.name.namespace.redline' },
          },
        },
        {
          match: `${B}(tests)\\s+(for)${E}`,
          captures: {
            1: { name: 'keyword.declaration.redline' },
            2: { name: 'keyword.other.redline' },
          },
        },
      ],
    },

    declarations: {
      patterns: [
        { include: '#enum' },
        {
          // repeal entity Lodger;  (before #entity, which would wait for a '{')
          match: `${B}(repeal)\\s+(entity)\\s+(${NAME})`,
          captures: {
            1: { name: 'keyword.other.amendment.redline' },
            2: { name: 'keyword.declaration.redline' },
            3: { name: 'entity.name.type.entity.redline' },
          },
        },
        { include: '#entity' },
        {
          // insert field Household.disabled: bool;  repeal field Household.pets;
          match: `${B}(field)\\s+(${NAME})\\s*(\\.)\\s*(${NAME})(?:\\s*(:)\\s*${TYPE})?`,
          captures: {
            1: { name: 'keyword.other.amendment.redline' },
            2: { name: 'entity.name.type.entity.redline' },
            3: { name: 'punctuation.accessor.redline' },
            4: { name: 'variable.other.property.redline' },
            5: { name: 'punctuation.separator.colon.redline' },
            ...typeCaptures(6),
          },
        },
        {
          // rule band(h: Household): Band
          match: `${B}(rule|obligation)\\s+(${NAME})\\s*(\\()\\s*(${NAME})\\s*(:)\\s*(${NAME})\\s*(\\))(?:\\s*(:)\\s*${TYPE})?`,
          captures: {
            1: { name: 'keyword.declaration.redline' },
            2: { name: 'entity.name.function.rule.redline' },
            3: { name: 'punctuation.section.parens.begin.redline' },
            4: { name: 'variable.parameter.redline' },
            5: { name: 'punctuation.separator.colon.redline' },
            6: { name: 'entity.name.type.redline' },
            7: { name: 'punctuation.section.parens.end.redline' },
            8: { name: 'punctuation.separator.colon.redline' },
            ...typeCaptures(9),
          },
        },
        {
          // rule phase_out(amount: decimal, rate: decimal): decimal (a function: its parameters
          // are scalars, after an entity parameter or without one)
          begin: `${B}(rule|obligation)\\s+(${NAME})\\s*(\\()`,
          beginCaptures: {
            1: { name: 'keyword.declaration.redline' },
            2: { name: 'entity.name.function.rule.redline' },
            3: { name: 'punctuation.section.parens.begin.redline' },
          },
          end: `(\\))(?:\\s*(:)\\s*${TYPE})?`,
          endCaptures: {
            1: { name: 'punctuation.section.parens.end.redline' },
            2: { name: 'punctuation.separator.colon.redline' },
            ...typeCaptures(3),
          },
          patterns: [
            {
              match: `(${NAME})\\s*(:)\\s*${TYPE}`,
              captures: {
                1: { name: 'variable.parameter.redline' },
                2: { name: 'punctuation.separator.colon.redline' },
                ...typeCaptures(3),
              },
            },
            { name: 'punctuation.separator.comma.redline', match: ',' },
          ],
        },
        {
          // repeal rule NAME; repeal obligation NAME
          match: `${B}(repeal)\\s+(rule|obligation)\\s+(${NAME})`,
          captures: {
            1: { name: 'keyword.other.amendment.redline' },
            2: { name: 'keyword.declaration.redline' },
            3: { name: 'entity.name.function.rule.redline' },
          },
        },
        {
          // param income_limit: decimal; cycle year: int; substitute param NAME; a test's param NAME
          match: `${B}(param|cycle)\\s+(${NAME})(?:\\s*(:)\\s*${TYPE})?`,
          captures: {
            1: { name: 'keyword.declaration.redline' },
            2: { name: 'variable.other.constant.redline' },
            3: { name: 'punctuation.separator.colon.redline' },
            ...typeCaptures(4),
          },
        },
        {
          // exception care_home; exception b to a; insert/repeal exception rule.label
          match: `${B}(exception)\\s+(?:(${NAME})\\s*(\\.)\\s*)?(${NAME})(?:\\s+(to)\\s+(${NAME}))?`,
          captures: {
            1: { name: 'keyword.control.exception.redline' },
            2: { name: 'entity.name.function.rule.redline' },
            3: { name: 'punctuation.accessor.redline' },
            4: { name: 'entity.name.label.exception.redline' },
            5: { name: 'keyword.other.amendment.redline' },
            6: { name: 'entity.name.label.exception.redline' },
          },
        },
        {
          // insert/replace/repeal row rule.label [before|after label]
          match: `${B}(row)\\s+(${NAME})\\s*(\\.)\\s*(${NAME})(?:\\s+(before|after)\\s+(${NAME}))?`,
          captures: {
            1: { name: 'keyword.other.amendment.redline' },
            2: { name: 'entity.name.function.rule.redline' },
            3: { name: 'punctuation.accessor.redline' },
            4: { name: 'entity.name.label.row.redline' },
            5: { name: 'keyword.other.amendment.redline' },
            6: { name: 'entity.name.label.row.redline' },
          },
        },
        { include: '#table' },
      ],
    },

    enum: {
      name: 'meta.enum.redline',
      begin: `${B}(enum)\\s+(${NAME})`,
      beginCaptures: {
        1: { name: 'keyword.declaration.redline' },
        2: { name: 'entity.name.type.enum.redline' },
      },
      end: '\\}',
      endCaptures: { 0: { name: 'punctuation.section.braces.end.redline' } },
      patterns: [
        { include: '#comments' },
        { include: '#intervals' },
        { include: '#citations' },
        { include: '#strings' },
        { name: 'punctuation.section.braces.begin.redline', match: '\\{' },
        { name: 'punctuation.separator.comma.redline', match: ',' },
        { name: 'variable.other.enummember.redline', match: `${B}${NAME}${E}` },
      ],
    },

    entity: {
      name: 'meta.entity.redline',
      begin: `${B}(entity)\\s+(${NAME})`,
      beginCaptures: {
        1: { name: 'keyword.declaration.redline' },
        2: { name: 'entity.name.type.entity.redline' },
      },
      end: '\\}',
      endCaptures: { 0: { name: 'punctuation.section.braces.end.redline' } },
      patterns: [
        { include: '#comments' },
        { include: '#intervals' },
        { include: '#citations' },
        { include: '#annotations' },
        {
          // key id: text;  roles: set of Role;  shared_resource: Party?
          match: `${B}(?:(key)\\s+)?(${NAME})\\s*(:)\\s*${TYPE}`,
          captures: {
            1: { name: 'keyword.other.modifier.redline' },
            2: { name: 'variable.other.property.redline' },
            3: { name: 'punctuation.separator.colon.redline' },
            ...typeCaptures(4),
          },
        },
        { name: 'punctuation.section.braces.begin.redline', match: '\\{' },
        { include: '#expression' },
      ],
    },

    // table first (a, b) { label: cells => value [CITATION]; otherwise => value; }
    table: {
      name: 'meta.table.redline',
      begin: `${B}(table)${E}(?:\\s+(?:(unique|any|first|priority)${E}|(collect)\\s+(sum|min|max|count)${E}|(rule|output)\\s+(order)${E}))?`,
      beginCaptures: {
        1: { name: 'keyword.other.table.redline' },
        2: { name: 'keyword.other.hit-policy.redline' },
        3: { name: 'keyword.other.hit-policy.redline' },
        4: { name: 'keyword.other.hit-policy.redline' },
        5: { name: 'keyword.other.hit-policy.redline' },
        6: { name: 'keyword.other.hit-policy.redline' },
      },
      end: '(?<=\\})',
      patterns: [
        { include: '#comments' },
        { include: '#parens' },
        {
          name: 'meta.table.rows.redline',
          begin: '\\{', end: '\\}',
          beginCaptures: { 0: { name: 'punctuation.section.braces.begin.redline' } },
          endCaptures: { 0: { name: 'punctuation.section.braces.end.redline' } },
          patterns: [
            { include: '#comments' },
            {
              match: `(?:^|(?<=[{;]))\\s*(${NAME})\\s*(:)(?!:)`,
              captures: {
                1: { name: 'entity.name.label.row.redline' },
                2: { name: 'punctuation.separator.colon.redline' },
              },
            },
            { include: '#braces' },
            { include: '#expression-no-label' },
          ],
        },
      ],
    },

    parens: {
      begin: '\\(', end: '\\)',
      beginCaptures: { 0: { name: 'punctuation.section.parens.begin.redline' } },
      endCaptures: { 0: { name: 'punctuation.section.parens.end.redline' } },
      patterns: [{ include: '#braces' }, { include: '#parens' }, { include: '#expression' }],
    },

    braces: {
      begin: '\\{', end: '\\}',
      beginCaptures: { 0: { name: 'punctuation.section.braces.begin.redline' } },
      endCaptures: { 0: { name: 'punctuation.section.braces.end.redline' } },
      patterns: [{ include: '#braces' }, { include: '#expression' }],
    },

    tests: {
      patterns: [
        {
          match: `${B}(test)\\s+(${NAME})(?=\\s*(?:"|\\[|\\{|$))`,
          captures: {
            1: { name: 'keyword.declaration.redline' },
            2: { name: 'entity.name.function.test.redline' },
          },
        },
        {
          // given data Party from "parties.csv";
          match: `${B}(given)\\s+(data)\\s+(${NAME})\\s+(from)${E}`,
          captures: {
            1: { name: 'keyword.other.test.redline' },
            2: { name: 'keyword.other.test.redline' },
            3: { name: 'entity.name.type.entity.redline' },
            4: { name: 'keyword.other.redline' },
          },
        },
        {
          // given Party S2 { ... }
          match: `${B}(given)\\s+(${NAME})\\s+(${NAME})`,
          captures: {
            1: { name: 'keyword.other.test.redline' },
            2: { name: 'entity.name.type.entity.redline' },
            3: { name: 'entity.name.variable.redline' },
          },
        },
        {
          match: `${B}(as)\\s+(of)${E}`,
          captures: {
            1: { name: 'keyword.other.test.redline' },
            2: { name: 'keyword.other.test.redline' },
          },
        },
      ],
    },

    expression: {
      patterns: [
        {
          // a field's name, a row's label or a field value before ':' (not in `from DATE:`)
          match: `${B}(${NAME})\\s*(:)(?!:)`,
          captures: {
            1: { name: 'variable.other.property.redline' },
            2: { name: 'punctuation.separator.colon.redline' },
          },
        },
        { include: '#expression-no-label' },
      ],
    },

    'expression-no-label': {
      patterns: [
        { include: '#comments' },
        { include: '#intervals' },
        { include: '#citations' },
        { include: '#literals' },
        { include: '#declarations' },
        { include: '#tests' },
        { include: '#headers' },
        {
          // p.roles, Assessment.Full
          match: `(\\.)\\s*(${NAME})`,
          captures: {
            1: { name: 'punctuation.accessor.redline' },
            2: { name: 'variable.other.property.redline' },
          },
        },
        {
          name: 'support.function.builtin.redline',
          match: `${word(BUILTINS)}(?=\\s*\\()`,
        },
        {
          // round(x, 2, half_even)
          name: 'support.constant.rounding-mode.redline',
          match: `${word(ROUNDING_MODES)}(?=\\s*\\))`,
        },
        { include: '#keywords' },
        {
          match: `${B}(${NAME})(?=\\s*\\()`,
          captures: { 1: { name: 'entity.name.function.call.redline' } },
        },
        { include: '#operators' },
        { include: '#punctuation' },
        { include: '#names' },
        // The lexer's ERROR_CHAR: anything else ('@', '≥', a letter of another script).
        { name: 'invalid.illegal.character.redline', match: '[^\\s]' },
      ],
    },

    keywords: {
      patterns: [
        { name: 'keyword.declaration.redline', match: word(DECLARATION) },
        { name: 'keyword.other.amendment.redline', match: word(AMENDMENT) },
        { name: 'keyword.control.redline', match: word(CONTROL) },
        { name: 'keyword.other.aggregate.redline', match: word(AGGREGATE) },
        { name: 'keyword.other.aggregate.redline', match: `(?<!\\.)${word(CONTEXTUAL_AGGREGATE)}(?!\\s*:)` },
        { name: 'keyword.operator.expression.redline', match: word(OPERATOR_WORDS) },
        { name: 'keyword.other.redline', match: word(OTHER_RESERVED) },
        ...Object.entries(CONTEXTUAL).map(([scope, words]) => ({
          name: scope,
          // a keyword only where it is not a name: not after '.', not before ':' (a field, a
          // label) nor '(' (a rule called `first` or `order`; `table first (` is #table's)
          match: `(?<!\\.)${word(words)}(?!\\s*[:(])`,
        })),
        {
          name: 'keyword.operator.expression.redline',
          match: `(?<!\\.)${word(CONTEXTUAL_OPERATORS)}(?!\\s*:)`,
        },
      ],
    },

    operators: {
      patterns: [
        { name: 'keyword.operator.arrow.redline', match: '=>' },
        { name: 'keyword.operator.coalesce.redline', match: '\\?\\?' },
        { name: 'keyword.operator.comparison.redline', match: '==|!=|<=|>=|<|>' },
        // '&&', '||' and '!' are parsed only to be reported as mistakes ("use 'and'").
        { name: 'invalid.illegal.operator.redline', match: '&&|\\|\\||!' },
        { name: 'keyword.operator.assignment.redline', match: '=' },
        { name: 'keyword.operator.arithmetic.redline', match: '[-+*/]' },
        { name: 'keyword.operator.range.redline', match: '\\.\\.' },
        { name: 'keyword.operator.alternative.redline', match: '\\|' },
        { name: 'keyword.operator.optional.redline', match: '\\?' },
      ],
    },

    punctuation: {
      patterns: [
        { name: 'punctuation.terminator.statement.redline', match: ';' },
        { name: 'punctuation.separator.comma.redline', match: ',' },
        { name: 'punctuation.separator.colon.redline', match: ':' },
        { name: 'punctuation.accessor.redline', match: '\\.' },
        { name: 'punctuation.section.parens.begin.redline', match: '\\(' },
        { name: 'punctuation.section.parens.end.redline', match: '\\)' },
        { name: 'punctuation.section.braces.begin.redline', match: '\\{' },
        { name: 'punctuation.section.braces.end.redline', match: '\\}' },
      ],
    },

    names: {
      patterns: [
        { name: 'variable.language.wildcard.redline', match: `${B}_${E}` },
        { name: 'variable.other.redline', match: `${B}${NAME}${E}` },
      ],
    },
  },
};

const out = path.join(__dirname, 'redline.tmLanguage.json');
const text = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (committed !== text) {
    console.error(`${out} is not what syntaxes/generate.js generates: run \`node syntaxes/generate.js\``);
    process.exit(1);
  }
} else {
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
