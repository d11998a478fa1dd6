// Parse tree to AST. Each node records where it starts and how long it is, so every later
// diagnostic can underline the exact text. Tolerates partial trees: after a syntax error
// ANTLR leaves missing children null, and the builder skips them instead of crashing.
//
// Speed: a large policy is a million parse-tree nodes, so the builder never calls ANTLR's
// generated accessors (ctx->expr(0), ctx->name(), ctx->STRING()...): each of those walks every
// child with dynamic_cast. Instead each node's class is looked up once, by its type_info address,
// in a small table (Kinds), and the builder walks `children` itself, selecting rule contexts by
// rule index and tokens by token type, with the same meaning as the accessors (the i-th child of
// that rule, the i-th token of that type, error nodes included). tests/reference/build_ast_reference.cpp keeps the
// accessor-based version, which the unit tests compare this one against.
#include "syntax/build_ast.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include <fmt/format.h>

#include "syntax/parser.h"
#include "syntax/tree_kinds.h"

namespace redline::syntax {

using P = redline_generated::RedlineParser;
using namespace redline::ast;

namespace {

class Builder {
 public:
  Builder(uint32_t file, support::DiagnosticEngine& diags, bool* too_deep = nullptr)
      : file_(file), diags_(diags), too_deep_(too_deep) {}

  std::unique_ptr<Module> module(P::FileContext* ctx) {
    auto m = std::make_unique<Module>();
    m->file = file_;
    m->loc = {file_, 0};
    if (ctx) into(*m, ctx);
    return m;
  }

  void into(Module& m, P::FileContext* ctx) {
    if (auto* h = rule_child<P::HeaderContext>(ctx, P::RuleHeader)) {
      header(m, h);
      m.header_end = end_of(h);
    }
    for_rules<P::DeclarationContext>(ctx, P::RuleDeclaration, [&](P::DeclarationContext* d) {
      size_t before = m.order.size();
      declaration(m, d);
      if (m.order.size() > before) m.order_end.push_back(end_of(d));
    });
  }

 private:
  uint32_t file_;
  support::DiagnosticEngine& diags_;
  Kinds kinds_;
  bool* too_deep_;     // when set, expressions are counted and building stops past the limit
  int expr_depth_ = 0;

  // --- the tree ----------------------------------------------------------------------------
  K kind(antlr4::tree::ParseTree* n) { return kinds_.of(n); }

  // The i-th child that is a context of rule `rule` (as ctx->rule(i)), or null.
  template <typename T>
  T* rule_child(antlr4::ParserRuleContext* c, size_t rule, size_t i = 0) {
    for (antlr4::tree::ParseTree* child : c->children)
      if (kRuleOf[static_cast<size_t>(kind(child))] == rule && i-- == 0) return static_cast<T*>(child);
    return nullptr;
  }
  // Each child that is a context of rule `rule`, in order (as the vector ctx->rule()).
  template <typename T, typename F>
  void for_rules(antlr4::ParserRuleContext* c, size_t rule, F&& f) {
    for (antlr4::tree::ParseTree* child : c->children)
      if (kRuleOf[static_cast<size_t>(kind(child))] == rule) f(static_cast<T*>(child));
  }
  template <typename T>
  std::vector<T*> rules(antlr4::ParserRuleContext* c, size_t rule) {
    std::vector<T*> out;
    for_rules<T>(c, rule, [&](T* x) { out.push_back(x); });
    return out;
  }
  // The i-th token child of type `type` (as ctx->TOKEN(i)), or null.
  antlr4::tree::TerminalNode* token(antlr4::ParserRuleContext* c, size_t type, size_t i = 0) {
    for (antlr4::tree::ParseTree* child : c->children) {
      if (kind(child) != K::Terminal) continue;
      auto* t = static_cast<antlr4::tree::TerminalNode*>(child);
      if (t->getSymbol()->getType() == type && i-- == 0) return t;
    }
    return nullptr;
  }
  // The text of a context, as getText() gives it, without concatenating when it is one token.
  std::string text(antlr4::ParserRuleContext* c) {
    if (c->children.size() == 1 && kind(c->children[0]) == K::Terminal)
      return static_cast<antlr4::tree::TerminalNode*>(c->children[0])->getSymbol()->getText();
    return c->getText();
  }

  // --- locations -------------------------------------------------------------------------
  Location loc(antlr4::Token* t) const {
    if (!t) return {};
    return {file_, static_cast<uint32_t>(t->getStartIndex())};
  }
  Location loc(antlr4::tree::TerminalNode* n) const { return n ? loc(n->getSymbol()) : Location{}; }
  Location loc(antlr4::ParserRuleContext* c) const { return c ? loc(c->start) : Location{}; }
  static uint32_t length(antlr4::ParserRuleContext* c) {
    if (!c || !c->start || !c->stop) return 1;
    auto start = c->start->getStartIndex();
    auto stop = c->stop->getStopIndex();
    if (stop == INVALID_INDEX || stop < start) return 1;
    return static_cast<uint32_t>(stop - start + 1);
  }

  static uint32_t end_of(antlr4::ParserRuleContext* c) {
    if (!c || !c->stop || c->stop->getStopIndex() == INVALID_INDEX) return 0;
    return static_cast<uint32_t>(c->stop->getStopIndex() + 1);
  }

  std::string name(P::NameContext* n) { return n ? text(n) : std::string(); }
  P::NameContext* name_child(antlr4::ParserRuleContext* c, size_t i = 0) {
    return rule_child<P::NameContext>(c, P::RuleName, i);
  }
  // The first `N` name children (null where there are fewer), and how many there are in all.
  // Sets `text` and `at` from `n`, a name the declaration may lack (names() leaves it null).
  void take(P::NameContext* n, std::string& text, Location& at) {
    if (!n) return;
    text = name(n);
    at = loc(n);
  }
  template <size_t N>
  size_t names(antlr4::ParserRuleContext* c, P::NameContext* (&out)[N]) {
    size_t n = 0;
    for (auto& x : out) x = nullptr;
    for_rules<P::NameContext>(c, P::RuleName, [&](P::NameContext* x) {
      if (n < N) out[n] = x;
      ++n;
    });
    return n;
  }
  P::ExprContext* expr_child(antlr4::ParserRuleContext* c, size_t i = 0) {
    return rule_child<P::ExprContext>(c, P::RuleExpr, i);
  }
  // The first two expression children, for binary operators.
  std::pair<P::ExprContext*, P::ExprContext*> two_exprs(antlr4::ParserRuleContext* c) {
    P::ExprContext* e[2] = {nullptr, nullptr};
    size_t n = 0;
    for (antlr4::tree::ParseTree* child : c->children)
      if (kRuleOf[static_cast<size_t>(kind(child))] == P::RuleExpr) {
        e[n++] = static_cast<P::ExprContext*>(child);
        if (n == 2) break;
      }
    return {e[0], e[1]};
  }

