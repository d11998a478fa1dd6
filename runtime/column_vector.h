// ColumnVector: a std::vector whose growth leaves new elements of trivially copyable types
// unset, for the arrays of a column.
#pragma once

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
