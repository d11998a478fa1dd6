// redline-handwritten: the hand-written baseline for the benchmark.
//
//   redline-handwritten PARTIES.csv [-o OUT]
//
// Answers one question the way a competent engineer would code it by hand: which
// premises_counted / assessment values change between the SEC Section G baseline and the
// SECMP0044 amendment (docs/sec-policy.md), for every Party of a CSV
// (id,name,category,roles,domestic_premises,shared_resource,assessment_year; columns are found
// by header name). Output, byte-identical to bench/sqlite_diff.sql and `redline diff ... --format csv`:
//
//   id,output,before,after
//   P0000007,premises_counted,412345,120000
//   P0000007,assessment,Full,Verification
//
// one row per (party, output) whose value differs, outputs premises_counted then assessment,
// parties in input order; LF line ends; RFC 4180 quoting only where a field needs it.
//
// How: map the whole file (copy-on-write) or read it into one buffer, parse it in place (RFC 4180: quoted fields with
// commas, newlines and "" escapes; CRLF or LF), keep a compact record per party, sum
// domestic_premises per shared_resource id in an open-addressing hash table (only the distinct
// provider ids go in it, so it stays in cache), then one pass writes the diff. Linear time,
// single-threaded. Input errors (missing column, bad integer, unknown category, ragged row)
// stop it with exit status 1 and a message naming the record.
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

[[noreturn]] void fail(const std::string& msg) {
  std::fprintf(stderr, "redline-handwritten: %s\n", msg.c_str());
  std::exit(1);
}

// ---------------------------------------------------------------------------------------------
// Input

// The whole input in one mutable buffer: a private (copy-on-write) mapping for a regular file,
// so the parser can unescape quoted fields in place without copying the file; read() into
// memory for anything else (a pipe, an empty file).
class Buffer {
 public:
  explicit Buffer(const char* path) {
    const int fd = ::open(path, O_RDONLY);
    if (fd < 0) fail(std::string(path) + ": " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) fail(std::string(path) + ": " + std::strerror(errno));
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
      void* m = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (m != MAP_FAILED) {
        data_ = static_cast<char*>(m);
        size_ = static_cast<std::size_t>(st.st_size);
        mapped_ = true;
        ::close(fd);
        return;
      }
    }
    std::size_t cap = 1 << 16;
    owned_ = std::make_unique_for_overwrite<char[]>(cap);
    for (;;) {
      if (size_ == cap) {
        auto bigger = std::make_unique_for_overwrite<char[]>(cap * 2);
        std::memcpy(bigger.get(), owned_.get(), size_);
        owned_ = std::move(bigger);
        cap *= 2;
      }
      const ssize_t n = ::read(fd, owned_.get() + size_, cap - size_);
      if (n < 0) {
        if (errno == EINTR) continue;
        fail(std::string(path) + ": " + std::strerror(errno));
      }
      if (n == 0) break;
      size_ += static_cast<std::size_t>(n);
    }
    data_ = owned_.get();
    ::close(fd);
  }
  ~Buffer() {
    if (mapped_) ::munmap(data_, size_);
  }
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;

  char* data() { return data_; }
  std::size_t size() const { return size_; }

 private:
  std::unique_ptr<char[]> owned_;
  char* data_ = nullptr;
  std::size_t size_ = 0;
  bool mapped_ = false;
};

// RFC 4180 reader over a mutable buffer. Quoted fields are unescaped in place, so every field
// is a string_view into the buffer.
class CsvReader {
 public:
  CsvReader(char* begin, std::size_t size) : p_(begin), end_(begin + size) {}

  // Reads the next record into `fields` (cleared first). Returns false at end of input.
  // Blank lines are skipped.
  bool next(std::vector<std::string_view>& fields) {
    fields.clear();
    while (p_ < end_ && (*p_ == '\n' || (*p_ == '\r' && p_ + 1 < end_ && p_[1] == '\n')))
      p_ += (*p_ == '\n') ? 1 : 2;
    if (p_ >= end_) return false;
    ++record_;
    for (;;) {
      std::string_view f;
      const bool last = field(f);
      fields.push_back(f);
      if (last) return true;
    }
  }
  std::size_t record() const { return record_; }

 private:
  // Parses one field at p_; returns true when it ended the record.
  bool field(std::string_view& out) {
    if (p_ < end_ && *p_ == '"') {
      char* r = ++p_;
      char* w = r;
      char* const start = r;
      for (;;) {
        char* q = static_cast<char*>(std::memchr(r, '"', static_cast<std::size_t>(end_ - r)));
        if (q == nullptr) fail("record " + std::to_string(record_) + ": unterminated quoted field");
        const std::size_t len = static_cast<std::size_t>(q - r);
        if (w != r) std::memmove(w, r, len);
        w += len;
        r = q + 1;
        if (r < end_ && *r == '"') {  // "" escape
          *w++ = '"';
          ++r;
          continue;
        }
        break;
      }
      out = std::string_view(start, static_cast<std::size_t>(w - start));
      p_ = r;
      if (p_ == end_) return true;
      if (*p_ == ',') { ++p_; return false; }
      if (*p_ == '\n') { ++p_; return true; }
      if (*p_ == '\r' && p_ + 1 < end_ && p_[1] == '\n') { p_ += 2; return true; }
      fail("record " + std::to_string(record_) + ": unexpected character after a closing quote");
    }
    char* const start = p_;
    char* q = p_;
    while (q < end_ && *q != ',' && *q != '\n') ++q;
    if (q < end_ && *q == ',') {
      out = std::string_view(start, static_cast<std::size_t>(q - start));
      p_ = q + 1;
      return false;
    }
    char* e = q;
    if (e > start && e[-1] == '\r') --e;
    out = std::string_view(start, static_cast<std::size_t>(e - start));
    p_ = q < end_ ? q + 1 : q;
    return true;
  }