  bool has_token(antlr4::ParserRuleContext* c, std::string_view t) { return token_position(c, t) != SIZE_MAX; }

  // Index of the first terminal `text` among the children, to tell apart expressions that
  // stand before and after it.
  size_t token_position(antlr4::ParserRuleContext* c, std::string_view t) {
    for (size_t i = 0; i < c->children.size(); ++i)
      if (kind(c->children[i]) == K::Terminal && c->children[i]->getText() == t) return i;
    return SIZE_MAX;
  }

  std::string unquote(antlr4::tree::TerminalNode* n) {
    if (!n) return {};
    std::string raw = n->getSymbol()->getText();
    if (raw.size() < 2) return {};
    std::string out;
    out.reserve(raw.size() - 2);
    for (size_t i = 1; i + 1 < raw.size(); ++i) {
      char c = raw[i];
      if (c != '\\') {
        out += c;
        continue;
      }
      char e = raw[++i];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        default:
          diags_.report(support::Diag::InvalidLiteral, {file_, static_cast<uint32_t>(n->getSymbol()->getStartIndex() + i - 1)},
                        fmt::format("unknown escape sequence '\\{}' in string", e), 2);
      }
    }
    return out;
  }

  std::optional<Citation> citation(antlr4::tree::TerminalNode* n) {
    if (!n) return std::nullopt;
    Citation c;
    c.loc = loc(n);
    std::string raw = n->getSymbol()->getText();
    c.text = raw.substr(1, raw.size() - 2);
    std::string current;
    auto flush = [&] {
      size_t b = current.find_first_not_of(" \t");
      size_t e = current.find_last_not_of(" \t");
      if (b != std::string::npos) c.clauses.push_back(current.substr(b, e - b + 1));
      current.clear();
    };
    // A comma inside inner brackets (`[OF scale[1, 2]]`) belongs to its clause.
    int depth = 0;
    for (char ch : c.text) {
      if (ch == '[') ++depth;
      else if (ch == ']') --depth;
      if (ch == ',' && depth == 0) flush();
      else current += ch;
    }
    flush();
    if (c.clauses.empty())
      diags_.report(support::Diag::MissingCitation, c.loc, "empty citation: name the clause, e.g. '[G8.49]'",
                    static_cast<uint32_t>(raw.size()));
    size_t b = c.text.find_first_not_of(" \t");
    c.text = b == std::string::npos ? std::string() : c.text.substr(b, c.text.find_last_not_of(" \t") - b + 1);
    return c;
  }
  std::optional<Citation> citation_of(antlr4::ParserRuleContext* c) { return citation(token(c, P::CITATION)); }

  // The annotations among the children of `c`.
  std::vector<Annotation> annotations(antlr4::ParserRuleContext* c) {
    std::vector<Annotation> out;
    for_rules<P::AnnotationContext>(c, P::RuleAnnotation, [&](P::AnnotationContext* a) {
      if (!a->kind) return;
      Annotation::Kind k = a->kind->getText() == "note" ? Annotation::Kind::Note : Annotation::Kind::Assumption;
      out.push_back({k, unquote(token(a, P::STRING)), loc(a)});
    });
    return out;
  }

  TypeRef type(P::TypeContext* t) {
    TypeRef r;
    if (!t) return r;
    r.loc = loc(t);
    K k = kind(t);
    if (k == K::SetType || k == K::ScaleType) {
      (k == K::SetType ? r.set : r.scale) = true;
      r.name = name(name_child(t));
      r.optional = token(t, P::QUESTION) != nullptr;
    } else if (k == K::NamedType) {
      r.name = name(name_child(t));
      r.optional = token(t, P::QUESTION) != nullptr;
    }
    return r;
  }
  P::TypeContext* type_child(antlr4::ParserRuleContext* c) { return rule_child<P::TypeContext>(c, P::RuleType); }

  CompareOp compare_op(P::CompareOpContext* c) {
    std::string t = c ? text(c) : "==";
    if (t == "!=") return CompareOp::Ne;
    if (t == "<") return CompareOp::Lt;
    if (t == "<=") return CompareOp::Le;
    if (t == ">") return CompareOp::Gt;
    if (t == ">=") return CompareOp::Ge;
    return CompareOp::Eq;
  }
  P::CompareOpContext* compare_op_child(antlr4::ParserRuleContext* c) {
    return rule_child<P::CompareOpContext>(c, P::RuleCompareOp);
  }

  // --- header and declarations -------------------------------------------------------------
  void header(Module& m, P::HeaderContext* h) {
    m.has_header = true;
    switch (kind(h)) {
      case K::PolicyHeader:
        m.kind = Module::Kind::Policy;
        m.name = name(name_child(h));
        m.loc = loc(h);
        m.title = unquote(token(h, P::STRING));
        m.citation = citation_of(h);
        break;
      case K::ModificationHeader: {
        m.kind = Module::Kind::Modification;
        P::NameContext* ns[4];
        size_t count = names(h, ns);
        m.name = count > 0 ? name(ns[0]) : "";
        m.loc = loc(h);
        take(ns[1], m.amends, m.amends_loc);
        m.title = unquote(token(h, P::STRING));
        m.citation = citation_of(h);
        m.annotations = annotations(h);
        if (auto* date = token(h, P::DATE)) m.effective = date->getSymbol()->getText();
        take(ns[2], m.effective_entity, m.effective_by_loc);
        Location field_loc;
        take(ns[3], m.effective_field, field_loc);
        break;
      }
      case K::TestsHeader:
        m.kind = Module::Kind::Tests;
        m.loc = loc(h);
        m.tests_for = unquote(token(h, P::STRING));
        break;
      default: break;
    }
  }

