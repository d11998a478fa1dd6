#include "report/spool.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "service/errors.h"

namespace redline::report {

namespace {
constexpr size_t kChunk = size_t{1} << 20;

// What is kept in memory before the file is used: a megabyte, or REDLINE_SPOOL_MEMORY bytes (a
// knob for tests, so that small reports take the file's path too).
size_t memory_limit() {
  static const size_t n = [] {
    const char* text = std::getenv("REDLINE_SPOOL_MEMORY");
    if (text == nullptr || *text == '\0') return kChunk;
    char* end = nullptr;
    const unsigned long v = std::strtoul(text, &end, 10);
    return *end == '\0' && v <= kChunk ? static_cast<size_t>(v) : kChunk;
  }();
  return n;
}
}

Spool::Spool() {
  const char* tmp = std::getenv("TMPDIR");
  dir_ = tmp && *tmp ? tmp : "/tmp";
#ifdef O_TMPFILE
  fd_ = ::open(dir_.c_str(), O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC, 0600);
#endif
  if (fd_ < 0) {
    // A file system without O_TMPFILE: a named file, unlinked at once.
    std::string name = dir_ + "/redline-spool.XXXXXX";
    fd_ = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd_ >= 0) ::unlink(name.c_str());
  }
}

Spool::~Spool() {
  if (fd_ >= 0) ::close(fd_);
}

void Spool::write_all(const char* data, size_t size) {
  size_t done = 0;
  while (done < size) {
    const ssize_t n = ::write(fd_, data + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw service::UsageError(fmt::format("cannot write a temporary file in {}: {}", dir_, std::strerror(errno)));
    done += static_cast<size_t>(n);
  }
  spilled_ = true;
}

void Spool::flush() {
  write_all(buffer_.data(), buffer_.size());
  buffer_.clear();
}

void Spool::write(const void* data, size_t n) {
  const char* bytes = static_cast<const char*>(data);
  if (fd_ >= 0 && buffer_.size() + n > memory_limit()) {
    flush();
    if (n >= kChunk) return write_all(bytes, n);  // a large piece goes as it is, not copied first
  }
  buffer_.append(bytes, n);
}

void Spool::rewind() {
  read_at_ = 0;
  buffered_ = buffer_.size();
  if (!spilled_) {  // all of it fitted in memory: read it from there
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    return;
  }
  flush();
  if (::lseek(fd_, 0, SEEK_SET) < 0)
    throw service::UsageError(fmt::format("cannot read a temporary file in {}: {}", dir_, std::strerror(errno)));
  buffered_ = 0;
}

bool Spool::read(void* data, size_t n) {
  char* out = static_cast<char*>(data);
  while (n > 0) {
    if (read_at_ == buffered_) {
      if (fd_ < 0) return false;
      buffer_.resize(kChunk);
      ssize_t got;
      do got = ::read(fd_, buffer_.data(), kChunk);
      while (got < 0 && errno == EINTR);
      if (got < 0) throw service::UsageError(fmt::format("cannot read a temporary file in {}: {}", dir_, std::strerror(errno)));
      if (got == 0) return false;
      read_at_ = 0;
      buffered_ = static_cast<size_t>(got);
    }
    const size_t take = std::min(n, buffered_ - read_at_);
    std::memcpy(out, buffer_.data() + read_at_, take);
    read_at_ += take;
    out += take;
    n -= take;
  }
  return true;
}

}  // namespace redline::report
