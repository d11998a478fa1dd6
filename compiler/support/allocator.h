// Process-wide allocator settings for redline's workloads; called first thing by the CLI, and
// by the benchmarks so that they measure what the CLI does.
#pragma once

namespace redline::support {

void tune_allocator();
// The same for the calling thread's own heap (glibc's arena of a thread other than main); called
// first thing by the threads that allocate much (the parallel parse, the evaluation's workers).
void tune_thread_heap();

}  // namespace redline::support