  void declaration(Module& m, P::DeclarationContext* d) {
    if (!d) return;
    // The first child of each kind, tried in the grammar's order, as the accessors would be.
    antlr4::ParserRuleContext* first[P::RuleName + 1] = {};
    for (antlr4::tree::ParseTree* child : d->children) {
      size_t rule = kRuleOf[static_cast<size_t>(kind(child))];
      if (rule != kNoRule && !first[rule]) first[rule] = static_cast<antlr4::ParserRuleContext*>(child);
    }
    if (auto* e = first[P::RuleEnumDecl]) {
      m.order.push_back({'e', m.enums.size()});
      m.enums.push_back(enum_decl(static_cast<P::EnumDeclContext*>(e)));
    } else if (auto* n = first[P::RuleEntityDecl]) {
      m.order.push_back({'n', m.entities.size()});
      m.entities.push_back(entity_decl(static_cast<P::EntityDeclContext*>(n)));
    } else if (auto* p = first[P::RuleParamDecl]) {
      m.order.push_back({'p', m.params.size()});
      m.params.push_back(param_decl(static_cast<P::ParamDeclContext*>(p)));
    } else if (auto* c = first[P::RuleCycleDecl]) {
      m.order.push_back({'c', m.cycles.size()});
      m.cycles.push_back(cycle_decl(static_cast<P::CycleDeclContext*>(c)));
    } else if (auto* r = first[P::RuleRuleDecl]) {
      m.order.push_back({'r', m.rules.size()});
      m.rules.push_back(rule_decl(static_cast<P::RuleDeclContext*>(r)));
    } else if (auto* t = first[P::RuleTestDecl]) {
      m.order.push_back({'t', m.tests.size()});
      m.tests.push_back(test_decl(static_cast<P::TestDeclContext*>(t)));
    } else if (auto* a = first[P::RuleAmendment]) {
      m.order.push_back({'a', m.amendments.size()});
      m.amendments.push_back(amendment(static_cast<P::AmendmentContext*>(a)));
    }
  }

  EnumDecl enum_decl(P::EnumDeclContext* e) {
    EnumDecl out;
    auto* n = name_child(e);
    out.name = name(n);
    out.loc = loc(n);
    out.citation = citation_of(e);
    for_rules<P::EnumMemberContext>(e, P::RuleEnumMember, [&](P::EnumMemberContext* mem) {
      out.members.push_back({name(name_child(mem)), unquote(token(mem, P::STRING)), loc(mem)});
    });
    return out;
  }

  EntityDecl entity_decl(P::EntityDeclContext* e) {
    EntityDecl out;
    auto* n = name_child(e);
    out.name = name(n);
    out.loc = loc(n);
    out.citation = citation_of(e);
    out.annotations = annotations(e);
    for_rules<P::FieldDeclContext>(e, P::RuleFieldDecl, [&](P::FieldDeclContext* f) {
      FieldDecl fd;
      auto* fn = name_child(f);
      fd.name = name(fn);
      fd.loc = loc(fn);
      fd.key = token(f, P::KEY) != nullptr;
      field_type_and_checks(fd, f);
      out.fields.push_back(std::move(fd));
    });
    return out;
  }

  // A field's type and its checks, in an entity or in `insert field E.f: T check ...;`.
  void field_type_and_checks(FieldDecl& fd, antlr4::ParserRuleContext* f) {
    fd.type = type(type_child(f));
    for_rules<P::FieldCheckContext>(f, P::RuleFieldCheck, [&](P::FieldCheckContext* c) {
      fd.checks.push_back({compare_op(compare_op_child(c)), expr(expr_child(c)), loc(c)});
    });
  }

  ParamDecl param_decl(P::ParamDeclContext* p) {
    ParamDecl out;
    auto* n = name_child(p);
    out.name = name(n);
    out.loc = loc(n);
    out.type = type(type_child(p));
    out.citation = citation_of(p);
    out.annotations = annotations(p);
    param_values(out, rule_child<P::ParamValuesContext>(p, P::RuleParamValues));
    return out;
  }

  void param_values(ParamDecl& out, P::ParamValuesContext* v) {
    if (!v) return;
    for (antlr4::tree::ParseTree* child : v->children) {
      K k = kind(child);
      if (kRuleOf[static_cast<size_t>(k)] == P::RuleExpr) out.values.push_back(expr(static_cast<P::ExprContext*>(child)));
      else if (k == K::ScaleValue) out.values.push_back(scale_value(static_cast<P::ScaleValueContext*>(child)));
    }
    // A leading '{' marks the `from` form, whose dates start the values rather than end them.
    // (the first child: error recovery may leave a stray '{' after an `until` form's expression).
    bool from_form = !v->children.empty() && kind(v->children.front()) == K::Terminal &&
                     static_cast<antlr4::tree::TerminalNode*>(v->children.front())->getSymbol()->getText() == "{";
    for (antlr4::tree::ParseTree* child : v->children) {
      if (kind(child) != K::Terminal) continue;
      auto* d = static_cast<antlr4::tree::TerminalNode*>(child);
      if (d->getSymbol()->getType() != P::DATE) continue;
      (from_form ? out.from_dates : out.until_dates).push_back(d->getSymbol()->getText());
      (from_form ? out.from_locs : out.until_locs).push_back(loc(d));
    }
  }

  // `{ 0: 0.15, 12_000: 0.25 }`: one Scale expression, its arguments threshold, rate, threshold, rate...
  ExprPtr scale_value(P::ScaleValueContext* v) {
    auto e = make(ExprKind::Scale, v);
    for_rules<P::ScaleBracketContext>(v, P::RuleScaleBracket, [&](P::ScaleBracketContext* b) { scale_bracket(*e, b); });
    return e;
  }
  void scale_bracket(Expr& scale, P::ScaleBracketContext* b) {
    scale.args.push_back(expr(expr_child(b, 0)));
    scale.args.push_back(expr(expr_child(b, 1)));
  }

  CycleDecl cycle_decl(P::CycleDeclContext* c) {
    CycleDecl out;
    auto* n = name_child(c);
    out.name = name(n);
    out.loc = loc(n);
    out.type = type(type_child(c));
    out.citation = citation_of(c);
    out.annotations = annotations(c);
    for_rules<P::ExprContext>(c, P::RuleExpr, [&](P::ExprContext* e) { out.values.push_back(expr(e)); });
    return out;
  }

