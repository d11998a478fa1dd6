// The reference AST builder: the first, straightforward version of build_ast.cpp, kept only as
// the oracle the unit tests compare the fast builder (and the parallel parse) against. It walks
// the tree through ANTLR's generated accessors (ctx->expr(0), ctx->name()...), each of which
// dynamic_casts every child, which is why the compiler itself no longer uses it. Not part of the
// compiler: enable_reference_path() makes it what syntax::parse(..., ParsePath::Reference) builds with.
#include "reference_path.h"
#include "syntax/build_ast.h"

#include <typeinfo>

#include <fmt/format.h>

namespace redline::syntax {

using P = redline_generated::RedlineParser;
using namespace redline::ast;

namespace {

// Labelled alternatives are leaf classes, so an exact type test does what dynamic_cast does
// at a fraction of its cost (the builder tests every node against many alternatives).
template <typename T, typename U>
T* as(U* node) {
  return node && typeid(*node) == typeid(T) ? static_cast<T*>(node) : nullptr;
}

class Builder {
 public:
  Builder(uint32_t file, support::DiagnosticEngine& diags) : file_(file), diags_(diags) {}

  std::unique_ptr<Module> module(P::FileContext* ctx) {
    auto m = std::make_unique<Module>();
    m->file = file_;
    m->loc = {file_, 0};
    if (!ctx) return m;
    if (auto* h = ctx->header()) {
      header(*m, h);
      m->header_end = end_of(h);
    }
    for (auto* d : ctx->declaration()) {
      size_t before = m->order.size();
      declaration(*m, d);
      if (m->order.size() > before) m->order_end.push_back(end_of(d));
    }
    return m;
  }

 private:
  uint32_t file_;
  support::DiagnosticEngine& diags_;

  // --- locations -------------------------------------------------------------------------
  Location loc(antlr4::Token* t) const {
    if (!t) return {};
    return {file_, static_cast<uint32_t>(t->getStartIndex())};
  }
  Location loc(antlr4::tree::TerminalNode* n) const { return n ? loc(n->getSymbol()) : Location{}; }
  Location loc(antlr4::ParserRuleContext* c) const { return c ? loc(c->getStart()) : Location{}; }
  static uint32_t length(antlr4::ParserRuleContext* c) {
    if (!c || !c->getStart() || !c->getStop()) return 1;
    auto start = c->getStart()->getStartIndex();
    auto stop = c->getStop()->getStopIndex();
    if (stop == INVALID_INDEX || stop < start) return 1;
    return static_cast<uint32_t>(stop - start + 1);
  }

  static uint32_t end_of(antlr4::ParserRuleContext* c) {
    if (!c || !c->getStop() || c->getStop()->getStopIndex() == INVALID_INDEX) return 0;
    return static_cast<uint32_t>(c->getStop()->getStopIndex() + 1);
  }

  static std::string name(P::NameContext* n) { return n ? n->getText() : std::string(); }

  static bool has_token(antlr4::ParserRuleContext* c, std::string_view text) {
    for (auto* child : c->children)
      if (auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(child); t && t->getText() == text) return true;
    return false;
  }

  // Index of the first terminal `text` among the children, to tell apart expressions that
  // stand before and after it.
  static size_t token_position(antlr4::ParserRuleContext* c, std::string_view text) {
    for (size_t i = 0; i < c->children.size(); ++i)
      if (auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(c->children[i]); t && t->getText() == text) return i;
    return SIZE_MAX;
  }
  static size_t child_position(antlr4::ParserRuleContext* c, antlr4::tree::ParseTree* child) {
    for (size_t i = 0; i < c->children.size(); ++i)
      if (c->children[i] == child) return i;
    return SIZE_MAX;
  }

