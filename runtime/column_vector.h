// ColumnVector: a std::vector whose growth leaves new elements of trivially copyable types
// unset, for the arrays of a column.
#pragma once

#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

#include "support/allocator.h"

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
  // A large array asks for transparent huge pages (support::advise_huge_pages). Arrays past
  // glibc's mmap threshold are mapped afresh, outside the heap that support::tune_allocator
  // marks, and their first touch took a page fault every 4 KB.
  T* allocate(std::size_t n) {
    T* p = std::allocator<T>::allocate(n);
    if (n * sizeof(T) >= (std::size_t{8} << 20)) support::advise_huge_pages(p, n * sizeof(T));
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
