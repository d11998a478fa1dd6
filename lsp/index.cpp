#include "lsp/index.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "syntax/parser.h"

namespace redline::lsp {

namespace fs = std::filesystem;
using ast::Expr;
using ast::ExprKind;

const char* symbol_kind_name(SymbolKind k) {
  switch (k) {
    case SymbolKind::Rule: return "rule";
    case SymbolKind::Param: return "param";
    case SymbolKind::Cycle: return "cycle";
    case SymbolKind::Enum: return "enum";
    case SymbolKind::EnumMember: return "enum member";
    case SymbolKind::Entity: return "entity";
    case SymbolKind::Field: return "field";
    case SymbolKind::Exception: return "exception";
    case SymbolKind::Row: return "row";
  }
  return "name";
}

std::unique_ptr<ast::Module> parse_text(support::SourceManager& sources, const std::string& path,
                                        const std::string& text, uint32_t* file) {
  uint32_t id = sources.add(path, text);
  if (file) *file = id;
  support::DiagnosticEngine ignored(sources);
  return syntax::parse(sources, id, ignored);
}

namespace {

// Files beside a policy larger than this are not indexed: no policy is that large, and reading
// one on every request would stall the editor.
constexpr uintmax_t kMaxNeighbourBytes = 8u << 20;

std::optional<std::string> read_disk(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) > kMaxNeighbourBytes) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool is_ident(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Where `name` is written at or just after `loc` (some locations are a construct's start, e.g.
// `set of X` or a row's label).
std::optional<uint32_t> locate(const support::SourceManager& sources, support::Location loc, const std::string& name) {
  if (!loc.valid() || name.empty() || loc.file >= sources.size()) return std::nullopt;
  std::string_view text = sources.file(loc.file).text();
  if (loc.offset >= text.size()) return std::nullopt;
  // Only a short window: searching the rest of a large file for every name would be quadratic.
  const size_t window_end = std::min(text.size(), size_t{loc.offset} + 96 + name.size());
  for (size_t at = loc.offset; at < window_end; ++at) {
    at = text.substr(0, window_end).find(name, at);
    if (at == std::string_view::npos) return std::nullopt;
    bool starts = at == 0 || !is_ident(text[at - 1]);
    bool ends = at + name.size() >= text.size() || !is_ident(text[at + name.size()]);
    if (starts && ends) return static_cast<uint32_t>(at);
  }
  return std::nullopt;
}

}  // namespace

size_t Project::declare(SymbolKind kind, const std::string& container, const std::string& name, support::Location loc) {
  auto key = std::make_tuple(kind, container, name);
  auto [it, fresh] = by_key_.emplace(key, symbols.size());
  if (fresh) symbols.push_back({kind, name, container});
  if (auto at = locate(sources, loc, name))
    occurrences.push_back({it->second, loc.file, *at, static_cast<uint32_t>(name.size()), true});
  return it->second;
}

void Project::refer(SymbolKind kind, const std::string& container, const std::string& name, support::Location loc) {
  auto it = by_key_.find(std::make_tuple(kind, container, name));
  if (it == by_key_.end()) return;
  if (auto at = locate(sources, loc, name))
    occurrences.push_back({it->second, loc.file, *at, static_cast<uint32_t>(name.size()), false});
}

std::optional<size_t> Project::find(SymbolKind kind, const std::string& container, const std::string& name) const {
  auto it = by_key_.find(std::make_tuple(kind, container, name));
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> Project::file_of(const std::string& path) const {
  for (uint32_t i = 0; i < files.size(); ++i)
    if (files[i].path == path) return i;
  return std::nullopt;
}

const Occurrence* Project::at(uint32_t file, uint32_t offset) const {
  for (const auto& o : occurrences)
    if (o.file == file && o.offset <= offset && offset <= o.offset + o.length) return &o;
  return nullptr;
}

std::vector<const Occurrence*> Project::of(size_t symbol) const {
  std::vector<const Occurrence*> out;
  std::set<std::pair<uint32_t, uint32_t>> seen;  // a name recorded twice (a replaced rule's name) counts once
  for (const auto& o : occurrences)
    if (o.symbol == symbol && seen.emplace(o.file, o.offset).second) out.push_back(&o);
  return out;
}

const Occurrence* Project::declaration(size_t symbol) const {
  const Occurrence* found = nullptr;
  for (const auto& o : occurrences) {
    if (o.symbol != symbol || !o.declaration) continue;
    // The policy's own declaration before one a modification makes.
    if (!found || (policy && o.file == *policy && found->file != *policy)) found = &o;
  }
  return found;
}

void Project::index_declarations(const ast::Module& m) {
  for (const auto& e : m.enums) {
    declare(SymbolKind::Enum, "", e.name, e.loc);
    for (const auto& mem : e.members) declare(SymbolKind::EnumMember, e.name, mem.name, mem.loc);
  }
  for (const auto& e : m.entities) {
    declare(SymbolKind::Entity, "", e.name, e.loc);
    for (const auto& f : e.fields) declare(SymbolKind::Field, e.name, f.name, f.loc);
  }
  for (const auto& p : m.params) declare(SymbolKind::Param, "", p.name, p.loc);
  for (const auto& c : m.cycles) declare(SymbolKind::Cycle, "", c.name, c.loc);
  for (const auto& r : m.rules) {
    declare(SymbolKind::Rule, "", r.name, r.loc);
    for (const auto& x : r.exceptions) declare(SymbolKind::Exception, r.name, x.label, x.loc);
    if (r.table)
      for (const auto& row : r.table->rows)
        if (!row.label.empty()) declare(SymbolKind::Row, r.name, row.label, row.loc);
  }
  // What a modification inserts is declared there.
  for (const auto& a : m.amendments) {
    using Op = ast::Amendment::Op;
    using Target = ast::Amendment::Target;
    if (a.op != Op::Insert) continue;
    if (a.target == Target::Rule && a.rule) {
      declare(SymbolKind::Rule, "", a.rule->name, a.rule->loc);
      for (const auto& x : a.rule->exceptions) declare(SymbolKind::Exception, a.rule->name, x.label, x.loc);
    } else if (a.target == Target::Param && a.param) {
      declare(SymbolKind::Param, "", a.param->name, a.param->loc);
    } else if (a.target == Target::Cycle && a.cycle) {
      declare(SymbolKind::Cycle, "", a.cycle->name, a.cycle->loc);
    } else if (a.target == Target::Enum && a.enumeration) {
      declare(SymbolKind::Enum, "", a.enumeration->name, a.enumeration->loc);
      for (const auto& mem : a.enumeration->members) declare(SymbolKind::EnumMember, a.enumeration->name, mem.name, mem.loc);
    } else if (a.target == Target::Entity && a.entity) {
      declare(SymbolKind::Entity, "", a.entity->name, a.entity->loc);
      for (const auto& f : a.entity->fields) declare(SymbolKind::Field, a.entity->name, f.name, f.loc);
    } else if (a.target == Target::Field) {
      declare(SymbolKind::Field, a.name, a.label, a.label_loc);
    } else if (a.target == Target::Exception) {
      declare(SymbolKind::Exception, a.name, a.label, a.label_loc);
    } else if (a.target == Target::Row) {
      declare(SymbolKind::Row, a.name, a.label, a.label_loc);
    }
  }
}

// Resolves the names of expressions with what a syntax tree tells: locals in scope, the
// declarations by kind, an entity's fields by the type of what precedes the dot, and enum
// members by the enum the context expects.
struct Walker {
  Project& p;
  const ast::Module* policy;
  std::vector<std::pair<std::string, std::string>> locals;  // name -> its entity ("" unknown)
  // The policy's declarations by name (a large policy has many names and many uses of each).
  std::map<std::string, const ast::RuleDecl*> rules;
  std::map<std::string, const ast::EntityDecl*> entities;
  std::map<std::string, const ast::ParamDecl*> params;
  std::map<std::string, std::string> member_enums;  // member -> the first enum that has it
  std::map<std::string, std::string> field_entities;  // field -> the first entity that has it
  std::set<std::string> shared_members, shared_fields;  // names that several enums / entities have

  Walker(Project& project, const ast::Module* policy_module) : p(project), policy(policy_module) {
    if (!policy) return;
    for (const auto& r : policy->rules) rules.emplace(r.name, &r);
    for (const auto& e : policy->entities) {
      entities.emplace(e.name, &e);
      for (const auto& f : e.fields)
        if (!field_entities.emplace(f.name, e.name).second) shared_fields.insert(f.name);
    }
    for (const auto& prm : policy->params) params.emplace(prm.name, &prm);
    for (const auto& en : policy->enums)
      for (const auto& mem : en.members)
        if (!member_enums.emplace(mem.name, en.name).second) shared_members.insert(mem.name);
  }

  const ast::RuleDecl* rule(const std::string& name) const {
    auto it = rules.find(name);
    return it == rules.end() ? nullptr : it->second;
  }
  const ast::EntityDecl* entity(const std::string& name) const {
    auto it = entities.find(name);
    return it == entities.end() ? nullptr : it->second;
  }
  bool is_enum(const std::string& name) const { return p.find(SymbolKind::Enum, "", name).has_value(); }
  const ast::FieldDecl* field(const std::string& ent, const std::string& name) const {
    if (const ast::EntityDecl* e = entity(ent))
      for (const auto& f : e->fields)
        if (f.name == name) return &f;
    return nullptr;
  }
  const std::string* local(const std::string& name) const {
    for (auto it = locals.rbegin(); it != locals.rend(); ++it)
      if (it->first == name) return &it->second;
    return nullptr;
  }
  // The name of the type an expression has, when the tree alone tells it (an entity or enum).
  std::string type_of(const Expr* e) const {
    if (!e) return {};
    switch (e->kind) {
      case ExprKind::Name: {
        if (auto* l = local(e->name)) return *l;
        if (auto it = params.find(e->name); it != params.end()) return it->second->type.name;
        return {};
      }
      case ExprKind::Field: {
        if (e->args.empty()) return {};
        if (auto* f = field(type_of(e->args[0].get()), e->name)) return f->type.name;
        return {};
      }
      case ExprKind::Call:
        if (auto* r = rule(e->name); r && r->type) return r->type->name;
        return {};
      default: return {};
    }
  }

  void member(const std::string& expected, const std::string& name, support::Location loc) {
    if (!expected.empty() && p.find(SymbolKind::EnumMember, expected, name)) {
      p.refer(SymbolKind::EnumMember, expected, name, loc);
      return;
    }
    if (auto it = member_enums.find(name); it != member_enums.end()) {
      p.refer(SymbolKind::EnumMember, it->second, name, loc);
      if (shared_members.count(name)) p.guessed.insert({SymbolKind::EnumMember, name});
    }
  }

  void type(const ast::TypeRef& t) {
    if (t.name.empty()) return;
    if (is_enum(t.name)) p.refer(SymbolKind::Enum, "", t.name, t.loc);
    else p.refer(SymbolKind::Entity, "", t.name, t.loc);
  }

  void expr(const Expr* e, const std::string& expected = {}) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::Name:
        if (local(e->name)) return;
        if (p.find(SymbolKind::Param, "", e->name)) return p.refer(SymbolKind::Param, "", e->name, e->loc);
        member(expected, e->name, e->loc);
        return;
      case ExprKind::Field: {
        const Expr* base = e->args.empty() ? nullptr : e->args[0].get();
        if (base && base->kind == ExprKind::Name && !local(base->name) && is_enum(base->name)) {
          p.refer(SymbolKind::Enum, "", base->name, base->loc);
          p.refer(SymbolKind::EnumMember, base->name, e->name, e->name_loc);
          return;
        }
        expr(base);
        std::string ent = type_of(base);
        if (!ent.empty() && p.find(SymbolKind::Field, ent, e->name)) {
          p.refer(SymbolKind::Field, ent, e->name, e->name_loc);
        } else if (auto it = field_entities.find(e->name); it != field_entities.end()) {
          p.refer(SymbolKind::Field, it->second, e->name, e->name_loc);
          if (shared_fields.count(e->name)) p.guessed.insert({SymbolKind::Field, e->name});
        }
        return;
      }
      case ExprKind::Call:
        if (p.find(SymbolKind::Rule, "", e->name)) p.refer(SymbolKind::Rule, "", e->name, e->name_loc);
        else if (p.find(SymbolKind::Cycle, "", e->name)) p.refer(SymbolKind::Cycle, "", e->name, e->name_loc);
        for (const auto& a : e->args) expr(a.get());
        return;
      case ExprKind::Aggregate: {
        p.refer(SymbolKind::Entity, "", e->entity, e->entity_loc);
        locals.emplace_back(e->name, e->entity);
        for (const auto& a : e->args) expr(a.get());
        locals.pop_back();
        return;
      }
      case ExprKind::Match: {
        const Expr* subject = e->args.empty() ? nullptr : e->args[0].get();
        expr(subject);
        std::string en = type_of(subject);
        for (const auto& arm : e->arms) {
          for (size_t i = 0; i < arm.members.size() && i < arm.member_locs.size(); ++i) {
            std::string q = i < arm.qualifiers.size() && !arm.qualifiers[i].empty() ? arm.qualifiers[i] : en;
            member(q, arm.members[i], arm.member_locs[i]);
          }
          expr(arm.value.get(), expected);
        }
        return;
      }
      case ExprKind::If:
        for (size_t i = 0; i < e->args.size(); ++i) expr(e->args[i].get(), i == 0 ? std::string{} : expected);
        return;
      case ExprKind::Binary: {
        if (e->args.size() == 2) {
          std::string left = type_of(e->args[0].get()), right = type_of(e->args[1].get());
          bool compares = e->binary == ast::BinaryOp::Eq || e->binary == ast::BinaryOp::Ne ||
                          e->binary == ast::BinaryOp::In || e->binary == ast::BinaryOp::NotIn ||
                          e->binary == ast::BinaryOp::Coalesce;
          expr(e->args[0].get(), compares ? right : std::string{});
          expr(e->args[1].get(), compares ? left : std::string{});
          return;
        }
        break;
      }
      case ExprKind::IsSome:
        for (const auto& a : e->args) expr(a.get());
        // The binding stays in scope for the rest of the condition's use: a local, never indexed.
        if (!e->name.empty()) locals.emplace_back(e->name, type_of(e->args.empty() ? nullptr : e->args[0].get()));
        return;
      default: break;
    }
    for (const auto& a : e->args) expr(a.get(), expected);
  }

  void rule_body(const ast::RuleDecl& r, bool declared_name) {
    if (!declared_name) p.refer(SymbolKind::Rule, "", r.name, r.loc);
    // The parser takes a first parameter of a named type for the entity's; an enum there is a
    // function's parameter (`rule f(b: Band)`), whose type is the enum.
    if (is_enum(r.entity)) p.refer(SymbolKind::Enum, "", r.entity, r.entity_loc);
    else p.refer(SymbolKind::Entity, "", r.entity, r.entity_loc);
    if (r.type) type(*r.type);
    for (const auto& prm : r.params) type(prm.type);
    size_t depth = locals.size();
    locals.emplace_back(r.param, r.entity);
    // A function's scalar parameters: locals, never indexed.
    for (const auto& prm : r.params) locals.emplace_back(prm.name, std::string{});
    std::string result = r.type ? r.type->name : std::string{};
    expr(r.body.get(), result);
    if (r.table) {
      std::vector<std::string> inputs;
      for (const auto& in : r.table->inputs) {
        expr(in.get());
        inputs.push_back(type_of(in.get()));
      }
      for (const auto& row : r.table->rows) table_row(row, inputs, result);
    }
    for (const auto& x : r.exceptions) exception(r.name, x, result);
    locals.resize(depth);
  }

  void cell(const ast::Cell& c, const std::string& expected) {
    expr(c.value.get(), expected);
    expr(c.high.get(), expected);
    for (const auto& alt : c.alternatives) cell(alt, expected);
  }

  void table_row(const ast::TableRow& row, const std::vector<std::string>& inputs, const std::string& result) {
    for (size_t i = 0; i < row.cells.size(); ++i) cell(row.cells[i], i < inputs.size() ? inputs[i] : std::string{});
    expr(row.outcome.get(), result);
  }

  void exception(const std::string& rule_name, const ast::ExceptionDecl& x, const std::string& result) {
    if (!x.parent.empty()) p.refer(SymbolKind::Exception, rule_name, x.parent, x.parent_loc);
    expr(x.condition.get());
    expr(x.value.get(), result);
  }

  void tests(const ast::TestDecl& t) {
    for (size_t i = 0; i < t.params.size(); ++i) {
      std::string expected;
      if (i < t.param_locs.size()) p.refer(SymbolKind::Param, "", t.params[i].first, t.param_locs[i]);
      expr(t.params[i].second.get(), expected);
    }
    for (const auto& g : t.given) {
      p.refer(SymbolKind::Entity, "", g.entity, g.entity_loc);
      for (const auto& v : g.values) {
        p.refer(SymbolKind::Field, g.entity, v.field, v.loc);
        const ast::FieldDecl* f = field(g.entity, v.field);
        expr(v.value.get(), f ? f->type.name : std::string{});
      }
    }
    for (const auto& d : t.given_data) p.refer(SymbolKind::Entity, "", d.entity, d.entity_loc);
    for (const auto& x : t.expectations) {
      p.refer(SymbolKind::Rule, "", x.rule, x.rule_loc);
      const ast::RuleDecl* r = rule(x.rule);
      expr(x.value.get(), r && r->type ? r->type->name : std::string{});
      expr(x.tolerance.get());
    }
  }

  void amendment(const ast::Amendment& a) {
    using Target = ast::Amendment::Target;
    switch (a.target) {
      case Target::Rule:
        p.refer(SymbolKind::Rule, "", a.name, a.name_loc);
        if (a.rule) rule_body(*a.rule, true);
        break;
      case Target::Param:
        p.refer(SymbolKind::Param, "", a.name, a.name_loc);
        if (a.param) {
          type(a.param->type);
          for (const auto& v : a.param->values) expr(v.get());
          for (const auto& v : a.param->relative) expr(v.get());
        }
        break;
      case Target::Cycle:
        p.refer(SymbolKind::Cycle, "", a.name, a.name_loc);
        if (a.cycle)
          for (const auto& v : a.cycle->values) expr(v.get());
        break;
      case Target::Enum:
        p.refer(SymbolKind::Enum, "", a.name, a.name_loc);
        if (a.enumeration)
          for (const auto& mem : a.enumeration->members) p.refer(SymbolKind::EnumMember, a.name, mem.name, mem.loc);
        break;
      case Target::Entity:
        p.refer(SymbolKind::Entity, "", a.name, a.name_loc);
        if (a.entity)
          for (const auto& f : a.entity->fields) {
            p.refer(SymbolKind::Field, a.name, f.name, f.loc);
            type(f.type);
          }
        break;
      case Target::Field:
        p.refer(SymbolKind::Entity, "", a.name, a.name_loc);
        p.refer(SymbolKind::Field, a.name, a.label, a.label_loc);
        if (a.field) type(a.field->type);
        break;
      case Target::Exception:
      case Target::Row: {
        p.refer(SymbolKind::Rule, "", a.name, a.name_loc);
        const SymbolKind k = a.target == Target::Exception ? SymbolKind::Exception : SymbolKind::Row;
        p.refer(k, a.name, a.label, a.label_loc);
        if (!a.anchor.empty()) p.refer(SymbolKind::Row, a.name, a.anchor, a.anchor_loc);
        const ast::RuleDecl* r = rule(a.name);
        size_t depth = locals.size();
        if (r) locals.emplace_back(r->param, r->entity);
        if (r)
          for (const auto& prm : r->params) locals.emplace_back(prm.name, std::string{});
        std::string result = r && r->type ? r->type->name : std::string{};
        if (a.exception) exception(a.name, *a.exception, result);
        if (a.row) {
          std::vector<std::string> inputs;
          if (r && r->table)
            for (const auto& in : r->table->inputs) inputs.push_back(type_of(in.get()));
          table_row(*a.row, inputs, result);
        }
        locals.resize(depth);
        break;
      }
    }
  }
};

void Project::index_module(const ast::Module& m) {
  Walker w(*this, policy_module());
  for (const auto& e : m.entities)
    for (const auto& f : e.fields) {
      w.type(f.type);
      for (const auto& c : f.checks) w.expr(c.value.get(), f.type.name);
    }
  for (const auto& prm : m.params) {
    w.type(prm.type);
    for (const auto& v : prm.values) w.expr(v.get(), prm.type.name);
    for (const auto& v : prm.relative) w.expr(v.get(), prm.type.name);
  }
  for (const auto& c : m.cycles) {
    w.type(c.type);
    for (const auto& v : c.values) w.expr(v.get(), c.type.name);
  }
  for (const auto& r : m.rules) w.rule_body(r, true);
  for (const auto& t : m.tests) w.tests(t);
  for (const auto& a : m.amendments) w.amendment(a);
}

Project::Project(const std::string& path, const Texts& texts) {
  std::set<std::string> seen;
  auto add = [&](const std::string& p) -> std::optional<uint32_t> {
    if (!seen.insert(p).second) return file_of(p);
    std::optional<std::string> text = texts.open_text ? texts.open_text(p) : std::nullopt;
    bool open = text.has_value();
    if (!text) text = read_disk(p);
    if (!text) return std::nullopt;
    uint32_t id = 0;
    auto module = parse_text(sources, p, *text, &id);
    files.push_back({p, std::move(module), open});
    return id;
  };
  // Every file that might belong: the open buffers and the policy files beside them.
  auto candidates = [&](const std::string& dir) {
    std::vector<std::string> out(texts.open_paths.begin(), texts.open_paths.end());
    std::error_code ec;
    std::vector<std::string> local;
    for (auto& entry : fs::directory_iterator(dir.empty() ? "." : dir, ec)) {
      auto ext = entry.path().extension();
      if (ext == ".policy" || ext == ".tests") local.push_back(entry.path().lexically_normal().string());
    }
    std::sort(local.begin(), local.end());
    out.insert(out.end(), local.begin(), local.end());
    return out;
  };
  self = add(path);
  if (!self) return;
  const ast::Module* m = files[*self].module.get();
  if (!m) return;
  std::string dir = fs::path(path).parent_path().string();
  if (m->kind == ast::Module::Kind::Policy) {
    policy = self;
  } else if (m->kind == ast::Module::Kind::Tests && !m->tests_for.empty()) {
    policy = add((fs::path(dir) / m->tests_for).lexically_normal().string());
  } else if (m->kind == ast::Module::Kind::Modification) {
    std::string amends = m->amends;
    // By name, as the driver finds it: an open buffer of any name, or a file beside.
    for (const auto& c : candidates(dir)) {
      auto id = add(c);
      if (id && files[*id].module && files[*id].module->kind == ast::Module::Kind::Policy &&
          files[*id].module->name == amends) {
        policy = id;
        break;
      }
    }
  }
  if (policy && (!files[*policy].module || files[*policy].module->kind != ast::Module::Kind::Policy)) policy.reset();
  if (policy) {
    std::string pdir = fs::path(files[*policy].path).parent_path().string();
    for (const auto& c : candidates(pdir)) add(c);
    if (pdir != dir)
      for (const auto& c : candidates(dir)) add(c);
  }
  auto belongs = [&](uint32_t i) {
    const ast::Module* mod = files[i].module.get();
    if (!mod) return false;
    if (policy && i == *policy) return true;
    if (i == *self) return true;
    if (!policy) return false;
    const std::string& pname = files[*policy].module->name;
    if (mod->kind == ast::Module::Kind::Modification) return mod->amends == pname;
    if (mod->kind == ast::Module::Kind::Tests)
      return (fs::path(files[i].path).parent_path() / mod->tests_for).lexically_normal().string() == files[*policy].path;
    return false;
  };
  if (policy) index_declarations(*files[*policy].module);
  for (uint32_t i = 0; i < files.size(); ++i)
    if (belongs(i) && (!policy || i != *policy) && files[i].module->kind == ast::Module::Kind::Modification)
      index_declarations(*files[i].module);
  if (!policy && m->kind != ast::Module::Kind::Tests) index_declarations(*m);
  for (uint32_t i = 0; i < files.size(); ++i)
    if (belongs(i)) index_module(*files[i].module);
  // Files that did not belong stay parsed (their ids are source ids) but are marked unreadable
  // for the project's users.
  for (uint32_t i = 0; i < files.size(); ++i)
    if (!belongs(i)) files[i].module.reset();
}

}  // namespace redline::lsp