  RuleDecl rule_decl(P::RuleDeclContext* r) {
    RuleDecl out;
    P::NameContext* ns[3];
    names(r, ns);
    out.output = token(r, P::OUTPUT) != nullptr;
    out.obligation = r->kind && r->kind->getText() == "obligation";
    take(ns[0], out.name, out.loc);
    for_rules<P::RuleParamContext>(r, P::RuleRuleParam, [&](P::RuleParamContext* rp) {
      RuleParamDecl param;
      take(name_child(rp), param.name, param.loc);
      param.type = type(type_child(rp));
      add_rule_param(out, std::move(param));
    });
    if (auto* t = type_child(r)) out.type = type(t);
    out.title = unquote(token(r, P::STRING));
    out.citation = citation_of(r);
    out.annotations = annotations(r);
    if (auto* act = rule_child<P::ActClauseContext>(r, P::RuleActClause)) {
      out.duty = act->kind && act->kind->getText() == "forbids" ? Duty::Forbids : Duty::Requires;
      if (auto* n = name_child(act)) take(n, out.act, out.act_loc);
    }
    if (auto* due = rule_child<P::DueClauseContext>(r, P::RuleDueClause)) {
      out.due_loc = loc(due);
      out.until = due->kind && due->kind->getText() == "until";
      if (auto* e = expr_child(due)) out.due = expr(e);
    }
    if (auto* body = rule_child<P::RuleBodyContext>(r, P::RuleRuleBody)) {
      if (auto* t = rule_child<P::TableExprContext>(body, P::RuleTableExpr)) out.table = table(t);
      else out.body = expr(expr_child(body));
    }
    for_rules<P::ExceptionClauseContext>(r, P::RuleExceptionClause, [&](P::ExceptionClauseContext* x) {
      ExceptionDecl ed;
      auto* n = name_child(x);
      ed.label = name(n);
      ed.loc = loc(n);
      take(name_child(x, 1), ed.parent, ed.parent_loc);
      ed.citation = citation_of(x);
      ed.annotations = annotations(x);
      auto [condition, value] = two_exprs(x);
      if (condition) ed.condition = expr(condition);
      if (value) ed.value = expr(value);
      out.exceptions.push_back(std::move(ed));
    });
    return out;
  }

  std::unique_ptr<TableDecl> table(P::TableExprContext* t) {
    auto out = std::make_unique<TableDecl>();
    out->loc = loc(t);
    auto* hit = rule_child<P::HitPolicyContext>(t, P::RuleHitPolicy);
    hit_policy(hit, *out);
    for_rules<P::ExprContext>(t, P::RuleExpr, [&](P::ExprContext* e) { out->inputs.push_back(expr(e)); });
    for_rules<P::TableRowContext>(t, P::RuleTableRow, [&](P::TableRowContext* row) {
      if (auto r = table_row(row)) out->rows.push_back(std::move(*r));
    });
    return out;
  }

  // The policy as its words spell it ("collectsum", "ruleorder"); a policy the parser could
  // not read whole (`collect` alone) stays 'unique', as the reference builder has it.
  void hit_policy(P::HitPolicyContext* hit, TableDecl& out) {
    if (!hit) return;
    const std::string hp = text(hit);
    if (hp == "first") out.policy = HitPolicy::First;
    else if (hp == "priority") out.policy = HitPolicy::Priority;
    else if (hp == "any") out.policy = HitPolicy::Any;
    else if (hp == "ruleorder") out.policy = HitPolicy::RuleOrder;
    else if (hp == "outputorder") out.policy = HitPolicy::OutputOrder;
    else if (hp.rfind("collect", 0) == 0) {
      const std::string agg = hp.substr(7);
      if (agg != "sum" && agg != "min" && agg != "max" && agg != "count") return;
      out.policy = HitPolicy::Collect;
      out.collect = agg == "min" ? AggKind::Min : agg == "max" ? AggKind::Max : agg == "count" ? AggKind::Count : AggKind::Sum;
    }
  }

  std::unique_ptr<TableRow> table_row(P::TableRowContext* row) {
    auto r = std::make_unique<TableRow>();
    r->loc = loc(row);
    K k = kind(row);
    if (k == K::ConditionRow) {
      r->label = name(name_child(row));
      for_rules<P::CellContext>(row, P::RuleCell, [&](P::CellContext* c) { r->cells.push_back(cell(c)); });
      r->outcome = expr(expr_child(row));
      r->citation = citation_of(row);
    } else if (k == K::OtherwiseRow) {
      r->otherwise = true;
      r->label = "otherwise";
      r->outcome = expr(expr_child(row));
      r->citation = citation_of(row);
    } else {
      return nullptr;
    }
    return r;
  }

  Cell cell(P::CellContext* c) {
    Cell out;
    out.loc = loc(c);
    K k = kind(c);
    std::vector<Cell> alternatives;
    if (k == K::CompareCell || k == K::ValueCell || k == K::IntervalCell) {
      cell_test(c, alternatives);
    } else if (k == K::OrCell) {
      for_rules<P::CellTestContext>(c, P::RuleCellTest, [&](P::CellTestContext* t) { cell_test(t, alternatives); });
    } else {
      return out;  // '_', or a cell the parser could not read
    }
    if (alternatives.size() == 1) return std::move(alternatives[0]);
    out.kind = Cell::Kind::Or;
    out.alternatives = std::move(alternatives);
    return out;
  }

  // The alternatives of one test of a cell (a CellContext or a CellTestContext): a comparison,
  // an interval or a value, where a value's top-level 'or' separates alternatives, so
  // `< 18 or 60` is `< 18` or `60` (the grammar reads `18 or 60` as one expression).
  void cell_test(antlr4::ParserRuleContext* c, std::vector<Cell>& out) {
    if (auto* iv = token(c, P::INTERVAL)) {
      out.push_back(interval(iv));
      return;
    }
    auto* compare = rule_child<P::CompareOpContext>(c, P::RuleCompareOp);
    std::vector<P::ExprContext*> values;
    or_operands(expr_child(c), values);
    for (size_t i = 0; i < values.size(); ++i) {
      Cell t;
      t.loc = i == 0 ? loc(c) : loc(values[i]);
      t.kind = i == 0 && compare ? Cell::Kind::Compare : Cell::Kind::Value;
      if (i == 0 && compare) t.op = compare_op(compare);
      t.value = expr(values[i]);
      out.push_back(std::move(t));
    }
  }

