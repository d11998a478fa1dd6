#include "support/allocator.h"

#include <malloc.h>

namespace redline::support {

void tune_allocator() {
  // A diff of a million rows allocates and frees columns of megabytes, chunk after chunk. By
  // default glibc maps each block over 128 KB afresh and returns freed memory to the system,
  // so every new column paid its page faults again (a fifth of the run). Keep freed memory for
  // reuse instead; the process is short-lived and its peak is what it is anyway.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  // No fastbins. Parsing allocates and frees millions of small nodes (tokens, parse-tree
  // contexts, AST nodes) between larger blocks, and each larger request made glibc
  // consolidate every fastbin: a fifth of a 10,000-rule compile's CPU went to
  // malloc_consolidate and unlink_chunk. Small blocks still come from the per-thread cache.
  mallopt(M_MXFAST, 0);
}

}  // namespace redline::support
