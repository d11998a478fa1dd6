// ColumnVector: a std::vector whose growth leaves new elements of trivially copyable types
// unset, for the arrays of a column.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace redline::runtime {

// An allocator whose vectors leave new elements of trivially copyable types unset (resize
// costs nothing until the elements are written): a column is sized once and then filled in
// parts by several threads, and zeroing it first would touch every page on one thread.
template <typename T>
struct UnsetAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = UnsetAllocator<U>;
  };
  UnsetAllocator() = default;
  template <typename U>
  UnsetAllocator(const UnsetAllocator<U>&) noexcept {}
  // A large array asks for transparent huge pages over its whole 2 MB pages (a hint: the
  // kernel may refuse it). Arrays past glibc's mmap threshold are mapped afresh, outside the
  // heap that support::tune_allocator marks, and their first touch took a page fault every
  // 4 KB, each costing microseconds on a virtual machine.
  T* allocate(std::size_t n) {
    T* p = std::allocator<T>::allocate(n);
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
    const std::size_t bytes = n * sizeof(T);
    static const bool wanted = std::getenv("REDLINE_NO_HUGEPAGES") == nullptr;  // as tune_allocator
    if (wanted && bytes >= 4 * huge) {
      const auto begin = (reinterpret_cast<std::uintptr_t>(p) + huge - 1) & ~(huge - 1);
      const auto end = (reinterpret_cast<std::uintptr_t>(p) + bytes) & ~(huge - 1);
      if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
    }
#endif
    return p;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    if constexpr (sizeof...(Args) == 0 && std::is_trivially_copyable_v<U>)
      (void)p;  // left unset: the caller writes every element before reading it
    else
      ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
template <typename T>
using ColumnVector = std::vector<T, UnsetAllocator<T>>;

}  // namespace redline::runtime
