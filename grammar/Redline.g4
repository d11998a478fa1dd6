// Redline.g4: the grammar of the redline policy language.
//
// This is the only hand-written grammar. The generated lexer and parser are checked in under
// grammar/generated/ (see grammar/README.md); a test fails when this file and the recorded
// hash disagree. The parse tree is turned into redline's own AST at once (compiler/syntax),
// so nothing outside compiler/syntax sees ANTLR types.
//
// A few alternatives match common mistakes on purpose ('=' for '==', '&&', '||', '!'), so
// the compiler can explain them instead of reporting a bare syntax error.
grammar Redline;

// ---------------------------------------------------------------------------------------------
// Files

file
  : header? declaration* EOF
  ;

header
  : 'policy' name STRING? CITATION? ';'                                     # policyHeader
  | 'modification' name STRING? CITATION? annotation*
      'amends' name ('effective' DATE ('by' name '.' name)?)? ';'           # modificationHeader
  | 'tests' 'for' STRING ';'                                                # testsHeader
  ;

declaration
  : enumDecl
  | entityDecl
  | paramDecl
  | cycleDecl
  | ruleDecl
  | testDecl
  | amendment
  ;

// ---------------------------------------------------------------------------------------------
// Declarations

enumDecl
  : 'enum' name CITATION? '{' enumMember (',' enumMember)* ','? '}'
  ;

enumMember
  : name STRING?
  ;

entityDecl
  : 'entity' name CITATION? annotation* '{' fieldDecl* '}'
  ;

fieldDecl
  : KEY? name ':' type fieldCheck* ';'
  ;

fieldCheck
  : 'check' compareOp expr
  ;

type
  : 'set' 'of' name QUESTION?                                               # setType
  | 'scale' 'of' name QUESTION?                                             # scaleType
  | name QUESTION?                                                          # namedType
  ;

paramDecl
  : 'param' name ':' type CITATION? annotation* '=' paramValues ';'
  ;

// '250_000 until 2019-02-27, then 300_000': a value that changes on a date. Or the values by the
// date each comes into force, in any order: '{ from 2019-04-06: 250_000, from 2016-04-06: 100_000 }'
// (undefined before the earliest date).
// A scale's value is its brackets, each a threshold and the rate from it:
// '{ 0: 0.15, 12_000: 0.25, 50_000: 0.40 }', in either dated form like any other value.
paramValues
  : (expr | scaleValue) ('until' DATE ',' 'then' (expr | scaleValue))*
  | '{' 'from' DATE ':' (expr | scaleValue) (',' 'from' DATE ':' (expr | scaleValue))* ','? '}'
  ;

scaleValue
  : '{' scaleBracket (',' scaleBracket)* ','? '}'
  ;

scaleBracket
  : expr ':' expr
  ;

cycleDecl
  : 'cycle' name ':' type CITATION? annotation* '=' expr (',' expr)* ';'
  ;

ruleDecl
  : OUTPUT? kind=('rule' | 'obligation') name '(' (ruleParam (',' ruleParam)*)? ')' (':' type)? STRING? CITATION?
      annotation* actClause? dueClause? '=' ruleBody exceptionClause* ';'
  ;

// A rule's parameters: an entity (`p: Party`), or scalars (`amount: decimal`, a function), none (a
// function of nothing: a value the law derives once, `rule full_rate(): decimal`), or an
// entity followed by scalars (`share(h: Household, amount: money)`).
ruleParam
  : name ':' type
  ;

// What an obligation asks of its party, named so that `check` can find two duties no act meets:
// an act it must do (`requires notice`) or must not do (`forbids notice`). The name is the act's
// own, shared by every obligation over the same entity that speaks of it.
actClause
  : kind=('requires' | 'forbids') name
  ;

// An obligation's date, evaluated for each row like the rule itself (a date, or none): `due`, the
// deadline by which what it requires must be done; `until`, the day a prohibition ends (it binds
// before that day).
dueClause
  : kind=('due' | 'until') expr
  ;

ruleBody
  : tableExpr
  | expr
  ;

annotation
  : kind=('note' | 'assumption') STRING
  ;

// 'exception b to a ...': b is an exception to the exception a (default logic: when b applies it
// overrides a, as a overrides the rule's default).
exceptionClause
  : 'exception' name ('to' name)? CITATION? annotation* 'when' expr 'then' expr
  ;

tableExpr
  : 'table' hitPolicy '(' expr (',' expr)* ')' '{' tableRow* '}'
  ;

// DMN's hit policies: U, A, F, P; C+, C<, C>, C# ('collect sum' ...); R ('rule order'), O ('output order').
hitPolicy
  : 'unique' | 'any' | 'first' | 'priority'
  | 'collect' agg=('sum' | 'min' | 'max' | 'count')
  | 'rule' 'order'
  | OUTPUT 'order'
  ;

