// Amendment operations: replace, insert, repeal and substitute, on rules, obligations,
// parameters, cycles, enums, entities, fields, exceptions and table rows.
#include "amend/amend.h"

#include <algorithm>
#include <map>
#include <optional>
#include <type_traits>

#include <fmt/format.h>

#include "support/suggest.h"
#include "types/values.h"

namespace redline::amend {

using namespace redline::ast;
using support::Diag;

namespace {

class Applier {
 public:
  Applier(Module& policy, Module& mod, support::DiagnosticEngine& diags, size_t max_operations)
      : p_(policy), m_(mod), d_(diags), max_operations_(max_operations) {}

  void run() {
    if (m_.kind != Module::Kind::Modification) {
      d_.report(Diag::AmendmentMismatch, m_.loc,
                "this file is not a modification; start it with 'modification NAME amends POLICY;'", 1);
      return;
    }
    if (m_.amends != p_.name) {
      auto& diag = d_.report(Diag::AmendmentMismatch, m_.amends_loc.valid() ? m_.amends_loc : m_.loc,
                             fmt::format("modification '{}' amends '{}', not the policy '{}'", m_.name, m_.amends, p_.name),
                             static_cast<uint32_t>(std::max<size_t>(1, m_.amends.size())));
      diag.notes.push_back({p_.loc, 1, fmt::format("the policy '{}' is declared here", p_.name)});
      return;
    }
    if (!m_.enums.empty() || !m_.entities.empty() || !m_.params.empty() || !m_.cycles.empty() || !m_.rules.empty()) {
      Location at = !m_.rules.empty() ? m_.rules[0].loc : !m_.params.empty() ? m_.params[0].loc : m_.loc;
      d_.report(Diag::AmendmentTarget, at,
                "a modification changes the policy only through amendments: write 'insert rule ...' or 'replace rule ...'", 1);
    }
    if (!m_.effective_entity.empty() && !by_record_date()) return;
    for (size_t i = 0; i < m_.amendments.size() && i < max_operations_; ++i) {
      if (by_record_ && !gate_by_record(m_.amendments[i])) continue;
      apply_one(m_.amendments[i]);
    }
    p_.applied.push_back({m_.name, m_.title, m_.effective, m_.citation ? m_.citation->text : "", m_.loc});
  }

 private:
  Module& p_;
  Module& m_;
  support::DiagnosticEngine& d_;
  size_t max_operations_;

  Origin origin(const Amendment& a) const { return {m_.name, a.loc}; }

  // --- `effective DATE by Entity.field`: the modification applies to each record of the entity
  // whose date is on or after DATE, the law as it was to the others. Rules are amended as one
  // rule whose default and exceptions are gated by the record's date; what has no record to
  // gate (a repeal of a rule, a table's rows, a parameter's values) is refused, never applied to
  // every record.
  bool by_record_ = false;

  bool by_record_date() {
    const Location at = m_.effective_by_loc;
    auto entity = std::find_if(p_.entities.begin(), p_.entities.end(), [&](const EntityDecl& e) { return e.name == m_.effective_entity; });
    if (entity == p_.entities.end()) {
      auto& diag = d_.report(Diag::AmendmentTarget, at,
                             fmt::format("modification '{}' is effective by '{}.{}', but the policy '{}' has no entity '{}'", m_.name,
                                         m_.effective_entity, m_.effective_field, p_.name, m_.effective_entity),
                             static_cast<uint32_t>(std::max<size_t>(1, m_.effective_entity.size())));
      if (auto hint = support::closest_name(m_.effective_entity, names_of(p_.entities, [](const auto& e) { return e.name; }));
          !hint.empty())
        diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", hint)});
      return false;
    }
    auto field = std::find_if(entity->fields.begin(), entity->fields.end(), [&](const FieldDecl& f) { return f.name == m_.effective_field; });
    if (field == entity->fields.end() || field->type.name != "date" || field->type.optional || field->type.set) {
      auto& diag = d_.report(Diag::AmendmentTarget, at,
                             field == entity->fields.end()
                                 ? fmt::format("modification '{}' is effective by '{}.{}', but entity '{}' has no field '{}'", m_.name,
                                               m_.effective_entity, m_.effective_field, m_.effective_entity, m_.effective_field)
                                 : fmt::format("modification '{}' is effective by '{}.{}', which is not a 'date' (every record needs "
                                               "one to be placed before or after the effective date)",
                                               m_.name, m_.effective_entity, m_.effective_field),
                             static_cast<uint32_t>(std::max<size_t>(1, m_.effective_entity.size())));
      if (field != entity->fields.end()) diag.notes.push_back({field->loc, 1, "the field is declared here"});
      return false;
    }
    by_record_ = true;
    return true;
  }

