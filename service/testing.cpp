// The test runner. A test compiles its policy (with the test's amendments), builds tables from
// the entities it gives inline (fields it leaves out take a default), evaluates the rules it
// expects values of with the ordinary evaluator, and on a mismatch prints the explanation of
// the value it got. Coverage comes from the same explanations: what they traversed was exercised,
// including, inside aggregates, the filters and values of the rows the test gives (also_covers).
#include "service/testing.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "runtime/explain.h"
#include "runtime/readers.h"
#include "runtime/writers.h"
#include "types/values.h"

namespace redline::service {

namespace fs = std::filesystem;

namespace {

std::string where(const support::SourceManager& sources, support::Location loc) {
  if (!loc.valid()) return "";
  return fmt::format("{}:{}", sources.file(loc.file).path(), sources.line_column(loc).line);
}

// What is wrong with a test, at a place in its file when it has one: `test` prints it as
// "file:line: message", `check` as a diagnostic with a caret under `length` columns.
class TestFailure : public std::runtime_error {
 public:
  explicit TestFailure(const std::string& text) : std::runtime_error(text), message(text) {}
  TestFailure(const support::SourceManager& sources, support::Location at, uint32_t length_, const std::string& message_)
      : std::runtime_error(at.valid() ? fmt::format("{}: {}", where(sources, at), message_) : message_),
        loc(at),
        length(length_),
        message(message_) {}
  support::Location loc;
  uint32_t length = 1;
  std::string message;
};

std::vector<std::string> discover(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        auto ext = it->path().extension();
        if (it->is_regular_file() && (ext == ".policy" || ext == ".tests")) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      throw UsageError(fmt::format("'{}' does not exist", p));
    }
  }
  return files;
}

// The text a literal expression spells, for sema::parse_constant.
bool literal_text(const ast::Expr& e, std::string& out) {
  switch (e.kind) {
    case ast::ExprKind::IntLit:
    case ast::ExprKind::DecimalLit:
    case ast::ExprKind::DateLit:
    case ast::ExprKind::BoolLit:
    case ast::ExprKind::TextLit:
      out = e.text;
      return true;
    case ast::ExprKind::Name: out = e.name; return true;
    case ast::ExprKind::Field:
      if (e.args[0]->kind != ast::ExprKind::Name) return false;
      out = e.name;  // `Enum.member`: the member
      return true;
    case ast::ExprKind::Unary:
      if (e.unary != ast::UnaryOp::Neg || !literal_text(*e.args[0], out)) return false;
      out = "-" + out;
      return true;
    default: return false;
  }
}

// An expected value written as an expression (`1200 * 12`, `add_days(2024-01-31, 1)`) rather
// than a literal. The compiler folds it: the test's compilation gets one rule per such value
// (see fold_expected), typed as the rule it is compared with, so that its types, builtins and
// run-time errors are the language's own and not a second implementation of them.
bool is_folded(const ast::Expr& e) {
  std::string text;
  return e.kind != ast::ExprKind::NoneLit && e.kind != ast::ExprKind::SetLit && !literal_text(e, text);
}

bool has_folded(const ast::TestDecl& t) {
  for (const auto& ex : t.expectations)
    if (ex.value && is_folded(*ex.value)) return true;
  return false;
}

// The name of the rule holding the i-th expected value: with a blank, no name written in a
// policy or a test can meet it.
std::string folded_rule(size_t i) { return fmt::format("expected value {}", i + 1); }


// Adds to the policy a rule per expected value of `test` written as an expression, over the
// entity and with the type of the rule it is compared with. An expectation of an unknown rule
// gets none: prepare_test reports the rule.
std::function<void(ast::Module&)> fold_expected(const ast::TestDecl& test) {
  return [&test](ast::Module& m) {
    for (size_t i = 0; i < test.expectations.size(); ++i) {
      const auto& ex = test.expectations[i];
      if (!ex.value || !is_folded(*ex.value)) continue;
      auto target = std::find_if(m.rules.begin(), m.rules.end(), [&](const ast::RuleDecl& r) { return r.name == ex.rule; });
      if (target == m.rules.end()) continue;
      ast::RuleDecl r;
      r.name = folded_rule(i);
      r.loc = ex.value->loc;
      r.param = "the row";
      r.param_loc = ex.value->loc;
      r.entity = target->entity;
      r.entity_loc = target->entity_loc;
      r.type = target->type ? *target->type : ast::TypeRef{"bool", false, false, ex.value->loc};
      const std::string clause = "test " + test.name;
      r.citation = ast::Citation{clause, {clause}, ex.value->loc};
      r.body = ast::clone(*ex.value);
      m.rules.push_back(std::move(r));
    }
  };
}