  void or_operands(P::ExprContext* e, std::vector<P::ExprContext*>& out) {
    if (e && kind(e) == K::OrExpr && token(e, P::OR)) {
      auto [l, r] = two_exprs(e);
      if (l && r) {
        or_operands(l, out);
        or_operands(r, out);
        return;
      }
    }
    out.push_back(e);
  }

  // An INTERVAL token, `[15..30)`: its bounds are read here, from the token's text.
  Cell interval(antlr4::tree::TerminalNode* n) {
    Cell out;
    out.kind = Cell::Kind::Interval;
    out.loc = loc(n);
    const std::string raw = n->getSymbol()->getText();
    const uint32_t base = static_cast<uint32_t>(n->getSymbol()->getStartIndex());
    out.low_closed = raw.front() == '[';
    out.high_closed = raw.back() == ']';
    const size_t dots = raw.find("..");
    auto bound = [&](size_t from, size_t to) {
      while (from < to && (raw[from] == ' ' || raw[from] == '\t')) ++from;
      while (to > from && (raw[to - 1] == ' ' || raw[to - 1] == '\t')) --to;
      auto make_at = [&](ExprKind k, size_t at, size_t len) {
        auto e = std::make_unique<Expr>();
        e->kind = k;
        e->loc = {file_, base + static_cast<uint32_t>(at)};
        e->length = static_cast<uint32_t>(std::max<size_t>(len, 1));
        return e;
      };
      size_t start = from;
      bool negated = from < to && raw[from] == '-';
      if (negated) {
        ++from;
        while (from < to && (raw[from] == ' ' || raw[from] == '\t')) ++from;
      }
      std::string t = raw.substr(from, to - from);
      ExprPtr e;
      if (!t.empty() && std::isalpha(static_cast<unsigned char>(t[0]))) {
        e = make_at(ExprKind::Name, from, t.size());
        e->name = t;
      } else {
        ExprKind k = t.size() == 10 && t[4] == '-' ? ExprKind::DateLit
                     : t.find('.') != std::string::npos ? ExprKind::DecimalLit : ExprKind::IntLit;
        e = make_at(k, from, t.size());
        if (k != ExprKind::DateLit) t.erase(std::remove(t.begin(), t.end(), '_'), t.end());
        e->text = t;
      }
      if (!negated) return e;
      auto neg = make_at(ExprKind::Unary, start, to - start);
      neg->unary = UnaryOp::Neg;
      neg->args.push_back(std::move(e));
      return neg;
    };
    out.value = bound(1, dots);
    out.high = bound(dots + 2, raw.size() - 1);
    return out;
  }

  TestDecl test_decl(P::TestDeclContext* t) {
    TestDecl out;
    auto* n = name_child(t);
    out.name = name(n);
    out.loc = loc(n);
    out.title = unquote(token(t, P::STRING));
    out.citation = citation_of(t);
    for_rules<P::TestItemContext>(t, P::RuleTestItem, [&](P::TestItemContext* item) {
      switch (kind(item)) {
        case K::GivenItem: {
          GivenEntity ge;
          P::NameContext* ns[2];
          size_t count = names(item, ns);
          ge.entity = count > 0 ? name(ns[0]) : "";
          ge.key = count > 1 ? name(ns[1]) : "";
          ge.loc = loc(item);
          if (count > 0) ge.entity_loc = loc(ns[0]);
          if (count > 1) ge.key_loc = loc(ns[1]);
          for_rules<P::FieldValueContext>(item, P::RuleFieldValue, [&](P::FieldValueContext* fv) {
            ge.values.push_back({name(name_child(fv)), loc(fv), expr(expr_child(fv))});
          });
          out.given.push_back(std::move(ge));
          break;
        }
        case K::ExpectItem: {
          P::NameContext* ns[2];
          size_t count = names(item, ns);
          Expectation ex;
          ex.rule = count > 0 ? name(ns[0]) : "";
          ex.key = count > 1 ? name(ns[1]) : "";
          ex.loc = loc(item);
          if (count > 0) ex.rule_loc = loc(ns[0]);
          if (count > 1) ex.key_loc = loc(ns[1]);
          // `expect r(k) == 0.3333 within 0.0001;`: the expression parses as a set's 'within',
          // which an expected value never needs unparenthesized, so at the top it is read as a
          // tolerance (`== (a within b)` still compares with a bool).
          if (P::ExprContext* value = expr_child(item); value && kind(value) == K::WithinExpr) {
            auto [l, r] = two_exprs(value);
            ex.value = expr(l);
            ex.tolerance = expr(r);
          } else {
            ex.value = expr(value);
          }
          out.expectations.push_back(std::move(ex));
          break;
        }
        case K::GivenDataItem: {
          TestDecl::GivenData gd;
          auto* entity = name_child(item);
          gd.entity = entity ? name(entity) : "";
          gd.loc = loc(item);
          if (entity) gd.entity_loc = loc(entity);
          if (auto* path = token(item, P::STRING)) {
            gd.path = unquote(path);
            gd.path_loc = loc(path);
          }
          out.given_data.push_back(std::move(gd));
          break;
        }
        case K::ExpectErrorItem: out.expected_errors.push_back(unquote(token(item, P::STRING))); break;
        case K::AmendItem:
          out.amendments.push_back(unquote(token(item, P::STRING)));
          out.amendment_locs.push_back(loc(item));
          break;
        case K::AsOfItem:
          if (auto* date = token(item, P::DATE)) {
            out.as_of = date->getSymbol()->getText();
            out.as_of_loc = loc(date);
          }
          break;
        case K::ParamItem:
          out.params.emplace_back(name(name_child(item)), expr(expr_child(item)));
          out.param_locs.push_back(loc(name_child(item)));
          break;
        default: break;
      }
    });
    return out;
  }

