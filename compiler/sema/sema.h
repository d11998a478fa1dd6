// Semantic analysis: names, types, the rule dependency graph, and the static checks that
// make a policy trustworthy (cycles, table gaps and overlaps, exhaustive matches, citations).
//
// Analysis annotates the AST in place (Expr::bound, RuleDecl's bound fields) and returns the
// symbol tables lowering needs. It reports every problem it finds and never stops at the first.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "support/diagnostics.h"

namespace redline::sema {

struct EnumSymbol {
  const ast::EnumDecl* decl;
  std::vector<std::string> members;
};

struct FieldCheckValue {
  ast::CompareOp op;
  int64_t value;
  std::string literal;
};

struct FieldSymbol {
  const ast::FieldDecl* decl;
  Type type;
  std::vector<FieldCheckValue> checks;
};

struct EntitySymbol {
  const ast::EntityDecl* decl;
  std::vector<FieldSymbol> fields;
  int32_t key_field = -1;
  int32_t field_index(std::string_view name) const;
};

// A constant: the physical value, or text.
struct Constant {
  int64_t value = 0;
  std::string text;
  // A scale's value: its brackets, each a threshold (in the scale's type) and a rate (a decimal),
  // thresholds increasing.
  std::vector<std::pair<int64_t, int64_t>> brackets;
};

struct ParamSymbol {
  const ast::ParamDecl* decl;
  Type type;  // a scale: the type of its thresholds (int, decimal or money)
  std::vector<Constant> values;
  std::vector<int64_t> until_days;  // values[i+1] applies after until_days[i]
  // The `from` form, sorted: values[i] applies from from_days[i]; before from_days[0] the
  // parameter has no value. Empty in the `until` form.
  std::vector<int64_t> from_days;
  bool scale = false;  // `scale of T`: each value is brackets, applied by marginal, flat and rate
  bool overridden = false;  // its value was given on the command line (Options::params)
};

struct CycleSymbol {
  const ast::CycleDecl* decl;
  Type element;
  std::vector<int64_t> values;
};

struct RuleSymbol {
  ast::RuleDecl* decl;
  std::vector<int32_t> depends_on;          // rules read by this rule, sorted, unique
  std::vector<support::Location> dep_locs;  // where each dependency is read (same order)
};

// Builtin functions callable by name. The values are stored in Expr::bound.index.
enum class Builtin : int32_t {
  Min, Max, Abs, Size,
  // numbers
  Round, Floor, Ceil, Trunc, ToInt, ToDecimal, Div, Rem, ToMoney,
  // dates
  Year, Month, Day, AddDays, AddMonths, AddYears, DaysBetween, MonthsBetween, YearsBetween,
  FirstDayOfMonth, LastDayOfMonth, FirstDayOfYear, LastDayOfYear, AsOf,
  // text
  ToText,
  // scales
  Marginal, Flat, Rate,
};

// Every builtin by name, with its signature as documented (for messages).
struct BuiltinInfo {
  const char* name;
  Builtin id;
  const char* signature;
};
extern const BuiltinInfo kBuiltins[];
extern const size_t kBuiltinCount;
// The builtin called `name`, or null.
const BuiltinInfo* find_builtin(std::string_view name);

struct Analysis {
  std::vector<EnumSymbol> enums;
  std::vector<EntitySymbol> entities;
  std::vector<ParamSymbol> params;
  std::vector<CycleSymbol> cycles;
  std::vector<RuleSymbol> rules;   // parallel to module.rules
  std::vector<int32_t> order;      // rules, every one after the rules it reads
  // Names to indices, so that a policy of thousands of rules resolves in linear time.
  std::unordered_map<std::string, int32_t> enum_names, entity_names, param_names, rule_names;

  std::string type_name(const Type& t) const;
  int32_t enum_index(std::string_view name) const;
  int32_t entity_index(std::string_view name) const;
  int32_t rule_index(std::string_view name) const;
  int32_t param_index(std::string_view name) const;
};

// Options that change what counts as an error.
struct Options {
  bool require_citations = true;  // rules, obligations, parameters, cycles and exceptions cite a clause
  // `check --param NAME=VALUE`: the value replaces the parameter's values at every date, so that
  // the policy is analysed (its tables, its exceptions, its deadlines) as `run --param` evaluates
  // it. The first given for a name is the one; a name that is not a parameter, a value that
  // does not parse and a scale are left alone here, for the caller to report as it reports
  // `run`'s (service::parse_params).
  std::vector<std::pair<std::string, std::string>> params;
};

// Analyses `module` (a policy, amendments already applied). Returns the symbol tables even when
// errors were reported; lowering must not run if `diags` has errors.
Analysis analyze(ast::Module& module, support::DiagnosticEngine& diags, const Options& options = {});

// Parses a constant of `type` written as text (command-line --param, test inputs); false with
// `error` set when it does not fit the type.
bool parse_constant(const Analysis& analysis, const Type& type, std::string_view text, Constant& out,
                    std::string& error);

}  // namespace redline::sema