// The first thing a folded expected value reads that is not a constant (a field, a rule, a
// parameter, a cycle, an aggregate, the rule's own row), as a message and a place; null when it
// reads only literals, enum members and builtin functions of them.
const ast::Expr* not_constant(const ast::Expr& e, std::string& what) {
  switch (e.kind) {
    case ast::ExprKind::Aggregate: what = fmt::format("it aggregates over '{}'", e.entity); return &e;
    case ast::ExprKind::Name:
    case ast::ExprKind::Field:
    case ast::ExprKind::Call:
      switch (e.bound.ref) {
        case ast::RefKind::Local: what = "it reads the test's row"; return &e;
        case ast::RefKind::Param: what = fmt::format("it reads the parameter '{}'", e.name); return &e;
        case ast::RefKind::Field: what = fmt::format("it reads the field '{}'", e.name); return &e;
        case ast::RefKind::Rule: what = fmt::format("it calls the rule '{}'", e.name); return &e;
        case ast::RefKind::Cycle: what = fmt::format("it reads the cycle '{}'", e.name); return &e;
        default: break;
      }
      break;
    default: break;
  }
  for (const auto& a : e.args)
    if (a)
      if (const ast::Expr* found = not_constant(*a, what)) return found;
  for (const auto& arm : e.arms)
    if (arm.value)
      if (const ast::Expr* found = not_constant(*arm.value, what)) return found;
  return nullptr;
}

// Builds the tables of a test's given entities. The first problem found throws a TestFailure,
// unless `problems` is given: then every problem is added to it, and the parts in error are
// left out (for `check`, which reports them all and runs nothing).
class Givens {
 public:
  Givens(const driver::Compiled& c, const ast::TestDecl& t, const support::SourceManager& sources,
         std::vector<TestFailure>* problems = nullptr)
      : c_(c), p_(c.program), t_(t), sources_(sources), problems_(problems) {}

  // Runs `step`; a problem it throws ends the test, or is collected.
  template <typename Step>
  void attempt(Step&& step) {
    try {
      step();
    } catch (const TestFailure& f) {
      if (!problems_) throw;
      problems_->push_back(f);
    }
  }

  [[noreturn]] void fail(support::Location at, size_t length, const std::string& message) const {
    throw TestFailure(sources_, at, static_cast<uint32_t>(std::max<size_t>(1, length)), message);
  }