  Amendment amendment(P::AmendmentContext* a) {
    Amendment out;
    out.loc = loc(a);
    auto set_from_amendable = [&](P::AmendableContext* am) {
      if (!am) return;
      antlr4::ParserRuleContext* first[P::RuleName + 1] = {};
      for (antlr4::tree::ParseTree* child : am->children) {
        size_t rule = kRuleOf[static_cast<size_t>(kind(child))];
        if (rule != kNoRule && !first[rule]) first[rule] = static_cast<antlr4::ParserRuleContext*>(child);
      }
      if (auto* r = first[P::RuleRuleDecl]) {
        out.target = Amendment::Target::Rule;
        out.rule = std::make_unique<RuleDecl>(rule_decl(static_cast<P::RuleDeclContext*>(r)));
        out.name = out.rule->name;
        out.name_loc = out.rule->loc;
      } else if (auto* p = first[P::RuleParamDecl]) {
        out.target = Amendment::Target::Param;
        out.param = std::make_unique<ParamDecl>(param_decl(static_cast<P::ParamDeclContext*>(p)));
        out.name = out.param->name;
        out.name_loc = out.param->loc;
      } else if (auto* c = first[P::RuleCycleDecl]) {
        out.target = Amendment::Target::Cycle;
        out.cycle = std::make_unique<CycleDecl>(cycle_decl(static_cast<P::CycleDeclContext*>(c)));
        out.name = out.cycle->name;
        out.name_loc = out.cycle->loc;
      } else if (auto* e = first[P::RuleEnumDecl]) {
        out.target = Amendment::Target::Enum;
        out.enumeration = std::make_unique<EnumDecl>(enum_decl(static_cast<P::EnumDeclContext*>(e)));
        out.name = out.enumeration->name;
        out.name_loc = out.enumeration->loc;
      } else if (auto* en = first[P::RuleEntityDecl]) {
        out.target = Amendment::Target::Entity;
        out.entity = std::make_unique<EntityDecl>(entity_decl(static_cast<P::EntityDeclContext*>(en)));
        out.name = out.entity->name;
        out.name_loc = out.entity->loc;
      } else {
        P::NameContext* ns[3];
        names(am, ns);
        take(ns[0], out.name, out.name_loc);
        take(ns[1], out.label, out.label_loc);
        out.citation = citation_of(am);
        out.annotations = annotations(am);
        auto es = rules<P::ExprContext>(am, P::RuleExpr);
        if (has_token(am, "field")) {
          out.target = Amendment::Target::Field;
          auto fd = std::make_unique<FieldDecl>();
          fd->name = out.label;
          fd->loc = out.label_loc;
          field_type_and_checks(*fd, am);
          out.field = std::move(fd);
        } else if (has_token(am, "exception")) {
          out.target = Amendment::Target::Exception;
          auto ex = std::make_unique<ExceptionDecl>();
          ex->label = out.label;
          ex->loc = out.label_loc;
          take(ns[2], ex->parent, ex->parent_loc);  // `insert exception r.b to a`
          ex->citation = out.citation;
          ex->annotations = out.annotations;
          if (es.size() > 0) ex->condition = expr(es[0]);
          if (es.size() > 1) ex->value = expr(es[1]);
          out.exception = std::move(ex);
        } else {
          out.target = Amendment::Target::Row;
          if (am->position) {
            out.position = am->position->getText();
            take(ns[2], out.anchor, out.anchor_loc);
          }
          auto row = std::make_unique<TableRow>();
          row->label = out.label;
          row->loc = out.label_loc;
          for_rules<P::CellContext>(am, P::RuleCell, [&](P::CellContext* x) { row->cells.push_back(cell(x)); });
          if (!es.empty()) row->outcome = expr(es.back());
          row->citation = out.citation;
          out.row = std::move(row);
        }
      }
    };
    switch (kind(a)) {
      case K::ReplaceAmendment:
        out.op = Amendment::Op::Replace;
        set_from_amendable(rule_child<P::AmendableContext>(a, P::RuleAmendable));
        break;
      case K::InsertAmendment:
        out.op = Amendment::Op::Insert;
        set_from_amendable(rule_child<P::AmendableContext>(a, P::RuleAmendable));
        break;
      case K::RepealDecl: {
        auto* rd = static_cast<P::RepealDeclContext*>(a);
        out.op = Amendment::Op::Repeal;
        std::string t = rd->target ? rd->target->getText() : "rule";
        out.target = t == "param"    ? Amendment::Target::Param
                     : t == "cycle"  ? Amendment::Target::Cycle
                     : t == "entity" ? Amendment::Target::Entity
                                     : Amendment::Target::Rule;
        auto* n = name_child(a);
        out.name = name(n);
        out.name_loc = loc(n);
        out.citation = citation_of(a);
        break;
      }
      case K::RepealException:
      case K::RepealRow:
      case K::RepealField: {
        out.op = Amendment::Op::Repeal;
        out.target = kind(a) == K::RepealException ? Amendment::Target::Exception
                     : kind(a) == K::RepealRow     ? Amendment::Target::Row
                                                   : Amendment::Target::Field;
        P::NameContext* ns[2];
        names(a, ns);
        take(ns[0], out.name, out.name_loc);
        take(ns[1], out.label, out.label_loc);
        out.citation = citation_of(a);
        break;
      }
      case K::SubstituteParam: {
        out.op = Amendment::Op::Substitute;
        out.target = Amendment::Target::Param;
        auto* n = name_child(a);
        out.name = name(n);
        out.name_loc = loc(n);
        out.citation = citation_of(a);
        out.annotations = annotations(a);
        auto p = std::make_unique<ParamDecl>();
        p->name = out.name;
        p->loc = out.name_loc;
        p->citation = out.citation;
        p->annotations = out.annotations;
        // `bracket N = threshold: rate`: one bracket of a scale (amend checks the number).
        auto* number = token(a, P::INT);
        auto* b = rule_child<P::ScaleBracketContext>(a, P::RuleScaleBracket);
        auto* v = rule_child<P::ParamValuesContext>(a, P::RuleParamValues);
        if (number) {
          out.bracket_loc = loc(number);
          std::string digits = number->getSymbol()->getText();
          digits.erase(std::remove(digits.begin(), digits.end(), '_'), digits.end());
          out.bracket = digits.size() > 9 ? INT32_MAX : std::stoll(digits);
          if (auto* from = token(a, P::DATE)) {
            out.bracket_from = from->getSymbol()->getText();
            out.bracket_from_loc = loc(from);
          }
          if (!b && v)
            diags_.report(support::Diag::SyntaxError, loc(v),
                          fmt::format("bracket {} of scale '{}' is replaced by a threshold and its rate, such as '50_000: 0.45'",
                                      out.bracket, out.name),
                          length(v));
        } else if (b) {
          diags_.report(support::Diag::SyntaxError, loc(b),
                        fmt::format("'threshold: rate' is one bracket of a scale; say which: 'substitute param {} bracket N = ...'",
                                    out.name),
                        length(b));
        }
        if (number || b) {
          auto scale = make(ExprKind::Scale, b ? static_cast<antlr4::ParserRuleContext*>(b) : a);
          if (b) scale_bracket(*scale, b);
          p->values.push_back(std::move(scale));
        } else {
          param_values(*p, v);
        }
        out.param = std::move(p);
        break;
      }
      default: break;
    }
    return out;
  }

