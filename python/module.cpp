// _redline: the Python module's binding of the service (service/service.h). It only turns
// Python arguments into requests and results into plain Python values: every value as the
// runtime's one formatter writes it (runtime::format_value, through DiffReport::before/after
// for a diff) with its type's kind, every reason as runtime::cause_text writes it, every
// diagnostic as support::diagnostics_to_json renders it. redline/__init__.py converts values to
// Python types by kind, builds the DataFrames and raises the package's exceptions.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "runtime/diff.h"
#include "runtime/writers.h"
#include "types/values.h"
#include "service/service.h"
#include "support/diagnostic_formats.h"

namespace py = pybind11;
using namespace redline;

namespace {

// The exception every call raises, as (kind, fields): redline/__init__.py re-raises it as the
// package's own class, so those classes (and their docstrings) live in Python.
// Held for the life of the process (the module cannot be unloaded): a py::object here would be
// released after the interpreter is finalized.
PyObject* failure_type = nullptr;

[[noreturn]] void fail(const char* kind, const py::dict& fields) {
  PyErr_SetObject(failure_type, py::make_tuple(kind, fields).ptr());
  throw py::error_already_set();
}

// What a session reported: each compile's diagnostics as the JSON document of
// `check --format json` (diagnostic_formats.h), and the notices' sentences. Nothing goes to the
// process's stderr, which a notebook does not show.
struct Reported {
  std::vector<std::string> diagnostics;
  std::vector<std::string> notices;
};

void collect(service::Session& s, Reported& out) {
  s.on_diagnostics = [&s, &out](support::DiagnosticEngine& diags) {
    if (!diags.diagnostics().empty()) out.diagnostics.push_back(support::diagnostics_to_json(diags.sorted(), s.sources));
  };
  s.on_notice = [&out](const service::Notice& n) { out.notices.push_back(n.text()); };
}

// A service call without the GIL (other Python threads run meanwhile), its typed errors turned
// into the failure above with their fields. The handlers run after the release's scope, with
// the GIL held again. `keep_gil`: for a call that reads Python objects.
template <class F>
auto guarded(service::Session& s, const Reported& reported, F&& call, bool keep_gil = false) {
  try {
    std::optional<py::gil_scoped_release> release;
    if (!keep_gil) release.emplace();
    return call();
  } catch (const service::CompileFailed&) {
    // Unpublished diagnostics too (a check leaves them in the engine).
    std::vector<std::string> parts = reported.diagnostics;
    if (!s.diags.diagnostics().empty()) parts.push_back(support::diagnostics_to_json(s.diags.sorted(), s.sources));
    py::dict f;
    f["diagnostics"] = parts;
    fail("compile", f);
  } catch (const runtime::DataError& e) {
    py::dict f;
    f["message"] = std::string(e.what());
    f["file"] = e.file;
    f["line"] = e.line ? py::object(py::int_(e.line)) : py::object(py::none());
    f["column"] = e.column ? py::object(py::int_(e.column)) : py::object(py::none());
    f["row"] = e.row ? py::object(py::int_(e.row)) : py::object(py::none());
    f["field"] = e.field ? py::object(py::str(*e.field)) : py::object(py::none());
    f["entity"] = e.entity;
    f["key"] = e.key;
    f["reason"] = e.message;
    fail("data", f);
  } catch (const runtime::EvalError& e) {
    py::dict f;
    f["message"] = std::string(e.what());
    f["rule"] = e.rule;
    f["citation"] = e.citation;
    f["entity"] = e.entity;
    f["key"] = e.key;
    f["reason"] = e.message;
    fail("eval", f);
  } catch (const service::UsageError& e) {
    py::dict f;
    f["message"] = std::string(e.what());  // names the keyword argument ("data names ...")
    const std::string_view field = service::UsageError::field_name(e.field);
    f["field"] = field.empty() ? py::object(py::none()) : py::object(py::str(std::string(field)));
    fail("usage", f);
  } catch (const std::bad_alloc&) {
    throw;  // pybind11 raises MemoryError
  } catch (const std::exception& e) {
    py::dict f;
    f["message"] = std::string(e.what());
    fail("error", f);
  }
}

std::optional<int64_t> as_of_day(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return service::parse_date_option(*text, "as_of");
}

// (entity, name, csv bytes or None): a path, or a DataFrame written as CSV by the caller.
using DataArg = std::tuple<std::string, std::string, std::optional<py::bytes>>;

// With the GIL held: the bytes are copied out of their Python objects here.

std::vector<service::DataSource> data_sources(const std::vector<DataArg>& data) {
  std::vector<service::DataSource> out;
  for (const auto& [entity, name, bytes] : data) {
    service::DataSource d;
    if (bytes) {
      d.entity = entity;
      d.path = name;
      d.format = service::DataFormat::Csv;
      d.bytes = std::make_shared<const runtime::FileBytes>(std::string(*bytes));
    } else {
      d = service::parse_data_spec(entity + "=" + name);  // a file by its extension, or `register.sqlite#parties`
    }
    out.push_back(std::move(d));
  }
  return out;
}

// The kind of a value's type, for redline/__init__.py to convert its text by.
const char* kind_name(TypeKind kind) {
  switch (kind) {
    case TypeKind::Bool: return "bool";
    case TypeKind::Int: return "int";
    case TypeKind::Decimal: return "decimal";
    case TypeKind::Money: return "money";
    case TypeKind::Text: return "text";
    case TypeKind::Date: return "date";
    case TypeKind::Enum: return "enum";
    case TypeKind::Set:
    case TypeKind::EmptySet: return "set";
    case TypeKind::Entity: return "entity";
    case TypeKind::Error: break;
  }
  return "text";
}

// One column as texts, None where the value is missing (an empty text is "", not None).
struct TextColumn {
  std::string name;
  std::string kind;
  std::vector<std::optional<std::string>> values;
};

TextColumn text_column(const ir::Program& program, const std::vector<runtime::Table>& tables, std::string name,
                       const runtime::Column& column, size_t rows) {
  TextColumn out{std::move(name), kind_name(column.type.kind), {}};
  out.values.reserve(rows);
  for (size_t row = 0; row < rows; ++row) {
    if (column.is_present(row)) out.values.emplace_back(runtime::format_value(program, column, row, tables));
    else out.values.emplace_back(std::nullopt);
  }
  return out;
}

py::list python_column(const TextColumn& c) {
  py::list values;
  for (const auto& v : c.values) values.append(v ? py::object(py::str(*v)) : py::object(py::none()));
  return values;
}

py::dict reported_dict(const Reported& r) {
  py::dict d;
  d["diagnostics"] = r.diagnostics;
  d["notices"] = r.notices;
  return d;
}

py::dict check(const std::vector<std::string>& files, bool strict, const std::vector<std::string>& params) {
  service::Session s;
  Reported reported;
  collect(s, reported);
  service::CheckRequest request;
  request.files = files;
  request.strict = strict;
  request.params = params;
  std::string json = guarded(s, reported, [&] {
    service::check(s, request);
    return support::diagnostics_to_json(s.diags.sorted(), s.sources);
  });
  py::dict d = reported_dict(reported);
  d["diagnostics"] = std::vector<std::string>{json};
  return d;
}

py::dict run(const std::string& policy, const std::vector<std::string>& amendments, const std::vector<DataArg>& data,
             const std::optional<std::string>& as_of, const std::string& select, const std::vector<std::string>& params) {
  service::Session s;
  Reported reported;
  collect(s, reported);
  struct Section {
    std::string entity;
    TextColumn key;
    std::vector<TextColumn> rules;
  };
  service::RunRequest request;
  request.data = guarded(s, reported, [&] { return data_sources(data); }, /*keep_gil=*/true);
  std::vector<Section> sections = guarded(s, reported, [&] {
    request.policy = policy;
    request.amendments = amendments;
    request.params = params;
    request.as_of = as_of_day(as_of);
    request.select = select;
    service::RunResult result = service::run(s, request);
    const ir::Program& program = result.program();
    std::vector<Section> out;
    for (const service::RunResult::Section& section : result.sections) {
      const ir::Entity& e = program.entities[static_cast<size_t>(section.entity)];
      const runtime::Table& t = result.tables[static_cast<size_t>(section.entity)];
      Section o{e.name, text_column(program, result.tables, e.fields[static_cast<size_t>(e.key_field)].name,
                                    t.key_column(e), t.rows), {}};
      for (int32_t r : section.rules)
        o.rules.push_back(text_column(program, result.tables, program.rules[static_cast<size_t>(r)].name,
                                      *result.results.columns[static_cast<size_t>(r)], t.rows));
      out.push_back(std::move(o));
    }
    return out;
  });
  py::list out;
  for (const Section& section : sections) {
    py::list columns;
    columns.append(py::make_tuple(section.key.name, section.key.kind, python_column(section.key)));
    for (const TextColumn& c : section.rules) columns.append(py::make_tuple(c.name, c.kind, python_column(c)));
    out.append(py::make_tuple(section.entity, columns));
  }
  py::dict d = reported_dict(reported);
  d["sections"] = out;
  return d;
}

py::dict diff(const std::string& policy, const std::vector<std::string>& amendments,
              const std::vector<std::string>& base_amendments, const std::vector<DataArg>& data,
              const std::optional<std::string>& as_of, const std::string& select, const std::vector<std::string>& params) {
  service::Session s;
  Reported reported;
  collect(s, reported);
  struct Value {
    std::optional<std::string> text;  // none: missing, or no such output on this side
    std::string kind;
  };
  struct Change {
    std::string key, output;
    Value before, after;
    std::string why;
  };
  struct Out {
    std::string entity, key_name;
    std::vector<Change> changes;
  };
  service::DiffRequest request;
  request.data = guarded(s, reported, [&] { return data_sources(data); }, /*keep_gil=*/true);
  Out result = guarded(s, reported, [&] {
    request.policy = policy;
    request.amendments = amendments;
    request.base_amendments = base_amendments;
    request.params = params;
    request.as_of = as_of_day(as_of);
    request.select = select;
    request.explain = true;
    service::DiffResult d = service::diff(s, request);
    const runtime::DiffReport& r = d.report;
    Out o{r.entity, r.key_name, std::vector<Change>(r.changes.size())};
    auto value = [&](const runtime::DiffReport::Side& side, const runtime::ChangedValue& ch, std::string text) {
      if (!side.column) return Value{std::nullopt, ""};
      return Value{side.column->is_present(ch.row) ? std::optional<std::string>(std::move(text)) : std::nullopt,
                   kind_name(side.column->type.kind)};
    };
    for (size_t i = 0; i < r.changes.size(); ++i) {
      const runtime::ChangedValue& ch = r.changes[i];
      Change& c = o.changes[i];
      c.key = r.key(ch);
      c.output = r.outputs[ch.output];
      c.before = value(r.source.before[ch.output], ch, r.before(ch));
      c.after = value(r.source.after[ch.output], ch, r.after(ch));
    }
    // The reasons, found again chunk by chunk as a report's writer finds them; each change's
    // sentence is written into its own row, so the chunks can be rendered side by side.
    r.explain(
        0, r.changes.size(),
        [&](size_t, std::string&, size_t i, const runtime::Cause* cause) {
          if (cause) o.changes[i].why = runtime::cause_text(*cause, d.context.law, o.changes[i].key);
        },
        [](std::string&) {}, nullptr, runtime::CauseDetail::Ends);
    return o;
  });
  auto text = [](const Value& v) { return v.text ? py::object(py::str(*v.text)) : py::object(py::none()); };
  py::list changes;
  for (const Change& c : result.changes)
    changes.append(py::make_tuple(c.key, c.output, text(c.before), c.before.kind, text(c.after), c.after.kind, c.why));
  py::dict d = reported_dict(reported);
  d["entity"] = result.entity;
  d["key_name"] = result.key_name;
  d["changes"] = changes;
  return d;
}

// One entity's timeline (service::timeline) as rows, one per thing that happened on a step:
// (date, event, name, before, after, due, unmeetable, citation, text), event one of "amendment",
// "parameter", "fact", "change", "arises", "ends", "passes", "moved", "conflicts" (text: the
// obligation that forbids the act). For an obligation that forbids an act, `due` is the day the
// prohibition ends. Values as the runtime's formatter wrote them; redline/__init__.py makes the DataFrame.
py::dict timeline(const std::string& policy, const std::vector<std::string>& amendments, const std::vector<DataArg>& data,
                  const std::string& key, const std::string& select, const std::optional<std::string>& from,
                  const std::optional<std::string>& to, const std::vector<std::string>& params) {
  service::Session s;
  Reported reported;
  collect(s, reported);
  using Row = std::tuple<std::string, std::string, std::string, std::optional<std::string>, std::optional<std::string>,
                         std::optional<std::string>, bool, std::string, std::string>;
  service::TimelineRequest request;
  request.data = guarded(s, reported, [&] { return data_sources(data); }, /*keep_gil=*/true);
  std::pair<std::string, std::vector<Row>> result = guarded(s, reported, [&] {
    request.policy = policy;
    request.amendments = amendments;
    request.params = params;
    request.key = key;
    request.select = select;
    if (from) request.from = service::parse_date_option(*from, "start");
    if (to) request.to = service::parse_date_option(*to, "end");
    const service::TimelineResult t = service::timeline(s, request);
    std::vector<Row> rows;
    auto opt = [](const std::string& v) { return v.empty() ? std::nullopt : std::optional<std::string>(v); };
    for (const auto& step : t.steps) {
      const std::string day = format_date(step.day);
      for (const auto& a : step.amendments) rows.emplace_back(day, "amendment", a, std::nullopt, std::nullopt, std::nullopt, false, "", "");
      for (const auto& p : step.parameters) rows.emplace_back(day, "parameter", p, std::nullopt, std::nullopt, std::nullopt, false, "", "");
      for (const auto& f : step.facts) {
        std::string text;
        for (const auto& [name, value] : f.fields) text += (text.empty() ? "" : ", ") + name + " = " + value;
        rows.emplace_back(day, "fact", f.entity + " " + f.key, std::nullopt, std::nullopt, std::nullopt, false, "",
                          f.date_field + (text.empty() ? "" : ": " + text));
      }
      for (const auto& c : step.changes)
        rows.emplace_back(day, "change", t.rules[c.rule].name, c.before, c.after, opt(c.due_after), false, c.citation, "");
      for (const auto& d : step.deadlines) {
        const std::string event(service::deadline_event(d.kind));
        rows.emplace_back(day, event, t.rules[d.rule].name, std::nullopt, std::nullopt,
                          d.due ? std::optional<std::string>(format_date(*d.due)) : std::nullopt, d.unmeetable, d.citation,
                          d.kind == service::TimelineDeadline::Kind::Conflicts ? t.rules[d.other].name : "");
      }
    }
    return std::make_pair(t.entity, std::move(rows));
  });
  py::list rows;
  for (const Row& r : result.second) rows.append(py::cast(r));
  py::dict d = reported_dict(reported);
  d["entity"] = result.first;
  d["rows"] = rows;
  return d;
}

}  // namespace

PYBIND11_MODULE(_redline, m) {
  m.doc() = "redline's service, for the redline package (use `import redline`, not this module)";
  failure_type = PyErr_NewException("redline._redline.Failure", PyExc_RuntimeError, nullptr);
  if (failure_type == nullptr) throw py::error_already_set();
  m.attr("Failure") = py::reinterpret_borrow<py::object>(failure_type);
  m.def("check", &check, py::arg("files"), py::arg("strict"), py::arg("params"));
  m.def("run", &run, py::arg("policy"), py::arg("amendments"), py::arg("data"), py::arg("as_of"), py::arg("select"),
        py::arg("params"));
  m.def("timeline", &timeline, py::arg("policy"), py::arg("amendments"), py::arg("data"), py::arg("key"),
        py::arg("select"), py::arg("start"), py::arg("end"), py::arg("params"));
  m.def("diff", &diff, py::arg("policy"), py::arg("amendments"), py::arg("base_amendments"), py::arg("data"),
        py::arg("as_of"), py::arg("select"), py::arg("params"));
}
