// Internal to compiler/sema: the checker that walks a module, shared by the files that
// implement declarations, expressions, tables and the dependency graph.
#pragma once

#include <string>
#include <vector>

#include "sema/sema.h"

namespace redline::sema {

using ast::Expr;
using support::Diag;
using support::Location;

// The type of a `none` literal before context gives it one.
inline Type none_type() {
  Type t;
  t.optional = true;
  t.index = -2;
  return t;
}
inline bool is_none_type(const Type& t) { return t.kind == TypeKind::Error && t.index == -2; }
// Error types are compatible with everything, so one mistake yields one diagnostic.
inline bool is_error(const Type& t) { return t.kind == TypeKind::Error && t.index != -2; }

struct Local {
  std::string name;
  int32_t slot;
  Type type;
};

struct Scope {
  std::vector<Local> locals;
  int32_t* next_slot;  // shared by the whole rule so slots are unique within it
  int32_t entity_of_rule = -1;

  const Local* find(std::string_view n) const {
    for (auto it = locals.rbegin(); it != locals.rend(); ++it)
      if (it->name == n) return &*it;
    return nullptr;
  }
};

struct CellTest;  // what a table cell tests (check_table.cpp)

class Checker {
 public:
  Checker(ast::Module& module, support::DiagnosticEngine& diags, const Options& options)
      : m_(module), d_(diags), options_(options) {}
  Analysis run();

  // expressions (check_expr.cpp)
  Type check(Expr& e, Scope& scope, Type hint);
  Type check_bool(Expr& e, Scope& scope, std::string_view what);
  // Makes `e` produce `target` (a none literal gets the type, an int is promoted); false when
  // `e`'s type cannot be used as `target`.
  bool coerce(Expr& e, const Type& target);
  // When an amendment repealed `what`, notes on `diag` where, and which rule still uses it.
  bool note_repealed(support::Diagnostic& diag, const LawTarget& what, std::string_view shown);
  void check_function_params(ast::RuleDecl& r);
  Type check_function_call(Expr& e, Scope& scope, int32_t rule);
  void money_literal(Expr& e, bool optional);
  Type check_money_arithmetic(Expr& e, const Type& lt, const Type& rt);
  bool assignable(const Type& from, const Type& to) const;
  bool unify(const Type& a, const Type& b, Type& out) const;
  // A constant value of `type` from a literal expression (parameters, cycles, checks, cells).
  bool constant(Expr& e, const Type& type, Constant& out, std::string_view what);
  std::string tname(const Type& t) const { return a_.type_name(t); }
  // The type quoted with its article, for messages: "a 'text'", "an 'int'".
  std::string a_tname(const Type& t) const {
    std::string n = tname(t);
    bool vowel = !n.empty() && std::string_view("aeiouAEIOU").find(n[0]) != std::string_view::npos;
    return (vowel ? "an '" : "a '") + n + "'";
  }

  // tables (check_table.cpp)
  void check_table(ast::RuleDecl& rule, Scope& scope);
  void override_params();
  void check_exception_parents(ast::RuleDecl& rule);
  void check_cell(ast::Cell& cell, const Type& in, Scope& scope, CellTest& t);
  Type check_table_outcome(ast::RuleDecl& rule, ast::TableRow& row, Scope& scope, Type& listed);

 private:
  ast::Module& m_;
  support::DiagnosticEngine& d_;
  Options options_;
  Analysis a_;
  int32_t current_rule_ = -1;
  const Expr* binding_condition_ = nullptr;  // the 'is some x' an 'if' is about to bind

  // declarations (sema.cpp)
  void collect_enums();
  void collect_entities();
  void collect_params();
  void sort_from_values(const ast::ParamDecl& p, ParamSymbol& s);
  void apply_relative(const ast::ParamDecl& p, const ast::Expr& change, ParamSymbol& s);
  void collect_cycles();
  void collect_rules();
  void check_rules();
  void check_rule(int32_t index);
  void check_acts();
  void build_order();
  bool resolve_type(const ast::TypeRef& ref, Type& out, bool allow_entity, bool allow_scale = false);
  void collect_scale(ast::ParamDecl& p, ParamSymbol& s);
  void require_citation(const std::optional<ast::Citation>& c, Location at, std::string_view what,
                        std::string_view name);
  void check_unnamed_none(Expr& e);

  // expressions (check_expr.cpp)
  Type check_name(Expr& e, Scope& scope, Type hint);
  Type check_field(Expr& e, Scope& scope);
  Type check_call(Expr& e, Scope& scope, Type hint);
  Type check_builtin(Expr& e, Scope& scope, const BuiltinInfo& b);
  Type check_scale_call(Expr& e, Scope& scope, const BuiltinInfo& b);
  Type check_aggregate(Expr& e, Scope& scope);
  Type check_set(Expr& e, Scope& scope, Type hint);
  Type check_if(Expr& e, Scope& scope, Type hint);
  Type check_match(Expr& e, Scope& scope, Type hint);
  Type check_binary(Expr& e, Scope& scope, Type hint);
  Type check_equality_operands(Expr& e, Scope& scope);
  bool needs_context(const Expr& e, const Scope& scope) const;
  int32_t find_member(int32_t enum_index, std::string_view name) const;
  void unknown_name(const Expr& e, std::string_view name, Location at, const Scope& scope, std::string_view kind);
  void record_dependency(int32_t rule, Location at);

  friend class TableChecker;
};

}  // namespace redline::sema