  // --- expressions -------------------------------------------------------------------------
  ExprPtr make(ExprKind k, antlr4::ParserRuleContext* ctx) {
    auto e = std::make_unique<Expr>();
    e->kind = k;
    e->loc = loc(ctx);
    e->length = length(ctx);
    return e;
  }

  ExprPtr binary(BinaryOp op, antlr4::ParserRuleContext* ctx) {
    auto [l, r] = two_exprs(ctx);
    auto e = make(ExprKind::Binary, ctx);
    e->binary = op;
    e->args.push_back(expr(l));
    e->args.push_back(expr(r));
    return e;
  }

  ExprPtr expr(P::ExprContext* c) {
    if (!c) {
      auto e = std::make_unique<Expr>();
      e->kind = ExprKind::Error;
      return e;
    }
    if (!too_deep_) return expr_node(c);
    // Counted as depth_within_limit counts (one per expr node from the root): in a tree without
    // syntax errors the builder visits every expr node, so this stands in for that walk.
    if (*too_deep_ || expr_depth_ >= kMaxExpressionDepth) {
      *too_deep_ = true;
      return make(ExprKind::Error, c);
    }
    ++expr_depth_;
    ExprPtr e = expr_node(c);
    --expr_depth_;
    return e;
  }

  ExprPtr expr_node(P::ExprContext* c) {
    switch (kind(c)) {
      case K::PrimaryExpr: return primary(rule_child<P::PrimaryContext>(c, P::RulePrimary));
      case K::FieldExpr: {
        auto e = make(ExprKind::Field, c);
        e->args.push_back(expr(expr_child(c)));
        auto* n = name_child(c);
        e->name = name(n);
        e->name_loc = loc(n);
        return e;
      }
      case K::NegExpr: {
        auto e = make(ExprKind::Unary, c);
        e->unary = UnaryOp::Neg;
        e->args.push_back(expr(expr_child(c)));
        return e;
      }
      case K::NotExpr: {
        if (!token(c, P::NOT)) diags_.report(support::Diag::SyntaxError, loc(c), "use 'not' for negation, not '!'", 1);
        auto e = make(ExprKind::Unary, c);
        e->unary = UnaryOp::Not;
        e->args.push_back(expr(expr_child(c)));
        return e;
      }
      case K::MulExpr: {
        auto* x = static_cast<P::MulExprContext*>(c);
        std::string op = x->op ? x->op->getText() : "*";
        return binary(op == "*" ? BinaryOp::Mul : op == "/" ? BinaryOp::Div : BinaryOp::Mod, c);
      }
      case K::AddExpr: {
        auto* x = static_cast<P::AddExprContext*>(c);
        std::string op = x->op ? x->op->getText() : "+";
        return binary(op == "+" ? BinaryOp::Add : BinaryOp::Sub, c);
      }
      case K::CoalesceExpr: return binary(BinaryOp::Coalesce, c);
      case K::CompareExpr: {
        static constexpr BinaryOp map[] = {BinaryOp::Eq, BinaryOp::Ne, BinaryOp::Lt,
                                           BinaryOp::Le, BinaryOp::Gt, BinaryOp::Ge};
        return binary(map[static_cast<int>(compare_op(compare_op_child(c)))], c);
      }
      case K::AssignMistake: {
        size_t pos = token_position(c, "=");
        Location at = c->start ? loc(c) : Location{};
        if (pos != SIZE_MAX) at = loc(static_cast<antlr4::tree::TerminalNode*>(c->children[pos]));
        diags_.report(support::Diag::SyntaxError, at, "'=' defines; use '==' to compare values", 1);
        return binary(BinaryOp::Eq, c);
      }
      case K::InExpr: return binary(token(c, P::NOT) ? BinaryOp::NotIn : BinaryOp::In, c);
      case K::WithinExpr: return binary(BinaryOp::Within, c);
      case K::OverlapsExpr: return binary(BinaryOp::Overlaps, c);
      case K::AtExpr: return binary(BinaryOp::At, c);
      case K::IsNoneExpr: {
        auto e = make(ExprKind::IsNone, c);
        e->negated = token(c, P::NOT) != nullptr;
        e->args.push_back(expr(expr_child(c)));
        return e;
      }
      case K::IsSomeExpr: {
        auto e = make(ExprKind::IsSome, c);
        e->args.push_back(expr(expr_child(c)));
        if (auto* n = name_child(c)) {
          e->name = name(n);
          e->name_loc = loc(n);
        }
        return e;
      }
      case K::AndExpr:
        if (!token(c, P::AND)) diags_.report(support::Diag::SyntaxError, loc(c), "use 'and', not '&&'", length(c));
        return binary(BinaryOp::And, c);
      case K::OrExpr:
        if (!token(c, P::OR)) diags_.report(support::Diag::SyntaxError, loc(c), "use 'or', not '||'", length(c));
        return binary(BinaryOp::Or, c);
      default: return make(ExprKind::Error, c);
    }
  }