  std::vector<runtime::Table> build() {
    std::vector<runtime::Table> tables(p_.entities.size());
    for (size_t e = 0; e < tables.size(); ++e) tables[e].entity = static_cast<int32_t>(e);
    // Entities read from data files, as `run --data` reads them: all their rows come from there.
    std::vector<const ast::TestDecl::GivenData*> from_data(tables.size(), nullptr);
    for (const auto& gd : t_.given_data) {
      attempt([&] {
        int32_t e = p_.entity_index(gd.entity);
        if (e < 0) {
          std::vector<std::string> names;
          for (auto& x : p_.entities) names.push_back(x.name);
          std::string hint = support::closest_name(gd.entity, names);
          fail(at(gd.entity_loc, gd.loc), gd.entity.size(),
               fmt::format("unknown entity '{}'{}", gd.entity, hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
        }
        if (from_data[static_cast<size_t>(e)])
          fail(at(gd.entity_loc, gd.loc), gd.entity.size(), fmt::format("the data of {} is given twice", gd.entity));
        // Relative to the test's file, as its amendments are.
        const fs::path file = fs::path(sources_.file(t_.loc.file).path()).parent_path() / gd.path;
        try {
          tables[static_cast<size_t>(e)] = runtime::read_table(p_, e, file.lexically_normal().string());
        } catch (const runtime::DataError& error) {
          fail(at(gd.path_loc, gd.loc), gd.path.size() + 2, error.what());
        }
        tables[static_cast<size_t>(e)].entity = e;
        from_data[static_cast<size_t>(e)] = &gd;
      });
    }
    // Keys first, so that references may point at entities given later.
    std::vector<uint8_t> skip(t_.given.size(), 0);
    for (size_t k = 0; k < t_.given.size(); ++k) {
      const auto& g = t_.given[k];
      attempt([&] {
        int32_t e = p_.entity_index(g.entity);
        if (e >= 0 && from_data[static_cast<size_t>(e)]) {
          skip[k] = 1;
          fail(at(g.entity_loc, g.loc), g.entity.size(),
               fmt::format("the rows of {} come from '{}': give them there, not inline", g.entity,
                           from_data[static_cast<size_t>(e)]->path));
        }
        if (e < 0) {
          skip[k] = 1;
          std::vector<std::string> names;
          for (auto& x : p_.entities) names.push_back(x.name);
          std::string hint = support::closest_name(g.entity, names);
          fail(at(g.entity_loc, g.loc), g.entity.size(),
               fmt::format("unknown entity '{}'{}", g.entity, hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
        }
        runtime::Table& t = tables[static_cast<size_t>(e)];
        auto& key = t.text_storage.emplace_back(g.key);
        if (!t.key_index.emplace(key, static_cast<uint32_t>(t.rows)).second) {
          skip[k] = 1;
          fail(at(g.key_loc, g.loc), g.key.size(), fmt::format("{} '{}' is given twice", g.entity, g.key));
        }
        t.row_lines.push_back(sources_.line_column(g.loc).line);
        ++t.rows;
      });
    }
    for (size_t e = 0; e < tables.size(); ++e) {
      if (from_data[e]) continue;
      const ir::Entity& ent = p_.entities[e];
      runtime::Table& t = tables[e];
      t.source = fmt::format("test '{}'", t_.name);
      for (const auto& f : ent.fields) {
        runtime::Column col;
        col.type = f.type;
        if (f.type.kind == TypeKind::Text) col.texts.assign(t.rows, std::string_view());
        else col.values.assign(t.rows, 0);
        if (f.type.optional) col.present.assign(t.rows, 0);
        t.columns.push_back(std::move(col));
      }
    }
    std::vector<size_t> next(tables.size(), 0);
    for (size_t k = 0; k < t_.given.size(); ++k) {
      if (skip[k]) continue;
      const auto& g = t_.given[k];
      size_t e = static_cast<size_t>(p_.entity_index(g.entity));
      size_t row = next[e]++;
      fill_row(tables, e, row, g);
    }
    // The references of the rows read from data, by key, to rows given either way; an unknown
    // key names the file, row and field.
    std::vector<std::vector<uint8_t>> only(tables.size());
    bool any = false;
    for (size_t e = 0; e < tables.size(); ++e)
      if (from_data[e]) only[e].assign(p_.entities[e].fields.size(), 1), any = true;
    if (any)
      attempt([&] {
        try {
          runtime::resolve_references(p_, tables, &only);
        } catch (const runtime::DataError& error) {
          fail(t_.loc, t_.name.size(), error.what());
        }
      });
    return tables;
  }

  // A place to point at: the name's own location, else the item's.
  static support::Location at(support::Location name, support::Location item) { return name.valid() ? name : item; }

  // The expected value of an expectation as a one-row column of `type`.
  runtime::Column expected(const ast::Expr& e, const Type& type, const std::vector<runtime::Table>& tables,
                           support::Location at, size_t length) {
    runtime::Column col;
    col.type = type;
    if (type.kind == TypeKind::Text) col.texts.assign(1, std::string_view());
    else col.values.assign(1, 0);
    if (type.optional) col.present.assign(1, 1);
    set_value(col, 0, e, type, tables, at, length, "the expected value");
    return col;
  }

 private:
  const driver::Compiled& c_;
  const ir::Program& p_;
  const ast::TestDecl& t_;
  const support::SourceManager& sources_;
  std::vector<TestFailure>* problems_;
  std::deque<std::string> texts_;

  void fill_row(std::vector<runtime::Table>& tables, size_t e, size_t row, const ast::GivenEntity& g) {
    const ir::Entity& ent = p_.entities[e];
    runtime::Table& t = tables[e];
    std::vector<bool> given(ent.fields.size(), false);
    const ir::Field& key_field = ent.fields[static_cast<size_t>(ent.key_field)];
    runtime::Column& key = t.columns[static_cast<size_t>(ent.key_field)];
    // A text key is the entity's name in 'given'. Any other key is given as a field, and the
    // name is only the test's handle for the entity (references and expectations use it).
    const bool named_key = key_field.type.kind == TypeKind::Text;
    if (named_key) {
      key.texts[row] = texts_.emplace_back(g.key);
      given[static_cast<size_t>(ent.key_field)] = true;
    }
    const support::Location handle = at(g.key_loc, g.loc);
    for (const auto& fv : g.values) {
      attempt([&] {
        int32_t f = ent.field_index(fv.field);
        if (f < 0) {
          std::vector<std::string> names;
          for (auto& x : ent.fields) names.push_back(x.name);
          std::string hint = support::closest_name(fv.field, names);
          fail(fv.loc, fv.field.size(), fmt::format("{} has no field '{}'{}", ent.name, fv.field,
                                                    hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
        }
        if (f == ent.key_field && named_key)
          fail(fv.loc, fv.field.size(), fmt::format("the key of {} is its name in 'given'", ent.name));
        given[static_cast<size_t>(f)] = true;
        const ir::Field& field = ent.fields[static_cast<size_t>(f)];
        runtime::Column& col = t.columns[static_cast<size_t>(f)];
        // Problems with the value point at the value.
        const support::Location value_at = fv.value->loc.valid() ? fv.value->loc : fv.loc;
        const size_t value_length = fv.value->loc.valid() ? fv.value->length : fv.field.size();
        set_value(col, row, *fv.value, field.type, tables, value_at, value_length, fmt::format("field '{}'", field.name));
        if (col.is_present(row))
          for (const auto& check : field.checks)
            if (!ir::check_holds(check, col.values[row]))
              fail(value_at, value_length, fmt::format("field '{}' violates the check '{}'", field.name, check.literal));
      });
    }
    attempt([&] {
      if (!given[static_cast<size_t>(ent.key_field)])
        fail(handle, g.key.size(),
             fmt::format("give the key of {} '{}' as a field ('{}: 1'): an {} key is not a name", ent.name, g.key,
                         key_field.name, p_.type_name(key_field.type)));
      if (!named_key) {
        // Keys are unique, as in data; 'given twice' of names is found when the handles are indexed.
        for (size_t other = 0; other < row; ++other)
          if (key.values[other] == key.values[row])
            fail(handle, g.key.size(),
                 fmt::format("{} {} is given twice (also as '{}')", ent.name, key.values[row], t.key_index.key(other)));
      }
    });
    for (size_t f = 0; f < ent.fields.size(); ++f)
      if (!given[f] && ent.fields[f].type.kind == TypeKind::Entity && !ent.fields[f].type.optional)
        attempt([&] {
          fail(handle, g.key.size(), fmt::format("give field '{}': a reference has no default", ent.fields[f].name));
        });
  }

  void set_value(runtime::Column& col, size_t row, const ast::Expr& e, const Type& type,
                 const std::vector<runtime::Table>& tables, support::Location at, size_t length, const std::string& what) {
    if (e.kind == ast::ExprKind::NoneLit) {
      if (!type.optional) fail(at, length, fmt::format("{} is a '{}' and cannot be none", what, p_.type_name(type)));
      if (col.present.empty()) col.present.assign(col.size(), 1);
      col.present[row] = 0;
      return;
    }
    if (!col.present.empty()) col.present[row] = 1;
    Type base = type.as_required();
    if (base.kind == TypeKind::Set) {
      if (e.kind != ast::ExprKind::SetLit) fail(at, length, fmt::format("{} is a set: write {{a, b}}", what));
      uint64_t mask = 0;
      for (auto& x : e.args) {
        sema::Constant k;
        std::string text, error;
        if (!literal_text(*x, text) || !sema::parse_constant(c_.analysis, Type::enumeration(base.index), text, k, error))
          fail(at, length, fmt::format("{}: {}", what, error.empty() ? "a set lists enum members" : error));
        mask |= uint64_t{1} << k.value;
      }
      col.values[row] = static_cast<int64_t>(mask);
      return;
    }
    std::string text;
    if (!literal_text(e, text)) fail(at, length, fmt::format("{} must be a literal value", what));
    if (base.kind == TypeKind::Entity) {
      const runtime::Table& target = tables[static_cast<size_t>(base.index)];
      auto it = target.key_index.find(text);
      if (it == target.key_index.end())
        fail(at, length, fmt::format("{} refers to {} '{}', which the test does not give", what,
                             p_.entities[static_cast<size_t>(base.index)].name, text));
      col.values[row] = it->second;
      return;
    }
    sema::Constant k;
    std::string error;
    if (!sema::parse_constant(c_.analysis, base, text, k, error)) fail(at, length, fmt::format("{}: {}", what, error));
    if (base.kind == TypeKind::Text) col.texts[row] = texts_.emplace_back(k.text);
    else col.values[row] = k.value;
  }
};

std::string show(const ir::Program& p, const std::vector<runtime::Table>& tables, const runtime::Column& c, size_t row) {
  if (c.type.kind == TypeKind::Entity) {
    if (!c.is_present(row)) return "none";
    return tables[static_cast<size_t>(c.type.index)].key_text(p.entities[static_cast<size_t>(c.type.index)],
                                                               static_cast<size_t>(c.values[row]));
  }
  if (!c.is_present(row)) return "none";
  return runtime::format_value(p, c, row);
}

void collect_coverage(const runtime::ExplainNode& n, std::set<std::string>& out) {
  if (!n.coverage_id.empty()) out.insert(n.coverage_id);
  out.insert(n.also_covers.begin(), n.also_covers.end());
  for (auto& c : n.children) collect_coverage(c, out);
}

void add_items(const ir::Program& p, Coverage& cov) {
  std::set<std::string> known;
  for (auto& i : cov.items) known.insert(i.id);
  auto add = [&](std::string id, std::string citation, std::string origin) {
    if (known.insert(id).second) cov.items.push_back({std::move(id), std::move(citation), std::move(origin)});
  };
  // Ids as runtime::explain gives them: an item an amendment defined (a replaced rule or cycle,
  // an inserted row or exception, and the rows and exceptions of a replaced rule) is its own item.
  auto add_from = [&](const std::string& item, const std::string& citation, const std::string& amendment) {
    add(runtime::coverage_id(item, amendment), citation, amendment);
  };
  std::vector<const ir::Rule*> all;
  for (const auto& r : p.rules) all.push_back(&r);
  for (const auto& f : p.functions) all.push_back(&f);  // covered where a call is explained
  for (const ir::Rule* rp : all) {
    const ir::Rule& r = *rp;
    if (r.name.find(' ') != std::string::npos) continue;  // a test's folded expected value (folded_rule)
    add_from((r.row_slot >= 0 ? "function " : "rule ") + r.name, r.origin.citation, r.origin.amendment);
    if (r.table)
      for (const auto& row : r.table->rows)
        add_from("row " + r.name + "." + row.label, row.origin.citation.empty() ? r.origin.citation : row.origin.citation,
                 row.origin.amendment.empty() ? r.origin.amendment : row.origin.amendment);
    for (const auto& x : r.exceptions)
      add_from("exception " + r.name + "." + x.label, x.origin.citation,
               x.origin.amendment.empty() ? r.origin.amendment : x.origin.amendment);
  }
  for (const auto& c : p.cycles)
    for (size_t i = 0; i < c.values.size(); ++i)
      add_from(fmt::format("cycle {}@{}", c.name, i + 1), c.origin.citation, c.origin.amendment);
}

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += ' ';
        else out += c;
    }
  }
  return out;
}

}  // namespace

namespace {

// A test ready to run: its tables, options, and per expectation the rule, the row and the
// value wanted. Everything `check` verifies of a test without running it.
struct PreparedTest {
  std::unique_ptr<Givens> givens;  // owns the texts the tables and expected values view
  std::vector<runtime::Table> tables;
  runtime::EvalOptions options;
  std::vector<int32_t> rules;    // by expectation
  std::vector<uint32_t> rows;    // by expectation
  std::vector<runtime::Column> wanted;  // by expectation; empty when folded
  std::vector<int32_t> folded;          // by expectation: the rule holding the expected value, or -1
  std::vector<std::optional<int64_t>> tolerance;  // by expectation, in the rule's type
};

// The modifications and the date a test is compiled with, and the key its compilation is
// shared under by the tests that have the same.
struct TestSetup {
  std::vector<std::string> amendments;
  std::optional<int64_t> as_of;
  std::string cache_key;
};

TestSetup test_setup(const support::SourceManager& sources, const ast::TestDecl& test, const fs::path& dir,
                     const std::string& policy) {
  TestSetup setup;
  for (const auto& a : test.amendments) setup.amendments.push_back((dir / a).lexically_normal().string());
  if (test.as_of) {
    int64_t d = 0;
    if (!parse_date(*test.as_of, d))
      throw TestFailure(sources, test.as_of_loc, static_cast<uint32_t>(test.as_of->size()),
                        fmt::format("'{}' is not a date", *test.as_of));
    setup.as_of = d;
  }
  setup.cache_key = policy + "|" + (setup.as_of ? std::to_string(*setup.as_of) : "");
  for (auto& a : setup.amendments) setup.cache_key += "|" + a;
  // Expected values folded into rules make the compilation this test's own.
  if (has_folded(test)) setup.cache_key += fmt::format("|folded {}:{}", test.loc.file, test.loc.offset);
  return setup;
}

// Builds what a test gives and checks what it expects against the compiled policy. The first
// problem throws a TestFailure; with `problems`, every problem is collected there instead.
PreparedTest prepare_test(const support::SourceManager& sources, const driver::Compiled& compiled,
                          const ast::TestDecl& test, std::optional<int64_t> as_of,
                          std::vector<TestFailure>* problems = nullptr) {
  const ir::Program& program = compiled.program;
  PreparedTest t;
  t.givens = std::make_unique<Givens>(compiled, test, sources, problems);
  Givens& givens = *t.givens;
  t.tables = givens.build();
  t.options.as_of = as_of ? *as_of : parse_date_option("");
  t.options.threads = 1;
  for (size_t i = 0; i < test.params.size(); ++i) {
    const auto& [name, value] = test.params[i];
    const support::Location at = i < test.param_locs.size() && test.param_locs[i].valid() ? test.param_locs[i] : test.loc;
    givens.attempt([&] {
      int32_t index = program.param_index(name);
      if (index < 0) {
        std::vector<std::string> names;
        for (auto& x : program.params) names.push_back(x.name);
        std::string hint = support::closest_name(name, names);
        givens.fail(at, name.size(),
                    fmt::format("unknown parameter '{}'{}", name, hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
      }
      std::string text, error;
      sema::Constant k;
      if (!literal_text(*value, text) ||
          !sema::parse_constant(compiled.analysis, program.params[static_cast<size_t>(index)].type, text, k, error))
        givens.fail(value->loc.valid() ? value->loc : at, value->loc.valid() ? value->length : name.size(),
                    fmt::format("parameter '{}': {}", name, error.empty() ? "not a literal" : error));
      t.options.overrides.push_back({index, k.value, k.text});
    });
  }
  for (size_t i = 0; i < test.expectations.size(); ++i) {
    const auto& ex = test.expectations[i];
    int32_t rule = -1;
    uint32_t row = 0;
    runtime::Column want;
    int32_t folded = -1;
    std::optional<int64_t> tolerance;
    givens.attempt([&] {
      rule = program.rule_index(ex.rule);
      if (rule < 0 && program.function_index(ex.rule) >= 0)
        givens.fail(Givens::at(ex.rule_loc, ex.loc), ex.rule.size(),
                    fmt::format("'{}' is a function, which has a value only when called with arguments; expect a rule "
                                "that calls it",
                                ex.rule));
      if (rule < 0) {
        std::vector<std::string> names;
        for (auto& x : program.rules) names.push_back(x.name);
        std::string hint = support::closest_name(ex.rule, names);
        givens.fail(Givens::at(ex.rule_loc, ex.loc), ex.rule.size(),
                    fmt::format("unknown rule '{}'{}", ex.rule, hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
      }
      const ir::Rule& ir_rule = program.rules[static_cast<size_t>(rule)];
      const runtime::Table& table = t.tables[static_cast<size_t>(ir_rule.entity)];
      auto it = table.key_index.find(ex.key);
      if (it == table.key_index.end())
        givens.fail(Givens::at(ex.key_loc, ex.loc), ex.key.size(),
                    fmt::format("the test gives no {} '{}'", program.entities[static_cast<size_t>(ir_rule.entity)].name, ex.key));
      row = it->second;
      const bool located = ex.value && ex.value->loc.valid();
      if (ex.value && is_folded(*ex.value)) {
        folded = program.rule_index(folded_rule(i));
        const auto decl = std::find_if(compiled.module->rules.begin(), compiled.module->rules.end(),
                                       [&](const ast::RuleDecl& r) { return r.name == folded_rule(i); });
        if (folded < 0 || decl == compiled.module->rules.end() || !decl->body)
          givens.fail(ex.value->loc, ex.value->length, "the expected value was not compiled");
        std::string what;
        if (const ast::Expr* bad = not_constant(*decl->body, what))
          givens.fail(bad->loc, bad->length, fmt::format("the expected value must be a constant, but {}", what));
      } else {
        want = givens.expected(*ex.value, ir_rule.type, t.tables, located ? ex.value->loc : ex.loc,
                               located ? ex.value->length : 6);
      }
      if (ex.tolerance) {
        const ast::Expr& tol = *ex.tolerance;
        const Type base = ir_rule.type.as_required();
        if (base.kind != TypeKind::Int && base.kind != TypeKind::Decimal && base.kind != TypeKind::Money)
          givens.fail(tol.loc, tol.length,
                      fmt::format("a tolerance applies to numbers and money, and '{}' is a '{}'", ex.rule,
                                  program.type_name(ir_rule.type)));
        std::string text, error;
        sema::Constant k;
        if (!literal_text(tol, text))
          givens.fail(tol.loc, tol.length, "the tolerance must be a literal number");
        if (!sema::parse_constant(compiled.analysis, base, text, k, error))
          givens.fail(tol.loc, tol.length, fmt::format("the tolerance: {}", error));
        if (k.value < 0) givens.fail(tol.loc, tol.length, "the tolerance must not be negative");
        tolerance = k.value;
      }
    });
    t.rules.push_back(rule);
    t.rows.push_back(row);
    t.wanted.push_back(std::move(want));
    t.folded.push_back(folded);
    t.tolerance.push_back(tolerance);
  }
  return t;
}

}  // namespace

TestRun run_tests(Session& session, const std::vector<std::string>& paths, const TestOptions& options) {
  TestRun run;
  std::map<std::string, std::pair<std::shared_ptr<driver::Compiled>, std::string>> compiled_cache;
  for (const std::string& file : discover(paths)) {
    support::DiagnosticEngine parse_diags(session.sources);
    auto module = driver::parse_file(session.sources, parse_diags, file);
    if (!module || parse_diags.has_errors()) {
      TestResult r{file, "(file)", "", file, false, parse_diags.render(), 0};
      run.results.push_back(std::move(r));
      continue;
    }
    if (module->tests.empty() || module->kind == ast::Module::Kind::Modification) continue;
    fs::path dir = fs::path(file).parent_path();
    std::string policy = module->kind == ast::Module::Kind::Tests
                             ? (dir / module->tests_for).lexically_normal().string()
                             : file;
    Coverage& cov = run.coverage[policy];
    run.found += module->tests.size();
    for (const ast::TestDecl& test : module->tests) {
      std::string label = fmt::format("{}: {}", file, test.name);
      if (!options.filter.empty() && label.find(options.filter) == std::string::npos) continue;
      TestResult r;
      r.file = file;
      r.name = test.name;
      r.title = test.title;
      r.where = where(session.sources, test.loc);
      auto start = std::chrono::steady_clock::now();
      try {
        TestSetup setup = test_setup(session.sources, test, dir, policy);
        // Tests that share a policy, amendments and date share one compilation.
        auto cached = compiled_cache.find(setup.cache_key);
        if (cached == compiled_cache.end()) {
          support::DiagnosticEngine diags(session.sources);
          driver::CompileOptions co;
          co.amendments = setup.amendments;
          co.as_of = setup.as_of;
          if (has_folded(test)) co.extend = fold_expected(test);
          std::shared_ptr<driver::Compiled> fresh = driver::compile(session.sources, diags, policy, co);
          cached = compiled_cache.emplace(setup.cache_key, std::make_pair(fresh, diags.render())).first;
        }
        const auto& compiled = cached->second.first;
        if (!compiled) throw TestFailure("the policy does not compile:\n" + cached->second.second);
        const ir::Program& program = compiled->program;
        add_items(program, cov);
        PreparedTest prepared = prepare_test(session.sources, *compiled, test, setup.as_of);
        const std::vector<runtime::Table>& tables = prepared.tables;
        const runtime::EvalOptions& eo = prepared.options;
        std::vector<int32_t> rules = prepared.rules;
        for (int32_t f : prepared.folded)
          if (f >= 0) rules.push_back(f);
        runtime::Results results;
        // A test that only expects an error evaluates the whole policy to meet it.
        if (rules.empty() && !test.expected_errors.empty())
          for (size_t i = 0; i < program.rules.size(); ++i) rules.push_back(static_cast<int32_t>(i));
        try {
          results = runtime::evaluate(program, tables, eo, rules);
        } catch (const runtime::EvalError& e) {
          bool expected = false;
          for (const auto& text : test.expected_errors)
            if (std::string(e.what()).find(text) != std::string::npos) expected = true;
          if (!expected) throw TestFailure(fmt::format("evaluation failed: {}", e.what()));
          r.passed = true;
        }
        if (!r.passed && !test.expected_errors.empty())
          throw TestFailure(fmt::format("expected evaluation to fail with \"{}\", but it succeeded", test.expected_errors[0]));
        std::string failures;
        runtime::ExplainOptions xo;
        xo.where = [&session](const support::Location& loc) { return where(session.sources, loc); };
        xo.coverage = options.coverage;
        for (size_t i = 0; i < test.expectations.size() && !r.passed; ++i) {
          const auto& ex = test.expectations[i];
          int32_t rule = prepared.rules[i];
          uint32_t row = prepared.rows[i];
          const runtime::Column& got = *results.columns[static_cast<size_t>(rule)];
          const runtime::Column& want = prepared.folded[i] >= 0
                                            ? *results.columns[static_cast<size_t>(prepared.folded[i])]
                                            : prepared.wanted[i];
          const size_t want_row = prepared.folded[i] >= 0 ? row : 0;
          std::string got_text = show(program, tables, got, row);
          std::string want_text = show(program, tables, want, want_row);
          bool matches = got_text == want_text;
          std::string off;  // with a tolerance: the difference, shown on a failure
          if (const auto& tolerance = prepared.tolerance[i]; tolerance && got.is_present(row) && want.is_present(want_row)) {
            // Exact, in 128 bits: the difference of two 64-bit values may not fit 64.
            const wide_int diff = static_cast<wide_int>(got.values[row]) - want.values[want_row];
            const wide_int magnitude = diff < 0 ? -diff : diff;
            matches = magnitude <= *tolerance;
            runtime::Column shown;
            shown.type = got.type.as_required();
            shown.values.assign(1, magnitude > INT64_MAX ? INT64_MAX : static_cast<int64_t>(magnitude));
            const std::string difference = runtime::format_value(program, shown, 0);
            shown.values[0] = *tolerance;
            off = fmt::format(" (a difference of {}, more than {})", difference, runtime::format_value(program, shown, 0));
          }
          runtime::ExplainNode why;
          bool need_explanation = !matches || options.coverage;
          if (need_explanation) why = runtime::explain(program, tables, eo, results, rule, row, xo);
          if (options.coverage) collect_coverage(why, cov.covered);
          if (!matches) {
            std::string explanation = runtime::explain_text(why);
            std::string indented;
            size_t pos = 0;
            while (pos < explanation.size()) {
              size_t nl = explanation.find('\n', pos);
              indented += "      " + explanation.substr(pos, nl - pos) + "\n";
              pos = nl == std::string::npos ? explanation.size() : nl + 1;
            }
            failures += fmt::format("  {}: expected {}({}) == {}, got {}{}\n    because:\n{}", where(session.sources, ex.loc),
                                    ex.rule, ex.key, want_text, got_text, off, indented);
          }
        }
        if (!failures.empty()) throw TestFailure(failures);
        r.passed = true;
      } catch (const TestFailure& f) {
        r.failure = f.what();
      } catch (const UsageError& f) {
        r.failure = f.what();
      } catch (const runtime::DataError& f) {
        r.failure = f.what();
      }
      r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      run.results.push_back(std::move(r));
    }
  }
  return run;
}

void check_tests(Session& session, const std::string& file, const ast::Module& module, support::DiagnosticEngine& diags,
                 bool require_citations, const driver::Compiled* plain) {
  if (module.tests.empty() || module.kind == ast::Module::Kind::Modification) return;
  fs::path dir = fs::path(file).parent_path();
  std::string policy =
      module.kind == ast::Module::Kind::Tests ? (dir / module.tests_for).lexically_normal().string() : file;
  // Problems already reported (the policy's own, when check compiled it) are not repeated.
  std::set<std::tuple<uint32_t, uint32_t, std::string>> reported;
  for (const auto& d : diags.diagnostics()) reported.emplace(d.loc.file, d.loc.offset, d.message);
  auto report = [&](support::Diag id, support::Location loc, uint32_t length, const std::string& message,
                    const std::vector<support::Note>& notes) {
    if (reported.emplace(loc.file, loc.offset, message).second) diags.report(id, loc, message, length).notes = notes;
  };
  std::map<std::string, std::shared_ptr<const driver::Compiled>> compiled_cache;
  for (const ast::TestDecl& test : module.tests) {
    try {
      TestSetup setup = test_setup(session.sources, test, dir, policy);
      // A modification that is not there is pointed at in the test, not reported without a place.
      bool missing = false;
      for (size_t i = 0; i < setup.amendments.size(); ++i) {
        std::error_code ec;
        if (fs::is_regular_file(setup.amendments[i], ec)) continue;
        missing = true;
        const support::Location at = i < test.amendment_locs.size() ? test.amendment_locs[i] : test.loc;
        report(support::Diag::FileError, at, 5,
               fmt::format("cannot open '{}': {}", setup.amendments[i],
                           fs::exists(setup.amendments[i], ec) ? "not a file" : "No such file or directory"),
               {});
      }
      if (missing) continue;
      auto cached = compiled_cache.find(setup.cache_key);
      if (cached == compiled_cache.end() && plain && setup.amendments.empty() &&
          !has_folded(test))  // the date matters only to amendments; folded values need their rules
        cached = compiled_cache.emplace(setup.cache_key, std::shared_ptr<const driver::Compiled>(plain, [](auto*) {})).first;
      if (cached == compiled_cache.end()) {
        support::DiagnosticEngine local(session.sources);
        driver::CompileOptions co;
        co.amendments = setup.amendments;
        co.as_of = setup.as_of;
        co.require_citations = require_citations;
        if (has_folded(test)) co.extend = fold_expected(test);
        std::shared_ptr<driver::Compiled> fresh = driver::compile(session.sources, local, policy, co);
        for (const auto& d : local.diagnostics()) report(d.id, d.loc, d.length, d.message, d.notes);
        cached = compiled_cache.emplace(setup.cache_key, std::move(fresh)).first;
      }
      if (!cached->second) continue;  // its errors are reported above
      std::vector<TestFailure> problems;
      prepare_test(session.sources, *cached->second, test, setup.as_of, &problems);
      for (const auto& p : problems) report(support::Diag::InvalidTest, p.loc, p.length, p.message, {});
    } catch (const TestFailure& f) {
      report(support::Diag::InvalidTest, f.loc, f.length, f.message, {});
    }
  }
}

std::string coverage_report(const TestRun& run) {
  std::string out;
  for (const auto& [policy, cov] : run.coverage) {
    // Items come from the programs the tests compiled: none when no test ran (--filter) or when
    // the policy did not compile. That is not complete coverage.
    if (cov.items.empty()) {
      out += fmt::format("coverage of {}: unknown, no test of it compiled and ran\n", policy);
      continue;
    }
    size_t covered = 0;
    std::map<std::string, std::pair<size_t, size_t>> by_clause;
    std::vector<const CoverageItem*> missing;
    for (const auto& item : cov.items) {
      bool hit = cov.covered.count(item.id) > 0;
      covered += hit;
      std::string clause = item.citation.empty() ? "(no citation)" : item.citation;
      if (!item.origin.empty()) clause += " (" + item.origin + ")";
      auto& [h, n] = by_clause[clause];
      h += hit;
      ++n;
      if (!hit) missing.push_back(&item);
    }
    out += fmt::format("coverage of {}: {} of {} items ({}%)\n", policy, covered, cov.items.size(),
                       cov.items.empty() ? 100 : covered * 100 / cov.items.size());
    out += "  by clause:\n";
    for (const auto& [clause, hn] : by_clause)
      out += fmt::format("    {:<32} {}/{}{}\n", clause, hn.first, hn.second, hn.first == hn.second ? "" : "  <- incomplete");
    if (missing.empty()) {
      out += "  every rule, table row, exception and cycle position is exercised by a test\n";
    } else {
      out += "  not exercised by any test:\n";
      for (const auto* item : missing)
        out += fmt::format("    {}{}\n", item->id, item->citation.empty() ? "" : "  [" + item->citation + "]");
    }
  }
  return out;
}

std::string junit_xml(const TestRun& run) {
  size_t failures = 0;
  double total = 0;
  for (const auto& r : run.results) {
    failures += !r.passed;
    total += r.seconds;
  }
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"redline\" tests=\"{}\" failures=\"{}\" time=\"{:.3f}\">\n", run.results.size(),
                     failures, total);
  std::map<std::string, std::vector<const TestResult*>> by_file;
  for (const auto& r : run.results) by_file[r.file].push_back(&r);
  for (const auto& [file, results] : by_file) {
    size_t f = 0;
    for (auto* r : results) f += !r->passed;
    out += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">\n", xml_escape(file), results.size(), f);
    for (auto* r : results) {
      out += fmt::format("    <testcase classname=\"{}\" name=\"{}\" time=\"{:.3f}\"", xml_escape(file), xml_escape(r->name),
                         r->seconds);
      if (r->passed) {
        out += "/>\n";
      } else {
        std::string first = r->failure.substr(0, r->failure.find('\n'));
        out += fmt::format(">\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n", xml_escape(first),
                           xml_escape(r->failure));
      }
    }
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return out;
}

}  // namespace redline::service