  std::string unquote(antlr4::tree::TerminalNode* n) {
    if (!n) return {};
    std::string raw = n->getText();
    if (raw.size() < 2) return {};
    std::string out;
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
    std::string raw = n->getText();
    c.text = raw.substr(1, raw.size() - 2);
    std::string current;
    auto flush = [&] {
      size_t b = current.find_first_not_of(" \t");
      size_t e = current.find_last_not_of(" \t");
      if (b != std::string::npos) c.clauses.push_back(current.substr(b, e - b + 1));
      current.clear();
    };
    int depth = 0;  // a comma inside inner brackets belongs to its clause
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

  std::vector<Annotation> annotations(const std::vector<P::AnnotationContext*>& list) {
    std::vector<Annotation> out;
    for (auto* a : list) {
      if (!a || !a->kind) continue;
      Annotation::Kind k = a->kind->getText() == "note" ? Annotation::Kind::Note : Annotation::Kind::Assumption;
      out.push_back({k, unquote(a->STRING()), loc(a)});
    }
    return out;
  }

  TypeRef type(P::TypeContext* t) {
    TypeRef r;
    if (!t) return r;
    r.loc = loc(t);
    if (auto* s = as<P::SetTypeContext>(t)) {
      r.set = true;
      r.name = name(s->name());
      r.optional = s->QUESTION() != nullptr;
    } else if (auto* n = as<P::NamedTypeContext>(t)) {
      r.name = name(n->name());
      r.optional = n->QUESTION() != nullptr;
    } else if (auto* sc = as<P::ScaleTypeContext>(t)) {
      r.scale = true;
      r.name = name(sc->name());
      r.optional = sc->QUESTION() != nullptr;
    }
    return r;
  }

  static CompareOp compare_op(P::CompareOpContext* c) {
    std::string t = c ? c->getText() : "==";
    if (t == "!=") return CompareOp::Ne;
    if (t == "<") return CompareOp::Lt;
    if (t == "<=") return CompareOp::Le;
    if (t == ">") return CompareOp::Gt;
    if (t == ">=") return CompareOp::Ge;
    return CompareOp::Eq;
  }

  // --- header and declarations -------------------------------------------------------------
  void header(Module& m, P::HeaderContext* h) {
    m.has_header = true;
    if (auto* p = as<P::PolicyHeaderContext>(h)) {
      m.kind = Module::Kind::Policy;
      m.name = name(p->name());
      m.loc = loc(p);
      m.title = unquote(p->STRING());
      m.citation = citation(p->CITATION());
    } else if (auto* mh = as<P::ModificationHeaderContext>(h)) {
      m.kind = Module::Kind::Modification;
      auto names = mh->name();
      m.name = names.size() > 0 ? name(names[0]) : "";
      m.loc = loc(mh);
      if (names.size() > 1) {
        m.amends = name(names[1]);
        m.amends_loc = loc(names[1]);
      }
      m.title = unquote(mh->STRING());
      m.citation = citation(mh->CITATION());
      m.annotations = annotations(mh->annotation());
      if (mh->DATE()) m.effective = mh->DATE()->getText();
      if (names.size() > 2) {
        m.effective_entity = name(names[2]);
        m.effective_by_loc = loc(names[2]);
      }
      if (names.size() > 3) m.effective_field = name(names[3]);
    } else if (auto* th = as<P::TestsHeaderContext>(h)) {
      m.kind = Module::Kind::Tests;
      m.loc = loc(th);
      m.tests_for = unquote(th->STRING());
    }
  }

  void declaration(Module& m, P::DeclarationContext* d) {
    if (!d) return;
    if (auto* e = d->enumDecl()) {
      m.order.push_back({'e', m.enums.size()});
      m.enums.push_back(enum_decl(e));
    } else if (auto* n = d->entityDecl()) {
      m.order.push_back({'n', m.entities.size()});
      m.entities.push_back(entity_decl(n));
    } else if (auto* p = d->paramDecl()) {
      m.order.push_back({'p', m.params.size()});
      m.params.push_back(param_decl(p));
    } else if (auto* c = d->cycleDecl()) {
      m.order.push_back({'c', m.cycles.size()});
      m.cycles.push_back(cycle_decl(c));
    } else if (auto* r = d->ruleDecl()) {
      m.order.push_back({'r', m.rules.size()});
      m.rules.push_back(rule_decl(r));
    } else if (auto* t = d->testDecl()) {
      m.order.push_back({'t', m.tests.size()});
      m.tests.push_back(test_decl(t));
    } else if (auto* a = d->amendment()) {
      m.order.push_back({'a', m.amendments.size()});
      m.amendments.push_back(amendment(a));
    }
  }

  EnumDecl enum_decl(P::EnumDeclContext* e) {
    EnumDecl out;
    out.name = name(e->name());
    out.loc = loc(e->name());
    out.citation = citation(e->CITATION());
    for (auto* mem : e->enumMember()) {
      if (!mem) continue;
      out.members.push_back({name(mem->name()), unquote(mem->STRING()), loc(mem)});
    }
    return out;
  }

  EntityDecl entity_decl(P::EntityDeclContext* e) {
    EntityDecl out;
    out.name = name(e->name());
    out.loc = loc(e->name());
    out.citation = citation(e->CITATION());
    out.annotations = annotations(e->annotation());
    for (auto* f : e->fieldDecl()) {
      if (!f) continue;
      FieldDecl fd;
      fd.name = name(f->name());
      fd.loc = loc(f->name());
      fd.key = f->KEY() != nullptr;
      fd.type = type(f->type());
      for (auto* c : f->fieldCheck()) {
        if (!c) continue;
        fd.checks.push_back({compare_op(c->compareOp()), expr(c->expr()), loc(c)});
      }
      out.fields.push_back(std::move(fd));
    }
    return out;
  }

  ParamDecl param_decl(P::ParamDeclContext* p) {
    ParamDecl out;
    out.name = name(p->name());
    out.loc = loc(p->name());
    out.type = type(p->type());
    out.citation = citation(p->CITATION());
    out.annotations = annotations(p->annotation());
    param_values(out, p->paramValues());
    return out;
  }

  void param_values(ParamDecl& out, P::ParamValuesContext* v) {
    if (!v) return;
    for (auto* child : v->children) {
      if (auto* e = dynamic_cast<P::ExprContext*>(child)) out.values.push_back(expr(e));
      else if (auto* sv = dynamic_cast<P::ScaleValueContext*>(child)) {
        auto scale = make(ExprKind::Scale, sv);
        for (auto* b : sv->scaleBracket()) {
          scale->args.push_back(expr(b->expr(0)));
          scale->args.push_back(expr(b->expr(1)));
        }
        out.values.push_back(std::move(scale));
      }
    }
    auto* first = v->children.empty() ? nullptr : dynamic_cast<antlr4::tree::TerminalNode*>(v->children.front());
    bool from_form = first && first->getText() == "{";
    for (auto* d : v->DATE()) {
      (from_form ? out.from_dates : out.until_dates).push_back(d->getText());
      (from_form ? out.from_locs : out.until_locs).push_back(loc(d));
    }
  }

  CycleDecl cycle_decl(P::CycleDeclContext* c) {
    CycleDecl out;
    out.name = name(c->name());
    out.loc = loc(c->name());
    out.type = type(c->type());
    out.citation = citation(c->CITATION());
    out.annotations = annotations(c->annotation());
    for (auto* e : c->expr()) out.values.push_back(expr(e));
    return out;
  }

  RuleDecl rule_decl(P::RuleDeclContext* r) {
    RuleDecl out;
    out.output = r->OUTPUT() != nullptr;
    out.obligation = r->kind && r->kind->getText() == "obligation";
    if (auto* n = r->name()) {
      out.name = name(n);
      out.loc = loc(n);
    }
    for (auto* rp : r->ruleParam()) {
      if (!rp) continue;
      RuleParamDecl param;
      if (rp->name()) {
        param.name = name(rp->name());
        param.loc = loc(rp->name());
      }
      param.type = type(rp->type());
      add_rule_param(out, std::move(param));
    }
    if (r->type()) out.type = type(r->type());
    out.title = unquote(r->STRING());
    out.citation = citation(r->CITATION());
    out.annotations = annotations(r->annotation());
    if (auto* act = r->actClause()) {
      out.duty = act->kind && act->kind->getText() == "forbids" ? Duty::Forbids : Duty::Requires;
      if (act->name()) {
        out.act = name(act->name());
        out.act_loc = loc(act->name());
      }
    }
    if (auto* due = r->dueClause()) {
      out.due_loc = loc(due);
      out.until = due->kind && due->kind->getText() == "until";
      if (due->expr()) out.due = expr(due->expr());
    }
    if (auto* body = r->ruleBody()) {
      if (auto* t = body->tableExpr()) out.table = table(t);
      else out.body = expr(body->expr());
    }
    for (auto* x : r->exceptionClause()) {
      if (!x) continue;
      ExceptionDecl ed;
      ed.label = name(x->name(0));
      ed.loc = loc(x->name(0));
      if (auto* parent = x->name(1)) {
        ed.parent = name(parent);
        ed.parent_loc = loc(parent);
      }
      ed.citation = citation(x->CITATION());
      ed.annotations = annotations(x->annotation());
      auto es = x->expr();
      if (es.size() > 0) ed.condition = expr(es[0]);
      if (es.size() > 1) ed.value = expr(es[1]);
      out.exceptions.push_back(std::move(ed));
    }
    return out;
  }

  std::unique_ptr<TableDecl> table(P::TableExprContext* t) {
    auto out = std::make_unique<TableDecl>();
    out->loc = loc(t);
    std::string hp = t->hitPolicy() ? t->hitPolicy()->getText() : "unique";
    static const std::pair<const char*, std::pair<HitPolicy, AggKind>> policies[] = {
        {"first", {HitPolicy::First, AggKind::Sum}},          {"priority", {HitPolicy::Priority, AggKind::Sum}},
        {"any", {HitPolicy::Any, AggKind::Sum}},
        {"collectsum", {HitPolicy::Collect, AggKind::Sum}},   {"collectmin", {HitPolicy::Collect, AggKind::Min}},
        {"collectmax", {HitPolicy::Collect, AggKind::Max}},   {"collectcount", {HitPolicy::Collect, AggKind::Count}},
        {"ruleorder", {HitPolicy::RuleOrder, AggKind::Sum}},  {"outputorder", {HitPolicy::OutputOrder, AggKind::Sum}}};
    for (const auto& [spelled, policy] : policies)
      if (hp == spelled) out->policy = policy.first, out->collect = policy.second;
    for (auto* e : t->expr()) out->inputs.push_back(expr(e));
    for (auto* row : t->tableRow()) {
      if (auto r = table_row(row)) out->rows.push_back(std::move(*r));
    }
    return out;
  }

  std::unique_ptr<TableRow> table_row(P::TableRowContext* row) {
    auto r = std::make_unique<TableRow>();
    r->loc = loc(row);
    if (auto* c = as<P::ConditionRowContext>(row)) {
      r->label = name(c->name());
      for (auto* cell_ctx : c->cell()) r->cells.push_back(cell(cell_ctx));
      r->outcome = expr(c->expr());
      r->citation = citation(c->CITATION());
    } else if (auto* o = as<P::OtherwiseRowContext>(row)) {
      r->otherwise = true;
      r->label = "otherwise";
      r->outcome = expr(o->expr());
      r->citation = citation(o->CITATION());
    } else {
      return nullptr;
    }
    return r;
  }

  Cell cell(P::CellContext* c) {
    Cell out;
    out.loc = loc(c);
    std::vector<Cell> alts;
    if (auto* cc = as<P::CompareCellContext>(c)) {
      add_tests(loc(c), cc->compareOp(), nullptr, cc->expr(), alts);
    } else if (auto* vc = as<P::ValueCellContext>(c)) {
      add_tests(loc(c), nullptr, nullptr, vc->expr(), alts);
    } else if (auto* ic = as<P::IntervalCellContext>(c)) {
      add_tests(loc(c), nullptr, ic->INTERVAL(), nullptr, alts);
    } else if (auto* oc = as<P::OrCellContext>(c)) {
      for (auto* t : oc->cellTest()) add_tests(loc(t), t->compareOp(), t->INTERVAL(), t->expr(), alts);
    }
    if (alts.size() == 1) return std::move(alts[0]);
    if (alts.size() > 1) {
      out.kind = Cell::Kind::Or;
      out.alternatives = std::move(alts);
    }
    return out;
  }

  void add_tests(Location at, P::CompareOpContext* op, antlr4::tree::TerminalNode* interval, P::ExprContext* e,
                 std::vector<Cell>& alts) {
    if (interval) {
      alts.push_back(interval_cell(interval));
      return;
    }
    // Unparenthesized 'or' chains, left to right.
    std::vector<P::ExprContext*> operands{e};
    for (size_t i = 0; i < operands.size();) {
      auto* o = operands[i] ? as<P::OrExprContext>(operands[i]) : nullptr;
      if (o && o->OR() && o->expr().size() == 2) {
        operands[i] = o->expr(0);
        operands.insert(operands.begin() + static_cast<long>(i) + 1, o->expr(1));
      } else {
        ++i;
      }
    }
    for (size_t i = 0; i < operands.size(); ++i) {
      Cell t;
      t.loc = i == 0 ? at : loc(operands[i]);
      t.kind = i == 0 && op ? Cell::Kind::Compare : Cell::Kind::Value;
      if (i == 0 && op) t.op = compare_op(op);
      t.value = expr(operands[i]);
      alts.push_back(std::move(t));
    }
  }

  Cell interval_cell(antlr4::tree::TerminalNode* n) {
    Cell out;
    out.kind = Cell::Kind::Interval;
    out.loc = loc(n);
    const std::string raw = n->getText();
    const uint32_t base = static_cast<uint32_t>(n->getSymbol()->getStartIndex());
    out.low_closed = raw[0] == '[';
    out.high_closed = raw[raw.size() - 1] == ']';
    auto make_bound = [&](size_t b, size_t e) -> ExprPtr {
      auto blank = [&](size_t k) { return raw[k] == ' ' || raw[k] == '\t'; };
      while (b < e && blank(b)) ++b;
      while (e > b && blank(e - 1)) --e;
      const size_t whole = b;
      const bool minus = b < e && raw[b] == '-';
      if (minus)
        for (++b; b < e && blank(b);) ++b;
      auto e1 = std::make_unique<Expr>();
      e1->loc = {file_, base + static_cast<uint32_t>(b)};
      e1->length = static_cast<uint32_t>(e > b ? e - b : 1);
      const std::string word = raw.substr(b, e - b);
      if (!word.empty() && ((word[0] >= 'a' && word[0] <= 'z') || (word[0] >= 'A' && word[0] <= 'Z'))) {
        e1->kind = ExprKind::Name;
        e1->name = word;
      } else if (word.size() == 10 && word[4] == '-' && word[7] == '-') {
        e1->kind = ExprKind::DateLit;
        e1->text = word;
      } else {
        e1->kind = word.find('.') == std::string::npos ? ExprKind::IntLit : ExprKind::DecimalLit;
        for (char ch : word)
          if (ch != '_') e1->text += ch;
      }
      if (!minus) return e1;
      auto neg = std::make_unique<Expr>();
      neg->kind = ExprKind::Unary;
      neg->unary = UnaryOp::Neg;
      neg->loc = {file_, base + static_cast<uint32_t>(whole)};
      neg->length = static_cast<uint32_t>(e - whole);
      neg->args.push_back(std::move(e1));
      return neg;
    };
    const size_t dots = raw.find("..");
    out.value = make_bound(1, dots);
    out.high = make_bound(dots + 2, raw.size() - 1);
    return out;
  }

  TestDecl test_decl(P::TestDeclContext* t) {
    TestDecl out;
    out.name = name(t->name());
    out.loc = loc(t->name());
    out.title = unquote(t->STRING());
    out.citation = citation(t->CITATION());
    for (auto* item : t->testItem()) {
      if (auto* g = as<P::GivenItemContext>(item)) {
        GivenEntity ge;
        auto names = g->name();
        ge.entity = names.size() > 0 ? name(names[0]) : "";
        ge.key = names.size() > 1 ? name(names[1]) : "";
        ge.loc = loc(g);
        for (auto* fv : g->fieldValue()) {
          if (!fv) continue;
          ge.values.push_back({name(fv->name()), loc(fv), expr(fv->expr())});
        }
        out.given.push_back(std::move(ge));
      } else if (auto* e = as<P::ExpectItemContext>(item)) {
        auto names = e->name();
        Expectation ex;
        ex.rule = names.size() > 0 ? name(names[0]) : "";
        ex.key = names.size() > 1 ? name(names[1]) : "";
        ex.loc = loc(e);
        // A top-level 'within' is the tolerance, as the fast builder reads it.
        if (auto* w = as<P::WithinExprContext>(e->expr())) {
          ex.value = expr(w->expr(0));
          ex.tolerance = expr(w->expr(1));
        } else {
          ex.value = expr(e->expr());
        }
        out.expectations.push_back(std::move(ex));
      } else if (auto* gd = as<P::GivenDataItemContext>(item)) {
        TestDecl::GivenData data;
        data.entity = gd->name() ? name(gd->name()) : "";
        data.loc = loc(gd);
        if (gd->name()) data.entity_loc = loc(gd->name());
        if (gd->STRING()) {
          data.path = unquote(gd->STRING());
          data.path_loc = loc(gd->STRING());
        }
        out.given_data.push_back(std::move(data));
      } else if (auto* ee = as<P::ExpectErrorItemContext>(item)) {
        out.expected_errors.push_back(unquote(ee->STRING()));
      } else if (auto* a = as<P::AmendItemContext>(item)) {
        out.amendments.push_back(unquote(a->STRING()));
        out.amendment_locs.push_back(loc(a));
      } else if (auto* d = as<P::AsOfItemContext>(item)) {
        if (d->DATE()) out.as_of = d->DATE()->getText();
      } else if (auto* p = as<P::ParamItemContext>(item)) {
        out.params.emplace_back(name(p->name()), expr(p->expr()));
      }
    }
    return out;
  }

  Amendment amendment(P::AmendmentContext* a) {
    Amendment out;
    out.loc = loc(a);
    auto set_from_amendable = [&](P::AmendableContext* am) {
      if (!am) return;
      if (auto* r = am->ruleDecl()) {
        out.target = Amendment::Target::Rule;
        out.rule = std::make_unique<RuleDecl>(rule_decl(r));
        out.name = out.rule->name;
        out.name_loc = out.rule->loc;
      } else if (auto* p = am->paramDecl()) {
        out.target = Amendment::Target::Param;
        out.param = std::make_unique<ParamDecl>(param_decl(p));
        out.name = out.param->name;
        out.name_loc = out.param->loc;
      } else if (auto* c = am->cycleDecl()) {
        out.target = Amendment::Target::Cycle;
        out.cycle = std::make_unique<CycleDecl>(cycle_decl(c));
        out.name = out.cycle->name;
        out.name_loc = out.cycle->loc;
      } else if (auto* e = am->enumDecl()) {
        out.target = Amendment::Target::Enum;
        out.enumeration = std::make_unique<EnumDecl>(enum_decl(e));
        out.name = out.enumeration->name;
        out.name_loc = out.enumeration->loc;
      } else if (auto* en = am->entityDecl()) {
        out.target = Amendment::Target::Entity;
        out.entity = std::make_unique<EntityDecl>(entity_decl(en));
        out.name = out.entity->name;
        out.name_loc = out.entity->loc;
      } else {
        auto names = am->name();
        if (names.size() > 0) {
          out.name = name(names[0]);
          out.name_loc = loc(names[0]);
        }
        if (names.size() > 1) {
          out.label = name(names[1]);
          out.label_loc = loc(names[1]);
        }
        out.citation = citation(am->CITATION());
        out.annotations = annotations(am->annotation());
        auto es = am->expr();
        if (has_token(am, "field")) {
          out.target = Amendment::Target::Field;
          auto fd = std::make_unique<FieldDecl>();
          fd->name = out.label;
          fd->loc = out.label_loc;
          if (am->type()) fd->type = type(am->type());
          for (auto* fc : am->fieldCheck()) fd->checks.push_back({compare_op(fc->compareOp()), expr(fc->expr()), loc(fc)});
          out.field = std::move(fd);
        } else if (has_token(am, "exception")) {
          out.target = Amendment::Target::Exception;
          auto ex = std::make_unique<ExceptionDecl>();
          ex->label = out.label;
          ex->loc = out.label_loc;
          if (names.size() > 2) {
            ex->parent = name(names[2]);
            ex->parent_loc = loc(names[2]);
          }
          ex->citation = out.citation;
          ex->annotations = out.annotations;
          if (es.size() > 0) ex->condition = expr(es[0]);
          if (es.size() > 1) ex->value = expr(es[1]);
          out.exception = std::move(ex);
        } else {
          out.target = Amendment::Target::Row;
          if (am->position) {
            out.position = am->position->getText();
            if (names.size() > 2) {
              out.anchor = name(names[2]);
              out.anchor_loc = loc(names[2]);
            }
          }
          auto row = std::make_unique<TableRow>();
          row->label = out.label;
          row->loc = out.label_loc;
          for (auto* cell_ctx : am->cell()) row->cells.push_back(cell(cell_ctx));
          if (!es.empty()) row->outcome = expr(es.back());
          row->citation = out.citation;
          out.row = std::move(row);
        }
      }
    };
    if (auto* r = as<P::ReplaceAmendmentContext>(a)) {
      out.op = Amendment::Op::Replace;
      set_from_amendable(r->amendable());
    } else if (auto* i = as<P::InsertAmendmentContext>(a)) {
      out.op = Amendment::Op::Insert;
      set_from_amendable(i->amendable());
    } else if (auto* rd = as<P::RepealDeclContext>(a)) {
      out.op = Amendment::Op::Repeal;
      std::string t = rd->target ? rd->target->getText() : "rule";
      out.target = t == "param"    ? Amendment::Target::Param
                   : t == "cycle"  ? Amendment::Target::Cycle
                   : t == "entity" ? Amendment::Target::Entity
                                   : Amendment::Target::Rule;
      out.name = name(rd->name());
      out.name_loc = loc(rd->name());
      out.citation = citation(rd->CITATION());
    } else if (auto* re = as<P::RepealExceptionContext>(a)) {
      out.op = Amendment::Op::Repeal;
      out.target = Amendment::Target::Exception;
      auto names = re->name();
      if (names.size() > 0) out.name = name(names[0]), out.name_loc = loc(names[0]);
      if (names.size() > 1) out.label = name(names[1]), out.label_loc = loc(names[1]);
      out.citation = citation(re->CITATION());
    } else if (auto* rf = as<P::RepealFieldContext>(a)) {
      out.op = Amendment::Op::Repeal;
      out.target = Amendment::Target::Field;
      auto names = rf->name();
      if (names.size() > 0) out.name = name(names[0]), out.name_loc = loc(names[0]);
      if (names.size() > 1) out.label = name(names[1]), out.label_loc = loc(names[1]);
      out.citation = citation(rf->CITATION());
    } else if (auto* rr = as<P::RepealRowContext>(a)) {
      out.op = Amendment::Op::Repeal;
      out.target = Amendment::Target::Row;
      auto names = rr->name();
      if (names.size() > 0) out.name = name(names[0]), out.name_loc = loc(names[0]);
      if (names.size() > 1) out.label = name(names[1]), out.label_loc = loc(names[1]);
      out.citation = citation(rr->CITATION());
    } else if (auto* sp = as<P::SubstituteParamContext>(a)) {
      out.op = Amendment::Op::Substitute;
      out.target = Amendment::Target::Param;
      out.name = name(sp->name());
      out.name_loc = loc(sp->name());
      out.citation = citation(sp->CITATION());
      out.annotations = annotations(sp->annotation());
      auto p = std::make_unique<ParamDecl>();
      p->name = out.name;
      p->loc = out.name_loc;
      p->citation = out.citation;
      p->annotations = out.annotations;
      auto* b = sp->scaleBracket();
      auto* v = sp->paramValues();
      if (sp->INT()) {
        out.bracket_loc = loc(sp->INT());
        std::string digits = sp->INT()->getText();
        digits.erase(std::remove(digits.begin(), digits.end(), '_'), digits.end());
        out.bracket = digits.size() > 9 ? INT32_MAX : std::stoll(digits);
        if (sp->DATE()) {
          out.bracket_from = sp->DATE()->getText();
          out.bracket_from_loc = loc(sp->DATE());
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
      if (sp->INT() || b) {
        auto scale = make(ExprKind::Scale, b ? static_cast<antlr4::ParserRuleContext*>(b) : sp);
        if (b) {
          scale->args.push_back(expr(b->expr(0)));
          scale->args.push_back(expr(b->expr(1)));
        }
        p->values.push_back(std::move(scale));
      } else {
        param_values(*p, v);
      }
      out.param = std::move(p);
    }
    return out;
  }

  // --- expressions -------------------------------------------------------------------------
  ExprPtr make(ExprKind kind, antlr4::ParserRuleContext* ctx) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->loc = loc(ctx);
    e->length = length(ctx);
    return e;
  }

  ExprPtr binary(BinaryOp op, antlr4::ParserRuleContext* ctx, P::ExprContext* l, P::ExprContext* r) {
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
    if (auto* x = as<P::PrimaryExprContext>(c)) return primary(x->primary());
    if (auto* x = as<P::FieldExprContext>(c)) {
      auto e = make(ExprKind::Field, c);
      e->args.push_back(expr(x->expr()));
      e->name = name(x->name());
      e->name_loc = loc(x->name());
      return e;
    }
    if (auto* x = as<P::NegExprContext>(c)) {
      auto e = make(ExprKind::Unary, c);
      e->unary = UnaryOp::Neg;
      e->args.push_back(expr(x->expr()));
      return e;
    }
    if (auto* x = as<P::NotExprContext>(c)) {
      if (!x->NOT())
        diags_.report(support::Diag::SyntaxError, loc(c), "use 'not' for negation, not '!'", 1);
      auto e = make(ExprKind::Unary, c);
      e->unary = UnaryOp::Not;
      e->args.push_back(expr(x->expr()));
      return e;
    }
    if (auto* x = as<P::MulExprContext>(c)) {
      std::string op = x->op ? x->op->getText() : "*";
      return binary(op == "*" ? BinaryOp::Mul : op == "/" ? BinaryOp::Div : BinaryOp::Mod, c, x->expr(0), x->expr(1));
    }
    if (auto* x = as<P::AddExprContext>(c)) {
      std::string op = x->op ? x->op->getText() : "+";
      return binary(op == "+" ? BinaryOp::Add : BinaryOp::Sub, c, x->expr(0), x->expr(1));
    }
    if (auto* x = as<P::CoalesceExprContext>(c)) return binary(BinaryOp::Coalesce, c, x->expr(0), x->expr(1));
    if (auto* x = as<P::CompareExprContext>(c)) {
      static constexpr BinaryOp map[] = {BinaryOp::Eq, BinaryOp::Ne, BinaryOp::Lt,
                                         BinaryOp::Le, BinaryOp::Gt, BinaryOp::Ge};
      return binary(map[static_cast<int>(compare_op(x->compareOp()))], c, x->expr(0), x->expr(1));
    }
    if (auto* x = as<P::AssignMistakeContext>(c)) {
      size_t pos = token_position(x, "=");
      Location at = c->getStart() ? loc(c) : Location{};
      if (pos != SIZE_MAX) at = loc(dynamic_cast<antlr4::tree::TerminalNode*>(x->children[pos]));
      diags_.report(support::Diag::SyntaxError, at, "'=' defines; use '==' to compare values", 1);
      return binary(BinaryOp::Eq, c, x->expr(0), x->expr(1));
    }
    if (auto* x = as<P::InExprContext>(c))
      return binary(x->NOT() ? BinaryOp::NotIn : BinaryOp::In, c, x->expr(0), x->expr(1));
    if (auto* x = as<P::WithinExprContext>(c)) return binary(BinaryOp::Within, c, x->expr(0), x->expr(1));
    if (auto* x = as<P::OverlapsExprContext>(c)) return binary(BinaryOp::Overlaps, c, x->expr(0), x->expr(1));
    if (auto* x = as<P::AtExprContext>(c)) return binary(BinaryOp::At, c, x->expr(0), x->expr(1));
    if (auto* x = as<P::IsNoneExprContext>(c)) {
      auto e = make(ExprKind::IsNone, c);
      e->negated = x->NOT() != nullptr;
      e->args.push_back(expr(x->expr()));
      return e;
    }
    if (auto* x = as<P::IsSomeExprContext>(c)) {
      auto e = make(ExprKind::IsSome, c);
      e->args.push_back(expr(x->expr()));
      if (x->name()) {
        e->name = name(x->name());
        e->name_loc = loc(x->name());
      }
      return e;
    }
    if (auto* x = as<P::AndExprContext>(c)) {
      if (!x->AND()) diags_.report(support::Diag::SyntaxError, loc(c), "use 'and', not '&&'", length(c));
      return binary(BinaryOp::And, c, x->expr(0), x->expr(1));
    }
    if (auto* x = as<P::OrExprContext>(c)) {
      if (!x->OR()) diags_.report(support::Diag::SyntaxError, loc(c), "use 'or', not '||'", length(c));
      return binary(BinaryOp::Or, c, x->expr(0), x->expr(1));
    }
    return make(ExprKind::Error, c);
  }

  ExprPtr primary(P::PrimaryContext* c) {
    if (!c) return std::make_unique<Expr>();
    auto literal = [&](ExprKind k, std::string text) {
      auto e = make(k, c);
      e->text = std::move(text);
      return e;
    };
    auto strip = [](std::string s) {
      s.erase(std::remove(s.begin(), s.end(), '_'), s.end());
      return s;
    };
    if (as<P::IntLiteralContext>(c)) return literal(ExprKind::IntLit, strip(c->getText()));
    if (as<P::DecimalLiteralContext>(c)) return literal(ExprKind::DecimalLit, strip(c->getText()));
    if (auto* s = as<P::StringLiteralContext>(c)) return literal(ExprKind::TextLit, unquote(s->STRING()));
    if (as<P::DateLiteralContext>(c)) return literal(ExprKind::DateLit, c->getText());
    if (as<P::BoolLiteralContext>(c)) return literal(ExprKind::BoolLit, c->getText());
    if (as<P::NoneLiteralContext>(c)) return make(ExprKind::NoneLit, c);
    if (auto* a = as<P::AggregateExprContext>(c)) {
      auto e = make(ExprKind::Aggregate, c);
      std::string k = a->agg ? a->agg->getText() : "count";
      e->agg = k == "sum" ? AggKind::Sum : k == "min" ? AggKind::Min : k == "max" ? AggKind::Max
             : k == "any" ? AggKind::Any : k == "all" ? AggKind::All : k == "latest" ? AggKind::Latest
             : k == "earliest" ? AggKind::Earliest : AggKind::Count;
      auto names = a->name();
      if (names.size() > 0) e->name = name(names[0]), e->name_loc = loc(names[0]);
      if (names.size() > 1) e->entity = name(names[1]), e->entity_loc = loc(names[1]);
      size_t for_pos = token_position(a, "for");
      size_t where_pos = token_position(a, "where");
      size_t by_pos = token_position(a, "by");
      ExprPtr value, filter, order;
      for (auto* x : a->expr()) {
        size_t pos = child_position(a, x);
        if (for_pos != SIZE_MAX && pos < for_pos) value = expr(x);
        else if (by_pos != SIZE_MAX && pos > by_pos) order = expr(x);
        else if (where_pos != SIZE_MAX && pos > where_pos) filter = expr(x);
      }
      e->args.push_back(std::move(value));
      e->args.push_back(std::move(filter));
      if (by_pos != SIZE_MAX) e->args.push_back(order ? std::move(order) : std::make_unique<Expr>());
      return e;
    }
    if (auto* call = as<P::CallExprContext>(c)) {
      auto e = make(ExprKind::Call, c);
      e->name = name(call->name());
      e->name_loc = loc(call->name());
      for (auto* x : call->expr()) e->args.push_back(expr(x));
      return e;
    }
    if (auto* mm = as<P::MinMaxExprContext>(c)) {
      auto e = make(ExprKind::Call, c);
      e->name = mm->fn ? mm->fn->getText() : "min";
      e->name_loc = loc(c);
      for (auto* x : mm->expr()) e->args.push_back(expr(x));
      return e;
    }
    if (auto* n = as<P::NameExprContext>(c)) {
      auto e = make(ExprKind::Name, c);
      e->name = name(n->name());
      e->name_loc = e->loc;
      return e;
    }
    if (auto* s = as<P::SetLiteralContext>(c)) {
      auto e = make(ExprKind::SetLit, c);
      for (auto* x : s->expr()) e->args.push_back(expr(x));
      return e;
    }
    if (auto* p = as<P::ParenExprContext>(c)) return expr(p->expr());
    if (auto* i = as<P::IfExprContext>(c)) {
      auto e = make(ExprKind::If, c);
      for (auto* x : i->expr()) e->args.push_back(expr(x));
      while (e->args.size() < 3) e->args.push_back(std::make_unique<Expr>());
      return e;
    }
    if (auto* m = as<P::MatchExprContext>(c)) {
      auto e = make(ExprKind::Match, c);
      e->args.push_back(expr(m->expr()));
      for (auto* arm : m->matchArm()) {
        if (!arm) continue;
        MatchArm ma;
        ma.loc = loc(arm);
        bool wildcard = false;
        for (auto* p : arm->pattern()) {
          if (auto* mp = as<P::MemberPatternContext>(p)) {
            auto ns = mp->name();
            if (ns.size() == 2) {
              ma.qualifiers.push_back(name(ns[0]));
              ma.members.push_back(name(ns[1]));
              ma.member_locs.push_back(loc(ns[1]));
            } else if (ns.size() == 1) {
              ma.qualifiers.emplace_back();
              ma.members.push_back(name(ns[0]));
              ma.member_locs.push_back(loc(ns[0]));
            }
          } else if (as<P::AnyPatternContext>(p)) {
            wildcard = true;
          }
        }
        if (wildcard) {
          ma.members.clear();
          ma.qualifiers.clear();
          ma.member_locs.clear();
        }
        ma.value = expr(arm->expr());
        e->arms.push_back(std::move(ma));
      }
      return e;
    }
    return make(ExprKind::Error, c);
  }
};

}  // namespace

std::unique_ptr<Module> build_module_reference(P::FileContext* file, uint32_t file_id, support::DiagnosticEngine& diags) {
  return Builder(file_id, diags).module(file);
}

void enable_reference_path() { set_reference_builder(&build_module_reference); }

}  // namespace redline::syntax