  ExprPtr primary(P::PrimaryContext* c) {
    if (!c) return std::make_unique<Expr>();
    auto literal = [&](ExprKind k, std::string t) {
      auto e = make(k, c);
      e->text = std::move(t);
      return e;
    };
    auto strip = [](std::string s) {
      s.erase(std::remove(s.begin(), s.end(), '_'), s.end());
      return s;
    };
    switch (kind(c)) {
      case K::IntLiteral: return literal(ExprKind::IntLit, strip(text(c)));
      case K::DecimalLiteral: return literal(ExprKind::DecimalLit, strip(text(c)));
      case K::StringLiteral: return literal(ExprKind::TextLit, unquote(token(c, P::STRING)));
      case K::DateLiteral: return literal(ExprKind::DateLit, text(c));
      case K::BoolLiteral: return literal(ExprKind::BoolLit, text(c));
      case K::NoneLiteral: return make(ExprKind::NoneLit, c);
      case K::AggregateExpr: {
        auto* a = static_cast<P::AggregateExprContext*>(c);
        auto e = make(ExprKind::Aggregate, c);
        std::string k = a->agg ? a->agg->getText() : "count";
        e->agg = k == "sum" ? AggKind::Sum : k == "min" ? AggKind::Min : k == "max" ? AggKind::Max
               : k == "any" ? AggKind::Any : k == "all" ? AggKind::All : k == "latest" ? AggKind::Latest
               : k == "earliest" ? AggKind::Earliest : AggKind::Count;
        P::NameContext* ns[2];
        names(c, ns);
        take(ns[0], e->name, e->name_loc);
        take(ns[1], e->entity, e->entity_loc);
        size_t for_pos = token_position(c, "for");
        size_t where_pos = token_position(c, "where");
        size_t by_pos = token_position(c, "by");
        ExprPtr value, filter, order;
        for (size_t pos = 0; pos < c->children.size(); ++pos) {
          if (kRuleOf[static_cast<size_t>(kind(c->children[pos]))] != P::RuleExpr) continue;
          auto* x = static_cast<P::ExprContext*>(c->children[pos]);
          if (for_pos != SIZE_MAX && pos < for_pos) value = expr(x);
          else if (by_pos != SIZE_MAX && pos > by_pos) order = expr(x);
          else if (where_pos != SIZE_MAX && pos > where_pos) filter = expr(x);
        }
        e->args.push_back(std::move(value));
        e->args.push_back(std::move(filter));
        // `by ORDER` (latest, earliest): a third operand, only when written.
        if (by_pos != SIZE_MAX) e->args.push_back(order ? std::move(order) : std::make_unique<Expr>());
        return e;
      }
      case K::CallExpr: {
        auto e = make(ExprKind::Call, c);
        auto* n = name_child(c);
        e->name = name(n);
        e->name_loc = loc(n);
        for_rules<P::ExprContext>(c, P::RuleExpr, [&](P::ExprContext* x) { e->args.push_back(expr(x)); });
        return e;
      }
      case K::MinMaxExpr: {
        auto* mm = static_cast<P::MinMaxExprContext*>(c);
        auto e = make(ExprKind::Call, c);
        e->name = mm->fn ? mm->fn->getText() : "min";
        e->name_loc = loc(c);
        for_rules<P::ExprContext>(c, P::RuleExpr, [&](P::ExprContext* x) { e->args.push_back(expr(x)); });
        return e;
      }
      case K::NameExpr: {
        auto e = make(ExprKind::Name, c);
        e->name = name(name_child(c));
        e->name_loc = e->loc;
        return e;
      }
      case K::SetLiteral: {
        auto e = make(ExprKind::SetLit, c);
        for_rules<P::ExprContext>(c, P::RuleExpr, [&](P::ExprContext* x) { e->args.push_back(expr(x)); });
        return e;
      }
      case K::ParenExpr: return expr(expr_child(c));
      case K::IfExpr: {
        auto e = make(ExprKind::If, c);
        for_rules<P::ExprContext>(c, P::RuleExpr, [&](P::ExprContext* x) { e->args.push_back(expr(x)); });
        while (e->args.size() < 3) e->args.push_back(std::make_unique<Expr>());
        return e;
      }
      case K::MatchExpr: {
        auto e = make(ExprKind::Match, c);
        e->args.push_back(expr(expr_child(c)));
        for_rules<P::MatchArmContext>(c, P::RuleMatchArm, [&](P::MatchArmContext* arm) {
          MatchArm ma;
          ma.loc = loc(arm);
          bool wildcard = false;
          for_rules<P::PatternContext>(arm, P::RulePattern, [&](P::PatternContext* p) {
            K pk = kind(p);
            if (pk == K::MemberPattern) {
              P::NameContext* ns[2];
              size_t count = names(p, ns);
              if (count == 2) {
                ma.qualifiers.push_back(name(ns[0]));
                ma.members.push_back(name(ns[1]));
                ma.member_locs.push_back(loc(ns[1]));
              } else if (count == 1) {
                ma.qualifiers.emplace_back();
                ma.members.push_back(name(ns[0]));
                ma.member_locs.push_back(loc(ns[0]));
              }
            } else if (pk == K::AnyPattern) {
              wildcard = true;
            }
          });
          if (wildcard) {
            ma.members.clear();
            ma.qualifiers.clear();
            ma.member_locs.clear();
          }
          ma.value = expr(expr_child(arm));
          e->arms.push_back(std::move(ma));
        });
        return e;
      }
      default: return make(ExprKind::Error, c);
    }
  }
};

}  // namespace

std::unique_ptr<Module> build_module(P::FileContext* file, uint32_t file_id, support::DiagnosticEngine& diags,
                                     bool* too_deep) {
  if (too_deep) *too_deep = false;
  return Builder(file_id, diags, too_deep).module(file);
}

void append_module(Module& module, Module&& piece) {
  size_t base_e = module.enums.size(), base_n = module.entities.size(), base_p = module.params.size(),
         base_c = module.cycles.size(), base_r = module.rules.size(), base_t = module.tests.size(),
         base_a = module.amendments.size();
  auto move_all = [](auto& into, auto& from) {
    into.reserve(into.size() + from.size());
    std::move(from.begin(), from.end(), std::back_inserter(into));
  };
  move_all(module.enums, piece.enums);
  move_all(module.entities, piece.entities);
  move_all(module.params, piece.params);
  move_all(module.cycles, piece.cycles);
  move_all(module.rules, piece.rules);
  move_all(module.tests, piece.tests);
  move_all(module.amendments, piece.amendments);
  module.order.reserve(module.order.size() + piece.order.size());
  for (auto [kind, index] : piece.order) {
    switch (kind) {
      case 'e': index += base_e; break;
      case 'n': index += base_n; break;
      case 'p': index += base_p; break;
      case 'c': index += base_c; break;
      case 'r': index += base_r; break;
      case 't': index += base_t; break;
      case 'a': index += base_a; break;
      default: break;
    }
    module.order.push_back({kind, index});
  }
  move_all(module.order_end, piece.order_end);
}

}  // namespace redline::syntax
