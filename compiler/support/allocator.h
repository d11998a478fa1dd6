// Process-wide allocator settings for redline's workloads; called first thing by the CLI, and
// by the benchmarks so that they measure what the CLI does.
#pragma once

namespace redline::support {

void tune_allocator();

}  // namespace redline::support