  // `p.sold >= 2025-01-01` (or `<`), at the header's `by`, for the entity parameter `param`.
  ExprPtr date_gate(const std::string& param, bool on_or_after) const {
    const Location at = m_.effective_by_loc;
    auto make = [&](ExprKind k) {
      auto e = std::make_unique<Expr>();
      e->kind = k;
      e->loc = at;
      e->name_loc = at;
      e->length = static_cast<uint32_t>(std::max<size_t>(1, m_.effective_entity.size()));
      return e;
    };
    auto base = make(ExprKind::Name);
    base->name = param;
    auto field = make(ExprKind::Field);
    field->name = m_.effective_field;
    field->args.push_back(std::move(base));
    auto date = make(ExprKind::DateLit);
    date->text = *m_.effective;
    auto gate = make(ExprKind::Binary);
    gate->binary = on_or_after ? BinaryOp::Ge : BinaryOp::Lt;
    gate->args.push_back(std::move(field));
    gate->args.push_back(std::move(date));
    return gate;
  }

  ExprPtr gated(const std::string& param, bool on_or_after, ExprPtr condition) const {
    if (!condition) return condition;
    auto both = std::make_unique<Expr>();
    both->kind = ExprKind::Binary;
    both->binary = BinaryOp::And;
    both->loc = condition->loc;
    both->length = condition->length;
    both->args.push_back(date_gate(param, on_or_after));
    both->args.push_back(std::move(condition));
    return both;
  }

  bool refuse_by_record(const Amendment& a, const std::string& why) {
    auto& diag = d_.report(Diag::AmendmentTarget, a.loc, fmt::format("modification '{}' is effective by '{}.{}': {}", m_.name,
                                                                    m_.effective_entity, m_.effective_field, why),
                           1);
    diag.notes.push_back({m_.effective_by_loc, 1, "each record's date decides here"});
    return false;
  }

  // The rule `a` amends, when it is one of the dated entity's rules (else refused: false).
  RuleDecl* dated_rule(const Amendment& a) {
    RuleDecl* r = find_rule(a.name);
    if (!r) return nullptr;  // the ordinary path reports it
    if (r->entity != m_.effective_entity) {
      refuse_by_record(a, r->entity.empty()
                              ? fmt::format("'{}' is a function, which has no record; amend the rules that call it", r->name)
                              : fmt::format("rule '{}' is over {}, not {}; only rules of {} have a record's date to follow", r->name,
                                            r->entity, m_.effective_entity, m_.effective_entity));
      return nullptr;
    }
    return r;
  }

