// Process-wide allocator settings for redline's workloads; called first thing by the CLI, and
// by the benchmarks so that they measure what the CLI does.
#pragma once

#include <cstddef>

namespace redline::support {

void tune_allocator();
// The same for the calling thread's own heap (glibc's arena of a thread other than main); called
// first thing by the threads that allocate much (the parallel parse, the evaluation's workers).
void tune_thread_heap();
// Asks the kernel for transparent huge pages over the whole 2 MB pages of [p, p + bytes) (a
// hint: where it is refused nothing changes), unless REDLINE_NO_HUGEPAGES is set. On this kind of
// virtual machine a page fault costs microseconds, and the first touch of each 4 KB page of new
// memory was a quarter of a large run.
void advise_huge_pages(void* p, std::size_t bytes);

}  // namespace redline::support
