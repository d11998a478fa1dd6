// A run's results as a table, csv, json or jsonl: one section per entity.
#pragma once

#include <ostream>

#include "runtime/writers.h"
#include "service/run.h"

namespace redline::report {

// One section (one entity's rows) in the format's own shape.
void write_run_section(std::ostream& out, runtime::OutputFormat format, const service::RunResult& run, size_t section,
                       const runtime::WriteOptions& options);
// Every section in one stream: one alone as write_run_section; several as a titled section each
// (table), an object with an array per entity (json), each line naming its entity first (jsonl).
// Csv holds one table: several sections are the caller's to refuse (service::RunRequest::one_table).
void write_run(std::ostream& out, runtime::OutputFormat format, const service::RunResult& run,
               const runtime::WriteOptions& options);

}  // namespace redline::report