  // Rewrites `a` so that it applies by each record's date; false when it cannot (reported).
  bool gate_by_record(Amendment& a) {
    using T = Amendment::Target;
    using O = Amendment::Op;
    const bool inserted_declaration =
        a.op == O::Insert && (a.target == T::Rule || a.target == T::Param || a.target == T::Enum || a.target == T::Entity ||
                              a.target == T::Field || a.target == T::Cycle);
    if (inserted_declaration) return true;  // new: only the gated rules that read it reach it
    if (a.target == T::Rule && a.op == O::Replace && a.rule) {
      RuleDecl* old = dated_rule(a);
      if (!old) return find_rule(a.name) == nullptr;  // a missing rule is the ordinary error
      RuleDecl& now = *a.rule;
      if (old->table || now.table)
        return refuse_by_record(a, fmt::format("rule '{}' is defined by a decision table, whose rows cannot be chosen by date; "
                                               "replace it by a rule whose value is an expression",
                                               a.name));
      if (now.param != old->param || now.entity != old->entity || !now.params.empty() || !old->params.empty())
        return refuse_by_record(a, fmt::format("the replacement of '{}' must take the same parameter, '{}: {}'", a.name, old->param,
                                               old->entity));
      // An obligation may leave its type out: it is 'bool'.
      auto declared = [](const RuleDecl& r) -> std::optional<std::tuple<std::string, bool, bool>> {
        if (r.type) return std::tuple{r.type->name, r.type->optional, r.type->set};
        if (r.obligation) return std::tuple{std::string("bool"), false, false};
        return std::nullopt;
      };
      if (!declared(now) || declared(now) != declared(*old))
        return refuse_by_record(a, fmt::format("the replacement of '{}' must keep its type, for the records before the date", a.name));
      if (static_cast<bool>(now.due) != static_cast<bool>(old->due) || now.until != old->until)
        return refuse_by_record(a, fmt::format("the replacement of '{}' must have {} if and only if the rule has one", a.name,
                                               old->until ? "an end date ('until')" : "a due date"));
      // What a duty asks is the obligation's, not its rows': it cannot differ by record.
      if (now.duty != old->duty || now.act != old->act)
        return refuse_by_record(a, fmt::format("the replacement of '{}' must {}, as the rule does", a.name,
                                               old->duty == Duty::None
                                                   ? std::string("name no act")
                                                   : fmt::format("keep '{} {}'", duty_word(old->duty), old->act)));
      auto choose = [&](ExprPtr after, ExprPtr before) {
        auto e = std::make_unique<Expr>();
        e->kind = ExprKind::If;
        e->loc = after->loc;
        e->length = after->length;
        e->args.push_back(date_gate(now.param, true));
        e->args.push_back(std::move(after));
        e->args.push_back(std::move(before));
        return e;
      };
      now.body = choose(std::move(now.body), clone(*old->body));
      if (now.due) now.due = choose(std::move(now.due), clone(*old->due));
      // The rule's exceptions as they were, for the records before the date (renamed, so that a
      // new exception may keep a label), then the new ones, for the records on or after it.
      for (auto& x : now.exceptions) x.condition = gated(now.param, true, std::move(x.condition));
      const std::string suffix = " (before " + m_.name + ")";
      for (const ExceptionDecl& x : old->exceptions) {
        ExceptionDecl kept;
        kept.label = x.label + suffix;
        kept.loc = x.loc;
        kept.parent = x.parent.empty() ? "" : x.parent + suffix;
        kept.parent_loc = x.parent_loc;
        kept.citation = x.citation;
        kept.annotations = x.annotations;
        kept.condition = gated(now.param, false, clone(*x.condition));
        kept.value = clone(*x.value);
        kept.origin = x.origin;
        now.exceptions.push_back(std::move(kept));
      }
      return true;
    }
    if (a.target == T::Exception && a.op != O::Substitute) {
      RuleDecl* r = dated_rule(a);
      if (!r) return find_rule(a.name) == nullptr;
      auto it = std::find_if(r->exceptions.begin(), r->exceptions.end(), [&](const ExceptionDecl& x) { return x.label == a.label; });
      if (a.op == O::Insert) {
        if (a.exception) a.exception->condition = gated(r->param, true, std::move(a.exception->condition));
        return true;
      }
      if (it == r->exceptions.end()) return true;  // the ordinary path reports it
      const bool has_children =
          std::any_of(r->exceptions.begin(), r->exceptions.end(), [&](const ExceptionDecl& x) { return x.parent == a.label; });
      if (has_children) return true;  // the ordinary path refuses a repeal; a replacement is refused here
      if (a.op == O::Repeal) {
        // Not removed: it stops applying to the records on or after the date.
        it->condition = gated(r->param, false, std::move(it->condition));
        record(a, LawAction::Repeal, LawTarget{LawTarget::Kind::Exception, a.name, a.label}, a.citation ? a.citation : it->citation);
        return false;
      }
      // Replaced: the old one kept for the records before the date, the new one after.
      const std::string kept = it->label + " (before " + m_.name + ")";
      if (std::any_of(r->exceptions.begin(), r->exceptions.end(), [&](const ExceptionDecl& x) { return x.label == kept; }))
        return refuse_by_record(a, fmt::format("exception '{}.{}' was already replaced for the records before the date by this "
                                               "modification; amend the new one once",
                                               a.name, a.label));
      it->label = kept;
      it->condition = gated(r->param, false, std::move(it->condition));
      a.exception->condition = gated(r->param, true, std::move(a.exception->condition));
      a.exception->origin = origin(a);
      record(a, LawAction::Replace, LawTarget{LawTarget::Kind::Exception, a.name, a.label}, a.exception->citation,
             a.exception->annotations);
      r->exceptions.push_back(std::move(*a.exception));
      return false;
    }
    if (a.target == T::Row) {
      RuleDecl* r = dated_rule(a);
      if (!r) return find_rule(a.name) == nullptr;
      if (!r->table || row_tables_.count(a.name)) return true;  // the ordinary path reports a rule without a table
      split_table_by_date(*r);
      return true;
    }
    static const char* kWhat[] = {"a rule", "a parameter", "a cycle", "an enum", "an exception", "a table row", "an entity", "a field"};
    const char* verb = a.op == O::Replace ? "replacing" : a.op == O::Repeal ? "repealing" : "substituting";
    return refuse_by_record(a, fmt::format("{} {} cannot be applied by each record's date (there is no record to choose by); "
                                           "put it in a modification effective for every record",
                                           verb, kWhat[static_cast<size_t>(a.target)]));
  }

  // The rows of a table amended by each record's date: the rule's table moves to a rule of its
  // own, `R (rows from M)`, where the modification's row operations apply; a copy stays as it
  // was in `R (rows before M)`; and R chooses between them by the record's date (its exceptions
  // stay R's, for every record). Both tables are checked as tables (gaps, overlaps) and
  // explained row by row.
  std::map<std::string, std::string> row_tables_;  // R -> `R (rows from M)`