  char* p_;
  char* end_;
  std::size_t record_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Aggregates: shared_resource id -> sum of domestic_premises of the Parties naming it.

std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
  }
  if (i < s.size()) {
    std::uint64_t w = 0;
    std::memcpy(&w, s.data() + i, s.size() - i);
    h = (h ^ w) * 0x94d049bb133111ebULL;
  }
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ULL;
  h ^= h >> 32;
  return h;
}

class AggregateTable {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;

  AggregateTable() : slots_(1024), mask_(1023) {}

  // Index of key's aggregate, inserted (sum 0) when new.
  std::uint32_t intern(std::string_view key) {
    const std::uint64_t h = hash_bytes(key);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.index == kNone) {
        s = Slot{h, key.data(), static_cast<std::uint32_t>(key.size()), static_cast<std::uint32_t>(sums_.size())};
        sums_.push_back(0);
        if (sums_.size() * 2 > slots_.size()) grow();
        return static_cast<std::uint32_t>(sums_.size() - 1);
      }
      if (s.hash == h && s.len == key.size() && std::memcmp(s.key, key.data(), key.size()) == 0) return s.index;
    }
  }
  // Index of key's aggregate, or kNone when no Party names key.
  std::uint32_t find(std::string_view key) const {
    const std::uint64_t h = hash_bytes(key);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.index == kNone) return kNone;
      if (s.hash == h && s.len == key.size() && std::memcmp(s.key, key.data(), key.size()) == 0) return s.index;
    }
  }
  std::int64_t& sum(std::uint32_t index) { return sums_[index]; }
  std::int64_t sum(std::uint32_t index) const { return sums_[index]; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    const char* key = nullptr;
    std::uint32_t len = 0;
    std::uint32_t index = kNone;
  };
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.index == kNone) continue;
      std::size_t i = s.hash & mask_;
      while (slots_[i].index != kNone) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  std::vector<std::int64_t> sums_;
  std::size_t mask_;
};

// ---------------------------------------------------------------------------------------------
// The policy (docs/sec-policy.md)

constexpr std::int64_t kThreshold = 250'000;  // G8.49: large means strictly more than this

enum class Pattern : std::uint8_t { None, Supplier, Network, OtherUser };
enum class Assessment : std::uint8_t { None, Full, Verification, Self };

constexpr std::string_view kAssessmentNames[] = {"None", "Full", "Verification", "Self"};

// The annual cycle table (G8.16..G8.18, G8.41, G8.47), before SECMP0059.
Assessment assess(Pattern pattern, std::int64_t counted, std::int32_t year) {
  if (pattern == Pattern::None || year <= 0) return Assessment::None;
  const int pos = (year - 1) % 3 + 1;
  if (pos == 1) return Assessment::Full;
  const bool large = counted > kThreshold;
  switch (pattern) {
    case Pattern::Supplier: return large ? Assessment::Full : (pos == 2 ? Assessment::Verification : Assessment::Self);
    case Pattern::Network: return (large || pos == 2) ? Assessment::Verification : Assessment::Self;
    case Pattern::OtherUser: return Assessment::Self;
    case Pattern::None: break;
  }
  return Assessment::None;
}

struct Party {
  std::string_view id;
  std::int64_t premises;
  std::uint32_t shared;  // aggregate index of its shared_resource, or kNone
  std::int32_t year;     // 0: empty
  Pattern pattern;       // None for a Party with no roles
};

std::int64_t parse_int(std::string_view f, std::size_t record, const char* column) {
  std::int64_t v = 0;
  const auto [ptr, ec] = std::from_chars(f.data(), f.data() + f.size(), v);
  if (ec != std::errc() || ptr != f.data() + f.size() || v < 0)
    fail("record " + std::to_string(record) + ": " + column + " is not an integer >= 0: '" + std::string(f) + "'");
  return v;
}

// ---------------------------------------------------------------------------------------------
// Output

