// FileBytes: a read-only mapping of a regular file, or the bytes read from anything else.
#include "runtime/file_bytes.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

#include "runtime/table.h"

namespace redline::runtime {

namespace {

[[noreturn]] void fail_to_open(const std::string& path, int error) {
  DataFault fault = data_fault(path, 0, std::generic_category().message(error));
  fault.kind = DataFault::Kind::CannotOpen;
  throw DataError(std::move(fault));
}

}  // namespace

FileBytes::FileBytes(std::string text) : owned_(std::move(text)), data_(owned_.data()), size_(owned_.size()) {}

FileBytes::~FileBytes() {
  if (mapped_) ::munmap(const_cast<char*>(data_), size_);
}

std::shared_ptr<FileBytes> FileBytes::uninitialized(size_t size) {
  std::shared_ptr<FileBytes> bytes(new FileBytes());
  bytes->block_ = std::make_unique_for_overwrite<char[]>(std::max<size_t>(size, 1));
  bytes->data_ = bytes->block_.get();
  bytes->size_ = size;
  return bytes;
}

std::shared_ptr<const FileBytes> FileBytes::load(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail_to_open(path, errno);
  struct FileCloser {
    int fd;
    ~FileCloser() { ::close(fd); }
  } closer{fd};

  struct stat info {};
  if (::fstat(fd, &info) != 0) fail_to_open(path, errno);
  if (S_ISDIR(info.st_mode)) fail_to_open(path, EISDIR);
  if (S_ISREG(info.st_mode) && info.st_size > 0) {
    const size_t size = static_cast<size_t>(info.st_size);
    // Populated up front: one call maps every page, where faulting them in one at a time
    // while parsing cost a trap per 4 KB.
    void* mapping = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (mapping != MAP_FAILED) {
      std::shared_ptr<FileBytes> bytes(new FileBytes());
      bytes->data_ = static_cast<const char*>(mapping);
      bytes->size_ = size;
      bytes->mapped_ = true;
      return bytes;
    }
    // A file system that cannot map (some FUSE and network mounts) is read instead.
  }
  // One read per chunk; a regular file's size is known, a pipe's grows as it goes.
  size_t capacity = S_ISREG(info.st_mode) ? static_cast<size_t>(info.st_size) + 1 : 1 << 16;
  std::string text;
  size_t used = 0;
  for (;;) {
    if (used == text.size()) text.resize(std::max(capacity, text.size() * 2));
    const ssize_t n = ::read(fd, text.data() + used, text.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail_to_open(path, errno);
    }
    if (n == 0) break;
    used += static_cast<size_t>(n);
  }
  text.resize(used);
  return std::make_shared<const FileBytes>(std::move(text));
}

}  // namespace redline::runtime