  void split_table_by_date(RuleDecl& r) {
    const std::string from = r.name + " (rows from " + m_.name + ")";
    const std::string before = r.name + " (rows before " + m_.name + ")";
    auto table_rule = [&](const std::string& name, std::unique_ptr<TableDecl> table) {
      RuleDecl out;
      out.name = name;
      out.loc = r.loc;
      out.param = r.param;
      out.param_loc = r.param_loc;
      out.entity = r.entity;
      out.entity_loc = r.entity_loc;
      out.type = r.type;
      if (!out.type) {  // an obligation may leave out its type, bool
        out.type = TypeRef{};
        out.type->name = "bool";
        out.type->loc = r.loc;
      }
      out.citation = r.citation;
      out.table = std::move(table);
      out.origin = r.origin;
      return out;
    };
    auto copy = std::make_unique<TableDecl>();
    copy->policy = r.table->policy;
    copy->collect = r.table->collect;
    copy->loc = r.table->loc;
    for (const ExprPtr& in : r.table->inputs) copy->inputs.push_back(in ? clone(*in) : nullptr);
    for (const TableRow& row : r.table->rows) {
      TableRow c;
      c.label = row.label;
      c.loc = row.loc;
      c.otherwise = row.otherwise;
      for (const Cell& cell : row.cells) c.cells.push_back(clone_cell(cell));
      c.outcome = row.outcome ? clone(*row.outcome) : nullptr;
      c.citation = row.citation;
      c.origin = row.origin;
      copy->rows.push_back(std::move(c));
    }
    auto call = [&](const std::string& name) {
      auto e = std::make_unique<Expr>();
      e->kind = ExprKind::Call;
      e->name = name;
      e->loc = e->name_loc = r.table->loc;
      e->length = 1;
      auto arg = std::make_unique<Expr>();
      arg->kind = ExprKind::Name;
      arg->name = r.param;
      arg->loc = arg->name_loc = r.table->loc;
      arg->length = 1;
      e->args.push_back(std::move(arg));
      return e;
    };
    auto body = std::make_unique<Expr>();
    body->kind = ExprKind::If;
    body->loc = r.table->loc;
    body->length = 1;
    body->args.push_back(date_gate(r.param, true));
    body->args.push_back(call(from));
    body->args.push_back(call(before));
    RuleDecl from_rule = table_rule(from, std::move(r.table));
    RuleDecl before_rule = table_rule(before, std::move(copy));
    r.body = std::move(body);
    r.table = nullptr;
    row_tables_[r.name] = from;
    p_.rules.push_back(std::move(from_rule));  // `r` is not used after this
    p_.rules.push_back(std::move(before_rule));
  }

  static Cell clone_cell(const Cell& c) {
    Cell out;
    out.kind = c.kind;
    out.op = c.op;
    out.value = c.value ? clone(*c.value) : nullptr;
    out.high = c.high ? clone(*c.high) : nullptr;
    out.low_closed = c.low_closed;
    out.high_closed = c.high_closed;
    for (const Cell& alt : c.alternatives) out.alternatives.push_back(clone_cell(alt));
    out.loc = c.loc;
    return out;
  }

  void record(const Amendment& a, LawAction action, LawTarget target, const std::optional<Citation>& cite,
              const std::vector<Annotation>& notes = {}) {
    std::string note;
    for (const auto& n : notes.empty() ? a.annotations : notes)
      if (note.empty()) note = n.text;
    p_.changes.push_back({m_.name, action, std::move(target), cite ? cite->text : "", note, a.loc});
  }

  // The target a kind word of this file's messages names ("rule", "exception", ...).
  static LawTarget target_of(std::string_view kind, const std::string& name, const std::string& label = "") {
    for (auto k : {LawTarget::Kind::Rule, LawTarget::Kind::Param, LawTarget::Kind::Cycle, LawTarget::Kind::Enum,
                   LawTarget::Kind::Exception, LawTarget::Kind::Row, LawTarget::Kind::Entity, LawTarget::Kind::Field})
      if (redline::kind_word(k) == kind) return {k, name, label};
    return LawTarget::rule(name);
  }

  const Repealed* find_repealed(const LawTarget& what) const {
    for (auto it = p_.repealed.rbegin(); it != p_.repealed.rend(); ++it)
      if (it->what == what) return &*it;
    return nullptr;
  }

  // "no rule 'x' to replace", with a note when an earlier amendment repealed it, or a suggestion.
  void missing(const Amendment&, const std::string& kind, const std::string& name, Location at,
               const std::vector<std::string>& candidates, const char* verb) {
    not_found(fmt::format("cannot {} {} '{}': the policy '{}' has no such {}", verb, kind, name, p_.name, kind), at,
              name, target_of(kind, name), name, candidates);
  }

  // The same for a part of a rule: "cannot replace exception 'fee.x': rule 'fee' has no exception 'x'".
  // `label` is the missing label; candidates are the labels the rule has.
  void missing_part(const Amendment& a, const char* kind, const char* verb, const std::string& label, Location at,
                    const std::vector<std::string>& candidates, const std::string& container) {
    not_found(fmt::format("cannot {} {} '{}.{}': {} has no {} '{}'", verb, kind, a.name, a.label, container, kind, label),
              at, label, target_of(kind, a.name, label), label, candidates);
  }

  void not_found(const std::string& message, Location at, const std::string& underlined,
                 const LawTarget& repealed_what, const std::string& name, const std::vector<std::string>& candidates) {
    auto& diag = d_.report(Diag::AmendmentTarget, at, message,
                           static_cast<uint32_t>(std::max<size_t>(1, underlined.size())));
    if (const Repealed* r = find_repealed(repealed_what)) {
      diag.notes.push_back({r->loc, 1, fmt::format("it was repealed by '{}' here", r->amendment)});
    } else if (auto s = support::closest_name(name, candidates); !s.empty()) {
      diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", s)});
    }
  }

  // "cannot insert rule 'x': the policy already has one; use 'replace'", pointing at the one there.
  void already_there(Location at, const char* kind, const std::string& name, const std::string& container, Location existing,
                     const char* note = "it is defined here") {
    auto& diag = d_.report(Diag::AmendmentTarget, at,
                           fmt::format("cannot insert {} '{}': {} already has one; use 'replace'", kind, name, container),
                           static_cast<uint32_t>(std::max<size_t>(1, name.size())));
    diag.notes.push_back({existing, 1, note});
  }

