#include "report/run.h"

#include <deque>
#include <sstream>

namespace redline::report {

void write_run_section(std::ostream& out, runtime::OutputFormat format, const service::RunResult& run, size_t section,
                       const runtime::WriteOptions& options) {
  const ir::Program& program = run.program();
  const service::RunResult::Section& s = run.sections[section];
  const ir::Entity& e = program.entities[static_cast<size_t>(s.entity)];
  const runtime::Table& t = run.tables[static_cast<size_t>(s.entity)];
  std::deque<runtime::Column> converted;
  std::deque<std::string> storage;
  std::vector<runtime::NamedColumn> columns;
  for (int32_t r : s.rules) {
    const runtime::Column* c = run.results.columns[static_cast<size_t>(r)].get();
    if (c->type.kind == TypeKind::Entity) c = &converted.emplace_back(service::keys_of_references(program, run.tables, *c, storage));
    columns.push_back({program.rules[static_cast<size_t>(r)].name, c});
  }
  runtime::write_results(out, format, program, e.fields[static_cast<size_t>(e.key_field)].name, t.key_column(e), columns,
                         t.rows, options);
}

void write_run(std::ostream& out, runtime::OutputFormat format, const service::RunResult& run,
               const runtime::WriteOptions& options) {
  const ir::Program& program = run.program();
  if (run.sections.size() == 1) return write_run_section(out, format, run, 0, options);
  if (format == runtime::OutputFormat::Json) out << "{\n";
  for (size_t k = 0; k < run.sections.size(); ++k) {
    const std::string& name = program.entities[static_cast<size_t>(run.sections[k].entity)].name;
    if (format == runtime::OutputFormat::Table) {
      out << (k ? "\n" : "") << name << ":\n";
      write_run_section(out, format, run, k, options);
    } else if (format == runtime::OutputFormat::Json) {
      std::ostringstream section;
      write_run_section(section, format, run, k, options);
      std::string text = section.str();
      while (!text.empty() && text.back() == '\n') text.pop_back();
      std::string quoted;
      runtime::append_json_string(quoted, name);
      out << quoted << ": " << text << (k + 1 < run.sections.size() ? ",\n" : "\n");
    } else {
      runtime::WriteOptions named = options;
      named.jsonl_entity = name;
      write_run_section(out, format, run, k, named);
    }
  }
  if (format == runtime::OutputFormat::Json) out << "}\n";
}

}  // namespace redline::report
