// KeyIndex::build: indexing every row of a table at once, on every core.
#include "runtime/key_index.h"

#include <atomic>

#include "runtime/parallel.h"

namespace redline::runtime {

size_t KeyIndex::build(ColumnVector<std::string_view> keys, size_t parts) {
  keys_ = std::move(keys);
  column_keys_ = nullptr;
  size_ = 0;
  const size_t repeat = build_slots(parts);
  // After a repeat only the parts' counts up to it are known; the index is then only good
  // for naming the repeated key's first row, and size() is not used.
  size_ = repeat == SIZE_MAX ? keys_.size() : 0;
  return repeat;
}

void KeyIndex::adopt_distinct(ColumnVector<std::string_view> keys) {
  keys_ = std::move(keys);
  column_keys_ = nullptr;
  size_ = keys_.size();
  allocate(0, 1);
  pending_ = true;
}

void KeyIndex::adopt_distinct_column(const ColumnVector<std::string_view>& column_keys) {
  keys_ = {};
  column_keys_ = &column_keys;
  size_ = column_keys.size();
  allocate(0, 1);
  pending_ = true;
}

size_t KeyIndex::build_slots(size_t parts) const {
  pending_ = false;
  if (column_keys_ != nullptr) {
    // The slots hold rows and read the keys often: from here on they are the index's own.
    keys_ = *column_keys_;
    column_keys_ = nullptr;
  }
  const size_t n = keys_.size();
  const size_t capacity = capacity_for(n);
  // A part per core for a large index, a power of two of them; small ones are not worth a thread.
  constexpr size_t kRowsPerPart = 1 << 16;
  if (parts == 0) parts = parallel_parts(n, kRowsPerPart);
  size_t whole = 1;
  while (whole * 2 <= parts && capacity / (whole * 2) >= 16) whole *= 2;
  parts = whole;

  for (;;) {
    allocate(capacity, parts);
    const size_t part_size = capacity / parts;
    // Keys spread over the parts as their hashes do; a part past three quarters full (keys
    // crafted to collide) would probe long and could fill up, so then the index is built
    // again in one part, which at most half fills.
    const size_t part_limit = parts == 1 ? SIZE_MAX : part_size / 4 * 3;
    std::vector<size_t> first_repeat(parts, SIZE_MAX);
    std::atomic<bool> overfull{false};
    run_parts(parts, [&](size_t part) {
      Slot* const begin = slots_.get() + part * part_size;
      std::fill(begin, begin + part_size, Slot{kFree, 0});
      const int shift = std::countr_zero(part_size);
      // Hashed a batch at a time: the insert loop then knows the slot it will need kAhead
      // inserts from now, and prefetches it.
      constexpr size_t kBatch = 1024, kAhead = 16;
      size_t hashes[kBatch];
      uint32_t rows[kBatch];
      size_t count = 0;
      for (size_t first = 0; first < n; first += kBatch) {
        const size_t end = std::min(n, first + kBatch);
        size_t mine = 0;
        for (size_t r = first; r < end; ++r) {
          const size_t h = hash(keys_[r]);
          hashes[mine] = h;
          rows[mine] = static_cast<uint32_t>(r);
          mine += ((h & mask_) >> shift) == part ? 1 : 0;  // branch-free: half the keys are another part's
        }
        for (size_t i = 0; i < mine; ++i) {
          if (i + kAhead < mine) __builtin_prefetch(&slots_[hashes[i + kAhead] & mask_], 1);
          if (!claim(keys_[rows[i]], rows[i], hashes[i]).second) {
            first_repeat[part] = rows[i];
            return;
          }
          if (++count > part_limit || overfull.load(std::memory_order_relaxed)) {
            overfull.store(true, std::memory_order_relaxed);
            return;
          }
        }
      }
    });
    if (overfull.load() && parts > 1) {
      parts = 1;
      continue;
    }
    size_t repeat = SIZE_MAX;
    for (size_t part = 0; part < parts; ++part) repeat = std::min(repeat, first_repeat[part]);
    return repeat;
  }
}

}  // namespace redline::runtime