  template <typename V, typename F>
  static std::vector<std::string> names_of(const V& v, F&& f) {
    std::vector<std::string> out;
    for (auto& x : v) out.push_back(f(x));
    return out;
  }

  RuleDecl* find_rule(const std::string& name) {
    for (auto& r : p_.rules)
      if (r.name == name) return &r;
    return nullptr;
  }

  template <typename Decl>
  static std::vector<Annotation> annotations_of(const Decl& d) {
    if constexpr (requires { d.annotations; }) return d.annotations;
    else return {};
  }

  template <typename V, typename Decl>
  void replace_insert_repeal(Amendment& a, V& list, std::unique_ptr<Decl>& incoming, const char* kind) {
    auto it = std::find_if(list.begin(), list.end(), [&](const auto& d) { return d.name == a.name; });
    auto candidates = names_of(list, [](const auto& d) { return d.name; });
    LawTarget what = target_of(kind, a.name);
    switch (a.op) {
      case Amendment::Op::Replace:
        if (it == list.end()) return missing(a, kind, a.name, a.name_loc, candidates, "replace");
        incoming->origin = origin(a);
        // Being an output is how the policy is reported, not part of the legal text replaced.
        if constexpr (std::is_same_v<Decl, RuleDecl>) incoming->output = incoming->output || it->output;
        record(a, LawAction::Replace, what, incoming->citation ? incoming->citation : a.citation, annotations_of(*incoming));
        *it = std::move(*incoming);
        return;
      case Amendment::Op::Insert:
        if (it != list.end()) return already_there(a.name_loc, kind, a.name, "the policy", it->loc);
        incoming->origin = origin(a);
        record(a, LawAction::Insert, what, incoming->citation ? incoming->citation : a.citation, annotations_of(*incoming));
        list.push_back(std::move(*incoming));
        return;
      case Amendment::Op::Repeal:
        if (it == list.end()) return missing(a, kind, a.name, a.name_loc, candidates, "repeal");
        record(a, LawAction::Repeal, what, a.citation ? a.citation : it->citation);
        list.erase(it);
        p_.repealed.push_back({what, m_.name, a.loc});
        return;
      case Amendment::Op::Substitute:
        return;
    }
  }

  void apply_one(Amendment& a) {
    switch (a.target) {
      case Amendment::Target::Rule: {
        // Rules and obligations share one namespace; the word used in the amendment does not matter.
        if (a.op == Amendment::Op::Repeal || a.op == Amendment::Op::Replace || a.op == Amendment::Op::Insert) {
          std::unique_ptr<RuleDecl> dummy;
          auto& incoming = a.rule ? a.rule : dummy;
          if (!incoming && a.op != Amendment::Op::Repeal) return;
          if (!incoming) incoming = std::make_unique<RuleDecl>();
          replace_insert_repeal(a, p_.rules, incoming, "rule");
        }
        return;
      }
      case Amendment::Target::Param:
        if (a.op == Amendment::Op::Substitute) return substitute(a);
        if (!a.param) a.param = std::make_unique<ParamDecl>();
        return replace_insert_repeal(a, p_.params, a.param, "param");
      case Amendment::Target::Cycle:
        if (!a.cycle) a.cycle = std::make_unique<CycleDecl>();
        return replace_insert_repeal(a, p_.cycles, a.cycle, "cycle");
      case Amendment::Target::Enum:
        if (!a.enumeration) a.enumeration = std::make_unique<EnumDecl>();
        return replace_insert_repeal(a, p_.enums, a.enumeration, "enum");
      case Amendment::Target::Entity:
        if (!a.entity) a.entity = std::make_unique<EntityDecl>();
        for (FieldDecl& f : a.entity->fields) f.origin = origin(a);
        return replace_insert_repeal(a, p_.entities, a.entity, "entity");
      case Amendment::Target::Field: return field(a);
      case Amendment::Target::Exception: return exception(a);
      case Amendment::Target::Row: return row(a);
    }
  }