tableRow
  : (name ':')? cell (',' cell)* '=>' expr CITATION? ';'                    # conditionRow
  | 'otherwise' '=>' expr CITATION? ';'                                     # otherwiseRow
  ;

// A top-level 'or' in a cell separates alternatives (`< 18 or >= 60`, `"a" or "b"`): the AST
// builder splits a value's unparenthesized 'or' into alternatives, so `(a or b)` tests a bool.
cell
  : '_'                                                                     # anyCell
  | compareOp expr                                                          # compareCell
  | INTERVAL                                                                # intervalCell
  | expr                                                                    # valueCell
  | cellTest (OR cellTest)+                                                 # orCell
  ;

cellTest
  : compareOp expr
  | INTERVAL
  | expr
  ;

compareOp
  : '==' | '!=' | '<' | '<=' | '>' | '>='
  ;

// ---------------------------------------------------------------------------------------------
// Amendments: each names what it changes; a modification file holds only these after its header.
// `substitute param s bracket 2 = 50_000: 0.45;` replaces one bracket of a scale (one alternative
// with the plain `substitute param`, so that error recovery sees one way to continue);
// `bracket 2 from 2017-01-01` replaces it in the versions in force from that day.

amendment
  : 'replace' amendable                                                     # replaceAmendment
  | 'insert' amendable                                                      # insertAmendment
  | 'repeal' target=('rule' | 'obligation' | 'param' | 'cycle' | 'entity') name CITATION? ';'   # repealDecl
  | 'repeal' 'exception' name '.' name CITATION? ';'                        # repealException
  | 'repeal' 'row' name '.' name CITATION? ';'                              # repealRow
  | 'repeal' 'field' name '.' name CITATION? ';'                            # repealField
  | 'substitute' 'param' name ('bracket' INT ('from' DATE)?)? CITATION? annotation* '=' (scaleBracket | paramValues) ';'  # substituteParam
  ;

amendable
  : ruleDecl
  | paramDecl
  | cycleDecl
  | enumDecl
  | entityDecl
  | 'field' name '.' name ':' type fieldCheck* CITATION? annotation* ';'
  | 'exception' name '.' name ('to' name)? CITATION? annotation* 'when' expr 'then' expr ';'
  | 'row' name '.' name (position=('before' | 'after') name)? ':' cell (',' cell)* '=>' expr CITATION? ';'
  ;

// ---------------------------------------------------------------------------------------------
// Tests: a few entities given inline and the outputs expected of them.

testDecl
  : 'test' name STRING? CITATION? '{' testItem* '}'
  ;

testItem
  : 'given' name name '{' (fieldValue (',' fieldValue)* ','?)? '}' ';'?     # givenItem
  | 'given' 'data' name 'from' STRING ';'                                   # givenDataItem
  | 'expect' name '(' name ')' '==' expr ';'                                # expectItem
  | 'expect' 'error' STRING ';'                                             # expectErrorItem
  | 'amend' STRING ';'                                                      # amendItem
  | 'as' 'of' DATE ';'                                                      # asOfItem
  | 'param' name '=' expr ';'                                               # paramItem
  ;

fieldValue
  : name ':' expr
  ;

// ---------------------------------------------------------------------------------------------
// Expressions, tightest binding first.

expr
  : primary                                                                 # primaryExpr
  | expr '.' name                                                           # fieldExpr
  | expr 'at' expr                                                          # atExpr
  | '-' expr                                                                # negExpr
  | expr op=('*' | '/' | 'mod') expr                                        # mulExpr
  | expr op=('+' | '-') expr                                                # addExpr
  | expr '??' expr                                                          # coalesceExpr
  | expr compareOp expr                                                     # compareExpr
  | expr '=' expr                                                           # assignMistake
  | expr NOT? 'in' expr                                                     # inExpr
  | expr 'within' expr                                                      # withinExpr
  | expr 'overlaps' expr                                                    # overlapsExpr
  | expr 'is' NOT? 'none'                                                   # isNoneExpr
  | expr 'is' 'some' name?                                                  # isSomeExpr
  | (NOT | '!') expr                                                        # notExpr
  | expr (AND | '&&') expr                                                  # andExpr
  | expr (OR | '||') expr                                                   # orExpr
  ;

