// The index from an entity's key to its row: an open-addressing hash table over an array of
// keys.
//
// Loading a million rows inserts a million keys; std::unordered_map spent most of the load
// allocating nodes and chasing pointers, so the index is two flat arrays here: the keys, one
// view per row, and 8-byte slots holding a row and a tag (high bits of the key's hash) that
// point into them. A slot that held its key's view would be 32 bytes; at two slots per key
// that was 64 MB for a million rows, against 16 MB now, and the tag still settles nearly
// every mismatch without reading the key. The interface is the small part of
// std::unordered_map that the readers and the CLI use (emplace, find, iteration).
#pragma once

#include <cstdint>
#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/column_vector.h"

namespace redline::runtime {

// Whether the `n` bytes at `a` and `b` are equal. Inline word compares for the short keys and
// names data files hold: a call to memcmp per row was a visible share of loading.
inline bool equal_bytes(const char* a, const char* b, size_t n) {
  if (n >= 8 && n <= 16) {
    uint64_t a0, b0, a1, b1;  // two words that overlap when n < 16
    std::memcpy(&a0, a, 8);
    std::memcpy(&b0, b, 8);
    std::memcpy(&a1, a + n - 8, 8);
    std::memcpy(&b1, b + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 4 && n < 8) {
    uint32_t a0, b0, a1, b1;
    std::memcpy(&a0, a, 4);
    std::memcpy(&b0, b, 4);
    std::memcpy(&a1, a + n - 4, 4);
    std::memcpy(&b1, b + n - 4, 4);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n < 4) {
    for (size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  return std::memcmp(a, b, n) == 0;
}
inline bool equal_keys(std::string_view a, std::string_view b) {
  return a.size() == b.size() && equal_bytes(a.data(), b.data(), a.size());
}
// Whether `a` sorts before `b` byte by byte (as unsigned bytes, a prefix first): what
// std::string_view's < says, eight bytes at a step instead of a call to memcmp.
inline bool bytes_less(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) return __builtin_bswap64(x) < __builtin_bswap64(y);  // the first byte most significant
  }
  for (; i < n; ++i)
    if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
  return a.size() < b.size();
}

class KeyIndex {
 public:
  struct Slot {
    uint32_t second;  // the row (the name keeps the std::map-like `->second`), or kFree
    uint32_t tag;     // high bits of the key's hash: most mismatches never read the key
  };
  static constexpr uint32_t kFree = UINT32_MAX;  // rows stay below it (the readers check)

  class iterator {
   public:
    iterator(const std::string_view* keys, size_t row, size_t end) : keys_(keys), row_(row), end_(end) { skip(); }
    std::pair<std::string_view, uint32_t> operator*() const { return {keys_[row_], static_cast<uint32_t>(row_)}; }
    iterator& operator++() {
      ++row_;
      skip();
      return *this;
    }
    bool operator!=(const iterator& o) const { return row_ != o.row_; }

   private:
    void skip() {
      while (row_ != end_ && keys_[row_].empty()) ++row_;  // rows never given a key
    }
    const std::string_view* keys_;
    size_t row_;
    size_t end_;
  };

  KeyIndex() = default;
  KeyIndex(KeyIndex&&) noexcept = default;
  KeyIndex& operator=(KeyIndex&&) noexcept = default;
  KeyIndex(const KeyIndex& other) { *this = other; }
  // A copy owns its keys, even when `other` reads a column's (adopt_distinct_column): the copy may
  // outlive that column.
  KeyIndex& operator=(const KeyIndex& other) {
    if (this == &other) return *this;
    allocate(other.capacity_, other.parts_);
    std::copy(other.slots_.get(), other.slots_.get() + capacity_, slots_.get());
    keys_ = other.keys();
    column_keys_ = nullptr;
    size_ = other.size_;
    pending_ = other.pending_;
    return *this;
  }

  void reserve(size_t n) {
    ensure_built();
    const size_t want = capacity_for(n);
    if (want > capacity_) rehash(want);
  }

  // Inserts `key` -> `row` unless the key is present; returns the slot and whether it inserted.
  // Each row is given one key at most (rows are what the slots point at).
  std::pair<const Slot*, bool> emplace(std::string_view key, uint32_t row) {
    ensure_built();
    if ((size_ + 1) * 2 > capacity_) rehash(capacity_ == 0 ? 16 : capacity_ * 2);
    if (row >= keys_.size()) keys_.resize(static_cast<size_t>(row) + 1, std::string_view());
    return insert(key, row, hash(key));
  }

  // Takes `keys` (keys[row] is row's key; none empty) and indexes every row. Returns the
  // first row whose key repeats an earlier one, or SIZE_MAX; after a repeat the index is
  // only good for naming the repeated key's first row. Replaces any previous content.
  //
  // A large index is built on every core: the slots are cut into parts, a key's probe never
  // leaves the part its hash starts in, and each thread fills one part, taking only its own
  // keys. Each thread inserts in one pass over the rows that prefetches the slots it is
  // about to touch (a million inserts into 16 MB of slots are cache misses).
  size_t build(ColumnVector<std::string_view> keys, size_t parts = 0);

  // Takes `keys` (as build does) when they are known to be distinct, without indexing them:
  // the first lookup does. A command that only resolves references (resolve.cpp can do that
  // without the index) never pays for the slots: 16 MB of cache misses at a million rows.
  void adopt_distinct(ColumnVector<std::string_view> keys);
  // The same for the keys of a text key column, read where they are instead of copied. The
  // column must stay, at the same address, while the index does (a Table's columns do, the
  // Table moved or not); the keys are copied if the index is built or copied.
  void adopt_distinct_column(const ColumnVector<std::string_view>& column_keys);
  // Whether the slots are built (else the first lookup, emplace or reserve builds them).
  bool built() const { return !pending_; }
  // Builds the slots if they are not. A lookup builds them itself, but not safely from several
  // threads at once: code that looks up in parallel calls this first.
  void ensure_built() const {
    if (pending_) build_slots(0);
  }

  const Slot* find(std::string_view key) const {
    ensure_built();
    return capacity_ == 0 || key.empty() ? nullptr : lookup(key, hash(key));
  }
  const Slot* end() const { return nullptr; }
  // The row of a key that must be present (tests and assertions).
  uint32_t at(std::string_view key) const {
    const Slot* s = find(key);
    if (!s) throw std::out_of_range("key not in index");
    return s->second;
  }
  size_t size() const { return size_; }
  // How many parts the slots are in (see build).
  size_t parts() const { return parts_; }
  // The key given for `row` (empty when none was).
  std::string_view key(size_t row) const { return row < keys().size() ? keys()[row] : std::string_view(); }
  // Points each row's key at `moved(row, key)`: the same bytes somewhere else (the hashes,
  // and so the slots, stay valid). For a table that copies its texts out of the file it read.
  // Keys read from a column move with it: nothing to do.
  template <typename Moved>
  void relocate_keys(Moved&& moved) {
    if (column_keys_ != nullptr) return;
    for (size_t row = 0; row < keys_.size(); ++row)
      if (!keys_[row].empty()) keys_[row] = moved(row, keys_[row]);
  }

  // For batched lookups (resolve_references): the hash of a key, where its probe starts (to
  // prefetch), and the lookup from a hash computed earlier. Keys must not be empty.
  static size_t hash(std::string_view s) {
    // A multiply-xorshift over 8-byte words: keys are short ids, and this is a few cycles.
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * 0xff51afd7ed558ccdULL;
      h ^= h >> 32;
    }
    uint64_t tail = 0;
    if (i < s.size()) std::memcpy(&tail, s.data() + i, s.size() - i);  // an empty view's data may be null
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 29;
    return static_cast<size_t>(h);
  }
  // A lookup misses the cache three times: the slot, the row's key view, the key's bytes.
  // Batched lookups prefetch them in three stages, each once the one before has arrived:
  // prefetch_slot(h) well ahead, prefetch_view(h) nearer, prefetch_bytes(h) just before.
  // These and find_hashed need the slots built (ensure_built).
  void prefetch_slot(size_t h) const {
    if (capacity_ != 0) __builtin_prefetch(&slots_[h & mask_]);
  }
  void prefetch_view(size_t h) const {
    if (capacity_ == 0) return;
    const Slot& s = slots_[h & mask_];
    if (s.second != kFree) __builtin_prefetch(&keys_[s.second]);
  }
  void prefetch_bytes(size_t h) const {
    if (capacity_ == 0) return;
    const Slot& s = slots_[h & mask_];
    if (s.second != kFree) __builtin_prefetch(keys_[s.second].data());
  }
  const Slot* find_hashed(std::string_view key, size_t h) const { return capacity_ == 0 ? nullptr : lookup(key, h); }

  // Iteration over (key, row) pairs, in row order.
  struct Range {
    const KeyIndex& index;
    iterator begin() const { return {index.keys().data(), 0, index.keys().size()}; }
    iterator end() const { return {index.keys().data(), index.keys().size(), index.keys().size()}; }
  };
  Range all() const { return {*this}; }

 private:
  // Slots, a power of two of them, at most half full (in each part). Not zeroed on
  // allocation: build() fills each part on the thread that will use it. Mutable, with the
  // state describing them, because a const index adopted without them builds them on demand.
  mutable std::unique_ptr<Slot[]> slots_;
  mutable size_t capacity_ = 0;
  mutable size_t mask_ = 0;       // capacity_ - 1
  mutable size_t parts_ = 1;      // a power of two; a probe stays in its part
  mutable size_t part_mask_ = 0;  // capacity_ / parts_ - 1
  mutable bool pending_ = false;  // keys adopted, slots not built yet
  // By row; empty for a row not indexed. Mutable for the copy a pending index takes of a
  // column's keys when it builds.
  mutable ColumnVector<std::string_view> keys_;
  // The column whose texts are the keys (adopt_distinct_column), while pending; else null.
  mutable const ColumnVector<std::string_view>* column_keys_ = nullptr;
  size_t size_ = 0;

  const ColumnVector<std::string_view>& keys() const { return column_keys_ != nullptr ? *column_keys_ : keys_; }

  // Fills the slots from keys_ (all rows, none empty); returns the first row whose key repeats
  // an earlier one, or SIZE_MAX. `parts` as for build.
  size_t build_slots(size_t parts) const;

  static size_t capacity_for(size_t n) {
    size_t want = 16;
    while (want < n * 2) want *= 2;
    return want;
  }

  // Allocates `capacity` slots in `parts` parts, leaving them unfilled.
  void allocate(size_t capacity, size_t parts) const {
    slots_ = capacity == 0 ? nullptr : std::make_unique_for_overwrite<Slot[]>(capacity);
    capacity_ = capacity;
    mask_ = capacity == 0 ? 0 : capacity - 1;
    parts_ = parts;
    part_mask_ = capacity == 0 ? 0 : capacity / parts - 1;
  }

  // The slot after `i` in its probe: the next one, wrapping at the end of i's part.
  size_t next_slot(size_t i) const { return (i & ~part_mask_) | ((i + 1) & part_mask_); }

  const Slot* lookup(std::string_view key, size_t h) const {
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = next_slot(i)) {
      const Slot& s = slots_[i];
      if (s.second == kFree) return nullptr;
      if (s.tag == tag && equal_keys(keys_[s.second], key)) return &s;
    }
  }