  // `insert field Household.disabled: bool;`, `replace field ...`, `repeal field ...`: one field
  // of an entity, so that a reform bringing in a new input need not restate the entity. The key
  // identifies the rows of the data and of every diff: it is changed only by replacing the entity.
  void field(Amendment& a) {
    const char* verb = a.op == Amendment::Op::Replace ? "replace" : a.op == Amendment::Op::Insert ? "insert" : "repeal";
    auto entity = std::find_if(p_.entities.begin(), p_.entities.end(), [&](const EntityDecl& e) { return e.name == a.name; });
    if (entity == p_.entities.end())
      return not_found(fmt::format("cannot {} field '{}.{}': the policy '{}' has no entity '{}'", verb, a.name, a.label, p_.name,
                                   a.name),
                       a.name_loc, a.name, LawTarget{LawTarget::Kind::Entity, a.name, ""}, a.name,
                       names_of(p_.entities, [](const auto& e) { return e.name; }));
    auto& fields = entity->fields;
    LawTarget what{LawTarget::Kind::Field, a.name, a.label};
    std::string container = fmt::format("entity '{}'", a.name);
    auto it = std::find_if(fields.begin(), fields.end(), [&](const FieldDecl& f) { return f.name == a.label; });
    auto candidates = names_of(fields, [](const auto& f) { return f.name; });
    auto refuse_key = [&]() {
      auto& diag = d_.report(Diag::AmendmentTarget, a.label_loc,
                             fmt::format("cannot {} field '{}.{}': it is the key of entity '{}'", verb, a.name, a.label, a.name),
                             static_cast<uint32_t>(a.label.size()));
      diag.notes.push_back({it->loc, 1, "the key is declared here"});
      diag.notes.push_back({{}, 1, fmt::format("the key names the rows of the data; to change it, replace entity '{}'", a.name)});
    };
    switch (a.op) {
      case Amendment::Op::Replace:
        if (it == fields.end()) return missing_part(a, "field", verb, a.label, a.label_loc, candidates, container);
        if (it->key) return refuse_key();
        a.field->origin = origin(a);
        record(a, LawAction::Replace, what, a.citation, a.annotations);
        *it = std::move(*a.field);
        return;
      case Amendment::Op::Insert:
        if (it != fields.end()) return already_there(a.label_loc, "field", a.label, container, it->loc, "it is declared here");
        a.field->origin = origin(a);
        record(a, LawAction::Insert, what, a.citation, a.annotations);
        fields.push_back(std::move(*a.field));
        return;
      case Amendment::Op::Repeal:
        if (it == fields.end()) return missing_part(a, "field", verb, a.label, a.label_loc, candidates, container);
        if (it->key) return refuse_key();
        record(a, LawAction::Repeal, what, a.citation ? a.citation : entity->citation);
        fields.erase(it);
        p_.repealed.push_back({what, m_.name, a.loc});
        return;
      case Amendment::Op::Substitute: return;
    }
  }

  static bool names(const Expr& e, const std::string& name) {
    if (e.kind == ExprKind::Name && e.name == name) return true;
    for (auto& x : e.args)
      if (x && names(*x, name)) return true;
    return false;
  }


  // `substitute param s bracket 2 = 50_000: 0.45;`: the threshold and rate of one bracket, in every
  // dated version of the scale (as a relative change reaches every dated value); with `from D`,
  // in the versions in force from D, the one in force on D split there (its copy from D takes
  // the new bracket, the days before keep the old).
  void substitute_bracket(Amendment& a, ParamDecl& p) {
    if (!p.type.scale) {
      d_.report(Diag::AmendmentTarget, a.name_loc,
                fmt::format("cannot substitute a bracket of parameter '{}': it is not a scale", a.name),
                static_cast<uint32_t>(a.name.size()));
      return;
    }
    if (!a.param || a.param->values.empty() || a.param->values[0]->args.size() != 2) return;  // a syntax error was reported
    const Expr& incoming = *a.param->values[0];
    std::vector<size_t> reached;  // the versions (indices of p.values) that take the new bracket
    if (a.bracket_from.empty()) {
      for (size_t i = 0; i < p.values.size(); ++i) reached.push_back(i);
    } else if (!split_versions(a, p, reached)) {
      return;
    }
    for (size_t i : reached) {
      const auto& v = p.values[i];
      if (!v || v->kind != ExprKind::Scale) continue;
      size_t count = v->args.size() / 2;
      if (a.bracket < 1 || static_cast<size_t>(a.bracket) > count) {
        auto& diag = d_.report(Diag::AmendmentTarget, a.bracket_loc,
                               fmt::format("cannot substitute bracket {} of scale '{}': it has {} bracket{} (numbered from 1)",
                                           a.bracket, a.name, count, count == 1 ? "" : "s"),
                               static_cast<uint32_t>(std::to_string(a.bracket).size()));
        diag.notes.push_back({v->loc, 1, "the scale is here"});
        return;
      }
    }
    for (size_t i : reached) {
      auto& v = p.values[i];
      if (!v || v->kind != ExprKind::Scale) continue;
      size_t at = static_cast<size_t>(a.bracket - 1) * 2;
      v->args[at] = clone(*incoming.args[0]);
      v->args[at + 1] = clone(*incoming.args[1]);
    }
    if (a.citation) p.citation = a.citation;
    for (auto& n : a.annotations) p.annotations.push_back(n);
    p.origin = origin(a);
    const std::string from = a.bracket_from.empty() ? "" : " from " + a.bracket_from;
    record(a, LawAction::Substitute, LawTarget{LawTarget::Kind::Param, a.name, fmt::format("bracket {}{}", a.bracket, from)},
           a.citation ? a.citation : p.citation);
  }