void append_field(std::string& out, std::string_view f) {
  if (f.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(f);
    return;
  }
  out.push_back('"');
  for (char c : f) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void append_int(std::string& out, std::int64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

}  // namespace

int main(int argc, char** argv) {
  const char* in_path = nullptr;
  const char* out_path = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if ((a == "-o" || a == "--output") && i + 1 < argc) {
      out_path = argv[++i];
    } else if (a == "-h" || a == "--help") {
      std::printf("usage: %s PARTIES.csv [-o OUT]\n", argv[0]);
      return 0;
    } else if (in_path == nullptr && (a == "-" || a.empty() || a[0] != '-')) {
      in_path = argv[i];
    } else {
      std::fprintf(stderr, "usage: %s PARTIES.csv [-o OUT]\n", argv[0]);
      return 2;
    }
  }
  if (in_path == nullptr) {
    std::fprintf(stderr, "usage: %s PARTIES.csv [-o OUT]\n", argv[0]);
    return 2;
  }

  Buffer buf(std::string_view(in_path) == "-" ? "/dev/stdin" : in_path);
  CsvReader csv(buf.data(), buf.size());
  std::vector<std::string_view> fields;
  fields.reserve(16);

  // Header: find the columns by name.
  if (!csv.next(fields)) fail("empty input: no header");
  enum Col { Id, Category, Roles, Premises, Shared, Year, NCols };
  constexpr const char* kColNames[NCols] = {"id", "category", "roles", "domestic_premises", "shared_resource",
                                            "assessment_year"};
  std::size_t col[NCols];
  const std::size_t ncols = fields.size();
  for (int c = 0; c < NCols; ++c) {
    col[c] = ncols;
    for (std::size_t i = 0; i < ncols; ++i)
      if (fields[i] == kColNames[c]) col[c] = i;
    if (col[c] == ncols) fail(std::string("missing column '") + kColNames[c] + "'");
  }

  // Pass 1: parse, keep a compact record per party, sum the aggregates.
  std::vector<Party> parties;
  parties.reserve(buf.size() / 64 + 16);
  AggregateTable agg;
  while (csv.next(fields)) {
    const std::size_t rec = csv.record();
    if (fields.size() != ncols)
      fail("record " + std::to_string(rec) + ": " + std::to_string(fields.size()) + " fields, header has " +
           std::to_string(ncols));
    Party p;
    p.id = fields[col[Id]];
    const std::string_view cat = fields[col[Category]];
    Pattern pattern;  // whose cycle applies, if the Party is a User
    if (cat == "supplier") {
      pattern = Pattern::Supplier;
    } else if (cat == "network") {
      pattern = Pattern::Network;
    } else if (cat == "other") {
      pattern = Pattern::OtherUser;
    } else {
      fail("record " + std::to_string(rec) + ": unknown category '" + std::string(cat) + "'");
    }
    p.pattern = fields[col[Roles]].empty() ? Pattern::None : pattern;  // User: roles not empty
    const std::string_view dp = fields[col[Premises]];
    p.premises = dp.empty() ? 0 : parse_int(dp, rec, "domestic_premises");
    const std::string_view y = fields[col[Year]];
    p.year = 0;
    if (!y.empty()) {
      const std::int64_t v = parse_int(y, rec, "assessment_year");
      if (v < 1 || v > INT32_MAX) fail("record " + std::to_string(rec) + ": assessment_year must be >= 1");
      p.year = static_cast<std::int32_t>(v);
    }
    const std::string_view sr = fields[col[Shared]];
    p.shared = AggregateTable::kNone;
    if (!sr.empty()) {
      p.shared = agg.intern(sr);
      agg.sum(p.shared) += p.premises;
    }
    parties.push_back(p);
  }

  // Pass 2: evaluate both versions and write the rows that differ.
  std::string out;
  out.reserve(parties.size() * 16 + 64);
  out += "id,output,before,after\n";
  for (const Party& p : parties) {
    // Baseline: a User of a Shared Resource counts the aggregate, itself included.
    const std::int64_t before_count = p.shared != AggregateTable::kNone ? agg.sum(p.shared) : p.premises;
    const Assessment before = assess(p.pattern, before_count, p.year);
    // SECMP0044: everyone counts its own premises, except a Shared Resource Provider (a Party
    // some Party names in shared_resource), which counts its Users' aggregate and is assessed
    // in its own right with the Supplier pattern.
    const std::uint32_t own = agg.find(p.id);
    std::int64_t after_count = p.premises;
    Assessment after;
    if (own != AggregateTable::kNone) {
      after_count = agg.sum(own);
      after = assess(Pattern::Supplier, after_count, p.year);
    } else {
      after = assess(p.pattern, after_count, p.year);
    }
    if (before_count != after_count) {
      append_field(out, p.id);
      out += ",premises_counted,";
      append_int(out, before_count);
      out += ',';
      append_int(out, after_count);
      out += '\n';
    }
    if (before != after) {
      append_field(out, p.id);
      out += ",assessment,";
      out += kAssessmentNames[static_cast<int>(before)];
      out += ',';
      out += kAssessmentNames[static_cast<int>(after)];
      out += '\n';
    }
  }

  std::FILE* f = stdout;
  if (out_path != nullptr && std::string_view(out_path) != "-") {
    f = std::fopen(out_path, "wb");
    if (f == nullptr) fail(std::string(out_path) + ": " + std::strerror(errno));
  }
  if (std::fwrite(out.data(), 1, out.size(), f) != out.size() || std::fflush(f) != 0)
    fail(std::string(out_path ? out_path : "stdout") + ": write failed");
  if (f != stdout) std::fclose(f);
  return 0;
}