  // Puts `row` in the first free slot of key's probe unless a slot there already holds the
  // key: returns that slot and whether it was free. Touches nothing else, so that build's
  // threads can call it at once, each in its own part.
  std::pair<Slot*, bool> claim(std::string_view key, uint32_t row, size_t h) const {
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = next_slot(i)) {
      Slot& s = slots_[i];
      if (s.second == kFree) {
        s.second = row;
        s.tag = tag;
        return {&s, true};
      }
      if (s.tag == tag && equal_keys(keys_[s.second], key)) return {&s, false};
    }
  }

  std::pair<const Slot*, bool> insert(std::string_view key, uint32_t row, size_t h) {
    const auto [slot, inserted] = claim(key, row, h);
    if (inserted) {
      keys_[row] = key;
      ++size_;
    }
    return {slot, inserted};
  }

  // Grows to `capacity` slots in one part (emplace inserts one key at a time, on one thread).
  void rehash(size_t capacity) {
    std::unique_ptr<Slot[]> old = std::move(slots_);
    const size_t old_capacity = capacity_;
    allocate(capacity, 1);
    std::fill(slots_.get(), slots_.get() + capacity_, Slot{kFree, 0});
    // Keys are unique already: each old slot only needs a free place.
    for (size_t o = 0; o < old_capacity; ++o) {
      const Slot& s = old[o];
      if (s.second == kFree) continue;
      size_t i = hash(keys_[s.second]) & mask_;
      while (slots_[i].second != kFree) i = next_slot(i);
      slots_[i] = s;
    }
  }
};

}  // namespace redline::runtime