  // The versions of `p` in force from the day `a` names, after splitting the version in force on
  // that day when it began earlier (a copy of it from that day). False when the day is no date.
  bool split_versions(const Amendment& a, ParamDecl& p, std::vector<size_t>& reached) {
    int64_t day = 0;
    if (!parse_date(a.bracket_from, day)) {
      d_.report(Diag::AmendmentTarget, a.bracket_from_loc, fmt::format("'{}' is not a date", a.bracket_from),
                static_cast<uint32_t>(a.bracket_from.size()));
      return false;
    }
    const auto date_of = [](const std::string& text) {
      int64_t d = 0;
      return parse_date(text, d) ? d : INT64_MIN;  // sema reports a bad date
    };
    if (!p.from_dates.empty()) {
      // `{ from D1: V1, ... }` in any order: the version in force on the day starts last on or before it.
      std::optional<size_t> in_force;
      for (size_t i = 0; i < p.from_dates.size() && i < p.values.size(); ++i) {
        const int64_t start = date_of(p.from_dates[i]);
        if (start >= day) reached.push_back(i);
        else if (!in_force || start > date_of(p.from_dates[*in_force])) in_force = i;
      }
      if (in_force && p.values[*in_force]) {
        p.values.push_back(clone(*p.values[*in_force]));
        p.from_dates.push_back(a.bracket_from);
        p.from_locs.push_back(a.bracket_from_loc);
        reached.push_back(p.values.size() - 1);
      }
      return true;
    }
    // `V1 until D1, then V2 ...` (or one value): version i runs from the day after until_dates[i-1].
    size_t k = 0;  // the version in force on the day
    while (k < p.until_dates.size() && date_of(p.until_dates[k]) < day) ++k;
    const bool starts_on_day = k > 0 && date_of(p.until_dates[k - 1]) + 1 == day;
    if (!starts_on_day && k < p.values.size() && p.values[k]) {
      p.values.insert(p.values.begin() + static_cast<std::ptrdiff_t>(k) + 1, clone(*p.values[k]));
      p.until_dates.insert(p.until_dates.begin() + static_cast<std::ptrdiff_t>(k), format_date(day - 1));
      p.until_locs.insert(p.until_locs.begin() + static_cast<std::ptrdiff_t>(std::min(k, p.until_locs.size())),
                          a.bracket_from_loc);
      ++k;
    }
    for (size_t i = k; i < p.values.size(); ++i) reached.push_back(i);
    return true;
  }

  void substitute(Amendment& a) {
    auto it = std::find_if(p_.params.begin(), p_.params.end(), [&](const ParamDecl& d) { return d.name == a.name; });
    if (it == p_.params.end())
      return missing(a, "param", a.name, a.name_loc, names_of(p_.params, [](const auto& d) { return d.name; }),
                     "substitute");
    if (a.bracket > 0 || a.bracket_loc.valid()) return substitute_bracket(a, *it);
    // A value that names the parameter itself changes every dated value relative to what it was
    // (a rise of 5%): the dates stay and sema applies the expression to each value.
    if (a.param->values.size() == 1 && a.param->until_dates.empty() && a.param->from_dates.empty() &&
        names(*a.param->values[0], a.name)) {
      it->relative.push_back(std::move(a.param->values[0]));
      if (a.citation) it->citation = a.citation;
      for (auto& n : a.annotations) it->annotations.push_back(n);
      it->origin = origin(a);
      record(a, LawAction::Substitute, LawTarget::param(a.name), a.citation ? a.citation : it->citation);
      return;
    }
    it->relative.clear();  // new values replace the old and whatever scaled them
    it->values = std::move(a.param->values);
    it->until_dates = std::move(a.param->until_dates);
    it->until_locs = std::move(a.param->until_locs);
    it->from_dates = std::move(a.param->from_dates);
    it->from_locs = std::move(a.param->from_locs);
    if (a.citation) it->citation = a.citation;
    for (auto& n : a.annotations) it->annotations.push_back(n);
    it->origin = origin(a);
    record(a, LawAction::Substitute, LawTarget::param(a.name), a.citation ? a.citation : it->citation);
  }

  // The rule whose exception or row `a` amends; reported when the policy has no such rule.
  RuleDecl* rule_for(Amendment& a, const char* verb, const char* kind) {
    RuleDecl* r = find_rule(a.name);
    if (!r)
      not_found(fmt::format("cannot {} {} '{}.{}': the policy '{}' has no rule '{}'", verb, kind, a.name, a.label, p_.name,
                            a.name),
                a.name_loc, a.name, LawTarget::rule(a.name), a.name, names_of(p_.rules, [](const auto& d) { return d.name; }));
    return r;
  }