primary
  : INT                                                                     # intLiteral
  | DECIMAL                                                                 # decimalLiteral
  | STRING                                                                  # stringLiteral
  | DATE                                                                    # dateLiteral
  | ('true' | 'false')                                                      # boolLiteral
  | 'none'                                                                  # noneLiteral
  | agg=('sum' | 'count' | 'min' | 'max' | 'any' | 'all' | 'latest' | 'earliest')
      '(' (expr 'for')? name 'in' name ('where' expr)? ('by' expr)? ')'     # aggregateExpr
  | name '(' (expr (',' expr)*)? ')'                                        # callExpr
  | fn=('min' | 'max') '(' expr ',' expr ')'                                # minMaxExpr
  | name                                                                    # nameExpr
  | '{' (expr (',' expr)*)? '}'                                             # setLiteral
  | '(' expr ')'                                                            # parenExpr
  | 'if' expr 'then' expr 'else' expr                                       # ifExpr
  | 'match' expr '{' matchArm (',' matchArm)* ','? '}'                      # matchExpr
  ;

matchArm
  : pattern ('|' pattern)* '=>' expr
  ;

pattern
  : '_'                                                                     # anyPattern
  | name ('.' name)?                                                        # memberPattern
  ;

// Words that are keywords only where they start a clause, so policies may still use them as
// names ('key', 'first', 'date'...). Type names (int, date...) are ordinary names.
name
  : IDENT
  | KEY | OUTPUT | 'unique' | 'first' | 'priority' | 'note' | 'assumption' | 'row' | 'before'
  | 'after' | 'given' | 'expect' | 'amend' | 'as' | 'of' | 'until' | 'effective'
  | 'amends' | 'test' | 'set' | 'tests' | 'error' | 'collect' | 'order' | 'to' | 'from' | 'at'
  | 'data' | 'scale' | 'bracket' | 'due' | 'latest' | 'earliest' | 'by' | 'field' | 'requires'
  | 'forbids'
  ;

// ---------------------------------------------------------------------------------------------
// Lexer

KEY      : 'key';
OUTPUT   : 'output';
NOT      : 'not';
AND      : 'and';
OR       : 'or';
QUESTION : '?';

// An interval cell: [15..30), (0..10], [2020-01-01..limit]. Bounds are numbers, dates or names,
// optionally negated. Listed before CITATION so that `[1..10]` is an interval (a tie in length).
INTERVAL : [[(] [ \t]* INTERVAL_BOUND [ \t]* '..' [ \t]* INTERVAL_BOUND [ \t]* [\])];
fragment INTERVAL_BOUND
  : ('-' [ \t]*)? (DIGIT (DIGIT | '_')* ('.' DIGIT (DIGIT | '_')*)? | DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT
                   | [a-zA-Z] [a-zA-Z0-9_]*)
  ;

// A citation of the clause a declaration encodes: [G8.49], [G8.16, G8.41], [G1.7(a)], and with
// one level of balanced brackets inside, [OF brackets[0].threshold]. It never holds '..', and an
// unterminated one stops at ')', so that interval cells on one line (`[1..5), (5..9] => ...`) are
// never read as one citation.
CITATION : '[' CITATION_PART* '.'? ']';
fragment CITATION_PART : CITATION_CHAR | '.'? '[' CITATION_PART* '.'? ']';
fragment CITATION_CHAR : ~[\]\r\n[.] | '.' ~[\]\r\n[.];
UNTERMINATED_CITATION : '[' ~[\]\r\n[)]*;

STRING   : '"' (~["\\\r\n] | '\\' .)* '"';
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' .)*;

DATE     : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
DECIMAL  : DIGIT (DIGIT | '_')* '.' DIGIT (DIGIT | '_')*;
INT      : DIGIT (DIGIT | '_')*;
IDENT    : (LETTER | UTF8_LETTER) (LETTER | UTF8_LETTER | DIGIT | '_')*;
fragment LETTER : [a-zA-Z];
// Letters beyond ASCII, as the UTF-8 bytes the lexer reads: Latin-1 and Latin Extended-A and B
// (U+00C0-U+024F, without the signs U+00D7 and U+00F7), Greek and Coptic (U+0370-U+03FF) and
// Cyrillic (U+0400-U+04FF): `Ménage_1`, `Größe`. Other scripts, and punctuation such as '—',
// stay outside names (they may appear in strings, titles and citations).
fragment UTF8_LETTER
  : '\u00C3' [\u0080-\u0096\u0098-\u00B6\u00B8-\u00BF]
  | [\u00C4-\u00C8] [\u0080-\u00BF]
  | '\u00C9' [\u0080-\u008F]
  | '\u00CD' [\u00B0-\u00BF]
  | [\u00CE-\u00D3] [\u0080-\u00BF]
  ;

LINE_COMMENT  : ('//' | '#') ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
WS            : [ \t\r\n\f]+ -> skip;
// Anything else becomes a token the parser rejects with a located message, never a lexer crash.
ERROR_CHAR    : .;

fragment DIGIT : [0-9];
