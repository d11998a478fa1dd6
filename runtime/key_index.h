// The index from an entity's key to its row: an open-addressing hash table of string views.
//
// Loading a million rows inserts a million keys; std::unordered_map spent most of the load
// allocating nodes and chasing pointers, so keys live in one flat array here. The interface is
// the small part of std::unordered_map that the readers use (emplace, find, iteration).
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace redline::runtime {

class KeyIndex {
 public:
  struct Slot {
    std::string_view first;  // the key; empty = free slot (keys are never empty)
    uint32_t second = 0;     // the row
    uint32_t tag = 0;        // high bits of the key's hash: most mismatches never read the key
  };

  class iterator {
   public:
    iterator(const Slot* p, const Slot* end) : p_(p), end_(end) { skip(); }
    std::pair<std::string_view, uint32_t> operator*() const { return {p_->first, p_->second}; }
    iterator& operator++() {
      ++p_;
      skip();
      return *this;
    }
    bool operator!=(const iterator& o) const { return p_ != o.p_; }

   private:
    void skip() {
      while (p_ != end_ && p_->first.empty()) ++p_;
    }
    const Slot* p_;
    const Slot* end_;
  };

  void reserve(size_t n) {
    size_t want = 16;
    while (want < n * 2) want *= 2;
    if (want > slots_.size()) rehash(want);
  }

  // Inserts `key` -> `row` unless the key is present; returns the slot and whether it inserted.
  std::pair<const Slot*, bool> emplace(std::string_view key, uint32_t row) {
    if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 16 : slots_.size() * 2);
    return insert(key, row, hash(key));
  }

  // Indexes keys[row] -> row for every row, in one pass that prefetches the slots it is about
  // to touch. Returns the first row whose key repeats an earlier one, or SIZE_MAX.
  size_t build(const std::vector<std::string_view>& keys) {
    reserve(size_ + keys.size());
    constexpr size_t kAhead = 16;
    std::vector<size_t> hashes(keys.size());
    for (size_t r = 0; r < keys.size(); ++r) hashes[r] = hash(keys[r]);
    size_t mask = slots_.size() - 1;
    for (size_t r = 0; r < keys.size(); ++r) {
      if (r + kAhead < keys.size()) __builtin_prefetch(&slots_[hashes[r + kAhead] & mask], 1);
      if (!insert(keys[r], static_cast<uint32_t>(r), hashes[r]).second) return r;
    }
    return SIZE_MAX;
  }

  const Slot* find(std::string_view key) const {
    if (slots_.empty() || key.empty()) return nullptr;
    size_t h = hash(key);
    uint32_t tag = static_cast<uint32_t>(h >> 32);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.first.empty()) return nullptr;
      if (s.tag == tag && s.first == key) return &s;
    }
  }
  const Slot* end() const { return nullptr; }
  // The row of a key that must be present (tests and assertions).
  uint32_t at(std::string_view key) const {
    const Slot* s = find(key);
    if (!s) throw std::out_of_range("key not in index");
    return s->second;
  }
  iterator begin_slots() const { return {slots_.data(), slots_.data() + slots_.size()}; }
  size_t size() const { return size_; }

  // Iteration over (key, row) pairs, in no particular order.
  struct Range {
    const KeyIndex& index;
    iterator begin() const { return index.begin_slots(); }
    iterator end() const { return {index.slots_.data() + index.slots_.size(), index.slots_.data() + index.slots_.size()}; }
  };
  Range all() const { return {*this}; }

 private:
  std::vector<Slot> slots_;
  size_t size_ = 0;

  // A multiply-xorshift hash over 8-byte words: keys are short ids, and this is a few cycles.
  static size_t hash(std::string_view s) {
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * 0xff51afd7ed558ccdULL;
      h ^= h >> 32;
    }
    uint64_t tail = 0;
    std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 29;
    return static_cast<size_t>(h);
  }

  std::pair<const Slot*, bool> insert(std::string_view key, uint32_t row, size_t h) {
    uint32_t tag = static_cast<uint32_t>(h >> 32);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.first.empty()) {
        s.first = key;
        s.second = row;
        s.tag = tag;
        ++size_;
        return {&s, true};
      }
      if (s.tag == tag && s.first == key) return {&s, false};
    }
  }

  void rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    size_ = 0;
    for (const Slot& s : old)
      if (!s.first.empty()) insert(s.first, s.second, hash(s.first));
  }
};

}  // namespace redline::runtime