  void exception(Amendment& a) {
    const char* verb = a.op == Amendment::Op::Replace ? "replace" : a.op == Amendment::Op::Insert ? "insert" : "repeal";
    RuleDecl* r = rule_for(a, verb, "exception");
    if (!r) return;
    LawTarget what{LawTarget::Kind::Exception, a.name, a.label};
    std::string container = fmt::format("rule '{}'", a.name);
    auto it = std::find_if(r->exceptions.begin(), r->exceptions.end(), [&](const ExceptionDecl& x) { return x.label == a.label; });
    auto candidates = names_of(r->exceptions, [](const auto& x) { return x.label; });
    switch (a.op) {
      case Amendment::Op::Replace:
        if (it == r->exceptions.end())
          return missing_part(a, "exception", verb, a.label, a.label_loc, candidates, container);
        a.exception->origin = origin(a);
        record(a, LawAction::Replace, what, a.exception->citation, a.exception->annotations);
        *it = std::move(*a.exception);
        return;
      case Amendment::Op::Insert:
        if (it != r->exceptions.end()) return already_there(a.label_loc, "exception", a.label, container, it->loc);
        a.exception->origin = origin(a);
        record(a, LawAction::Insert, what, a.exception->citation, a.exception->annotations);
        r->exceptions.push_back(std::move(*a.exception));
        return;
      case Amendment::Op::Repeal:
        if (it == r->exceptions.end())
          return missing_part(a, "exception", verb, a.label, a.label_loc, candidates, container);
        {
          // Repealing an exception that others are exceptions to would leave them excepting
          // nothing, or silently move them up a rank: the amendment must say which.
          std::vector<const ExceptionDecl*> children;
          for (const ExceptionDecl& x : r->exceptions)
            if (x.parent == a.label) children.push_back(&x);
          if (!children.empty()) {
            std::string names;
            for (size_t k = 0; k < children.size(); ++k)
              names += fmt::format("{}'{}'", k == 0 ? "" : k + 1 == children.size() ? " and " : ", ", children[k]->label);
            auto& diag = d_.report(Diag::AmendmentTarget, a.label_loc,
                                   fmt::format("cannot repeal exception '{}.{}': {} {} an exception to it", a.name,
                                               a.label, names, children.size() == 1 ? "is" : "are"),
                                   static_cast<uint32_t>(a.label.size()));
            for (const ExceptionDecl* x : children)
              diag.notes.push_back({x->loc, 1, fmt::format("exception '{}' is here", x->label)});
            diag.notes.push_back({{}, 1, "repeal those first, or replace them to except something else"});
            return;
          }
        }
        record(a, LawAction::Repeal, what, a.citation ? a.citation : it->citation);
        r->exceptions.erase(it);
        p_.repealed.push_back({what, m_.name, a.loc});
        return;
      case Amendment::Op::Substitute: return;
    }
  }

  void row(Amendment& a) {
    const char* verb = a.op == Amendment::Op::Replace ? "replace" : a.op == Amendment::Op::Insert ? "insert" : "repeal";
    RuleDecl* r = rule_for(a, verb, "row");
    if (!r) return;
    if (auto dated = row_tables_.find(a.name); dated != row_tables_.end()) r = find_rule(dated->second);  // by record date
    if (!r) return;
    if (!r->table) {
      auto& diag = d_.report(Diag::AmendmentTarget, a.name_loc,
                             fmt::format("cannot {} a row: rule '{}' is not defined by a table", verb, a.name),
                             static_cast<uint32_t>(a.name.size()));
      diag.notes.push_back({r->loc, 1, "the rule is defined here"});
      return;
    }
    auto& rows = r->table->rows;
    // Unlabelled rows are addressed as row1, row2, ... (their position in the baseline).
    for (size_t i = 0; i < rows.size(); ++i)
      if (rows[i].label.empty()) rows[i].label = fmt::format("row{}", i + 1);
    LawTarget what{LawTarget::Kind::Row, a.name, a.label};
    std::string container = fmt::format("the table of rule '{}'", a.name);
    auto find = [&](const std::string& label) {
      return std::find_if(rows.begin(), rows.end(), [&](const TableRow& x) { return x.label == label; });
    };
    auto it = find(a.label);
    auto candidates = names_of(rows, [](const auto& x) { return x.label; });
    switch (a.op) {
      case Amendment::Op::Replace:
        if (it == rows.end()) return missing_part(a, "row", verb, a.label, a.label_loc, candidates, container);
        a.row->origin = origin(a);
        a.row->otherwise = it->otherwise && a.row->cells.empty();
        record(a, LawAction::Replace, what, a.row->citation);
        *it = std::move(*a.row);
        return;
      case Amendment::Op::Insert: {
        if (it != rows.end()) return already_there(a.label_loc, "row", a.label, container, it->loc);
        auto pos = rows.end();
        if (!a.position.empty()) {
          auto anchor = find(a.anchor);
          if (anchor == rows.end())
            return not_found(fmt::format("cannot insert row '{}.{}' {} '{}': {} has no row '{}'", a.name, a.label,
                                         a.position, a.anchor, container, a.anchor),
                             a.anchor_loc, a.anchor, LawTarget{LawTarget::Kind::Row, a.name, a.anchor}, a.anchor, candidates);
          pos = a.position == "before" ? anchor : anchor + 1;
        } else if (!rows.empty() && rows.back().otherwise) {
          pos = rows.end() - 1;  // new rows go before 'otherwise', which must stay last
        }
        a.row->origin = origin(a);
        record(a, LawAction::Insert, what, a.row->citation);
        rows.insert(pos, std::move(*a.row));
        return;
      }
      case Amendment::Op::Repeal:
        if (it == rows.end()) return missing_part(a, "row", verb, a.label, a.label_loc, candidates, container);
        record(a, LawAction::Repeal, what, a.citation ? a.citation : it->citation);
        rows.erase(it);
        p_.repealed.push_back({what, m_.name, a.loc});
        return;
      case Amendment::Op::Substitute: return;
    }
  }
};

}  // namespace

void apply(Module& policy, Module& modification, support::DiagnosticEngine& diags, size_t max_operations) {
  Applier(policy, modification, diags, max_operations).run();
}

}  // namespace redline::amend
