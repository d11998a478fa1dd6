#include "support/allocator.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

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
  // Transparent huge pages for the heap (advise_huge_pages): `redline check` of a 10,000-rule
  // policy took 36,000 page faults and 0.49 s, with 2 MB pages 11,000 and 0.29 s, as glibc's own
  // glibc.malloc.hugetlb=1 tunable gives. The heap is grown once by a large top pad and the new
  // part marked; later growth of the break extends that marked area.
  if (std::getenv("REDLINE_NO_HUGEPAGES") != nullptr) return;
  mallopt(M_TOP_PAD, 64 << 20);
  const auto before = static_cast<char*>(sbrk(0));
  // Below the mmap threshold: from the heap, which grows by the pad. Volatile, or the compiler
  // drops the pair.
  void* volatile grow = malloc(4 << 20);
  free(grow);
  const auto after = static_cast<char*>(sbrk(0));
  if (before != reinterpret_cast<char*>(-1) && after > before) advise_huge_pages(before, static_cast<size_t>(after - before));
}

void tune_thread_heap() {
  // glibc gives each further thread an arena of its own, in heaps it maps 64 MB at a time
  // (HEAP_MAX_SIZE, aligned to its size) and opens with mprotect as they fill; the thread's
  // first block tells which. The same hint as the main heap's, over that whole heap.
  constexpr std::uintptr_t heap_size = std::uintptr_t{64} << 20;
  void* volatile probe = malloc(64);
  const auto at = reinterpret_cast<std::uintptr_t>(probe);
  free(probe);
  const auto brk = reinterpret_cast<std::uintptr_t>(sbrk(0));
  if (at == 0 || at < brk) return;  // the main arena (below the break): marked already
  advise_huge_pages(reinterpret_cast<void*>(at & ~(heap_size - 1)), heap_size);
}

void advise_huge_pages(void* p, std::size_t bytes) {
#ifdef MADV_HUGEPAGE
  static const bool wanted = std::getenv("REDLINE_NO_HUGEPAGES") == nullptr;
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  const auto begin = (reinterpret_cast<std::uintptr_t>(p) + huge - 1) & ~(huge - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(p) + bytes) & ~(huge - 1);
  if (wanted && end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)p;
  (void)bytes;
#endif
}

}  // namespace redline::support
