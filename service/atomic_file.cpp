// Output files written whole or not at all, and a checked standard output (see atomic_file.h).
#include "service/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <memory>

#include <fmt/format.h>

#include "service/errors.h"

namespace redline::service {

// ---- the temporaries to remove on a signal --------------------------------------------------

namespace {

constexpr int kSlots = 16;
constexpr size_t kSlotPath = PATH_MAX;

// 0 free, 1 being filled, 2 holds a path the handler removes. The handler reads only slots in
// state 2, whose path is complete (the store of 2 is a release after the copy).
struct Slot {
  std::atomic<int> state{0};
  char path[kSlotPath];
};
Slot g_slots[kSlots];
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs a lock-free atomic");

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
// What each signal did before the handler was installed (the default action, in redline), to
// hand the signal back to once the temporaries are gone. Indexed like kSignals.
struct sigaction g_previous[std::size(kSignals)];

extern "C" void remove_temporaries_and_reraise(int sig) {
  const int saved = errno;
  for (Slot& slot : g_slots)
    if (slot.state.load(std::memory_order_acquire) == 2) ::unlink(slot.path);
  // Hand the signal back to the previous action: by default the process dies of it, so its
  // parent sees what happened (exit status 128+sig in a shell).
  for (size_t i = 0; i < std::size(kSignals); ++i)
    if (kSignals[i] == sig) ::sigaction(sig, &g_previous[i], nullptr);
  ::raise(sig);  // blocked until this handler returns, then the previous action runs
  errno = saved;
}

// Installs the handler for each signal that does not have it, unless the signal is ignored
// (nohup, a background job): it then stays ignored. Checked at every registration, as something
// may have replaced the handler since (a test framework does).
void install_handlers() {
  for (size_t i = 0; i < std::size(kSignals); ++i) {
    struct sigaction old {};
    if (::sigaction(kSignals[i], nullptr, &old) != 0) continue;
    const bool plain = (old.sa_flags & SA_SIGINFO) == 0;
    if (plain && (old.sa_handler == SIG_IGN || old.sa_handler == remove_temporaries_and_reraise)) continue;
    g_previous[i] = old;
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_reraise;
    sigemptyset(&action.sa_mask);
    for (int other : kSignals) sigaddset(&action.sa_mask, other);
    ::sigaction(kSignals[i], &action, nullptr);
  }
}

std::string errno_text(int error) { return std::strerror(error); }

}  // namespace

int register_temporary(const std::string& path) {
  if (path.size() >= kSlotPath) return -1;
  install_handlers();
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (!g_slots[i].state.compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) continue;
    std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
    g_slots[i].state.store(2, std::memory_order_release);
    return i;
  }
  return -1;
}

void unregister_temporary(int slot) {
  if (slot >= 0 && slot < kSlots) g_slots[slot].state.store(0, std::memory_order_release);
}

// ---- FdStreamBuf ----------------------------------------------------------------------------

FdStreamBuf::FdStreamBuf(int fd, size_t buffer_size) : fd_(fd), buffer_(buffer_size) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

FdStreamBuf::~FdStreamBuf() = default;

bool FdStreamBuf::write_all(const char* data, size_t size) {
  if (error_) return false;
  while (size > 0) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      return false;
    }
    if (n == 0) {  // no progress and no error: treat as a full device rather than spin
      error_ = ENOSPC;
      return false;
    }
    data += n;
    size -= static_cast<size_t>(n);
    written_ += static_cast<size_t>(n);
  }
#ifdef SYNC_FILE_RANGE_WRITE
  if (writeback_every_ && written_ - written_back_ >= writeback_every_) {
    (void)::sync_file_range(fd_, static_cast<off_t>(written_back_), static_cast<off_t>(written_ - written_back_),
                            SYNC_FILE_RANGE_WRITE);
    written_back_ = written_;
  }
#endif
  return true;
}

bool FdStreamBuf::flush() {
  const size_t pending = static_cast<size_t>(pptr() - pbase());
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return write_all(buffer_.data(), pending) && error_ == 0;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type c) {
  if (!flush()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize FdStreamBuf::xsputn(const char* s, std::streamsize n) {
  if (error_) return 0;
  const auto size = static_cast<size_t>(n);
  const auto room = static_cast<size_t>(epptr() - pptr());
  if (size <= room) {
    std::memcpy(pptr(), s, size);
    pbump(static_cast<int>(size));
    return n;
  }
  if (!flush()) return 0;
  if (size >= buffer_.size() / 2) return write_all(s, size) ? n : 0;  // large pieces go straight out
  std::memcpy(pptr(), s, size);
  pbump(static_cast<int>(size));
  return n;
}

int FdStreamBuf::sync() { return flush() ? 0 : -1; }

// ---- AtomicFile -----------------------------------------------------------------------------

namespace {

// The mode a plain open(O_CREAT, 0666) would give a new file.
unsigned new_file_mode() {
  // umask can only be read by setting it; nothing else creates files while an output is opened.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666u & ~static_cast<unsigned>(mask);
}

// Descriptor N of "/dev/stderr", "/dev/fd/N" or "/proc/self/fd/N", else -1: these name a
// descriptor this process already has (a pipe, a terminal, a file opened by the shell), to be
// written as it is, not a file to replace.
int descriptor_path(const std::string& path) {
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  for (const char* prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    const size_t len = std::strlen(prefix);
    if (path.compare(0, len, prefix) != 0 || path.size() == len || path.size() > len + 6) continue;
    int fd = 0;
    for (size_t i = len; i < path.size(); ++i) {
      if (path[i] < '0' || path[i] > '9') return -1;
      fd = fd * 10 + (path[i] - '0');
    }
    return fd;
  }
  return -1;
}

}  // namespace

void AtomicFile::fail(const std::string& reason) {
  throw UsageError(fmt::format("cannot write '{}': {}", path_, reason));
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)), resolved_(path_) {
  if (const int fd = descriptor_path(path_); fd >= 0) {
    if (::fcntl(fd, F_GETFD) < 0) fail(errno_text(errno));
    fd_ = fd;
    close_fd_ = false;
  } else {
    struct stat st {};
    if (::lstat(path_.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
      // Keep the link: replace the file it resolves to, in that file's folder.
      char* real = ::realpath(path_.c_str(), nullptr);
      if (real == nullptr) {
        if (errno == ENOENT) fail("it is a symbolic link to a file that does not exist");
        fail(errno_text(errno));
      }
      resolved_ = real;
      std::free(real);
    }
    if (::stat(resolved_.c_str(), &st) == 0) {
      if (S_ISDIR(st.st_mode)) fail(errno_text(EISDIR));
      if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
        // Never replaced: written in place, like a shell's '>' would (no truncation needed).
        fd_ = ::open(resolved_.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (fd_ < 0) fail(errno_text(errno));
      } else if (!S_ISREG(st.st_mode)) {
        fail("it is not a regular file, a FIFO or a device");
      } else {
        // Read-only means no write permission bit at all. access(W_OK) would not do: as root
        // (the tests run as root) it succeeds on any file.
        if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
          fail(fmt::format("it is read-only (mode {:04o})", st.st_mode & 07777));
        has_old_ = true;
        old_mode_ = st.st_mode & 07777;
        old_uid_ = st.st_uid;
        old_gid_ = st.st_gid;
      }
    } else if (errno != ENOENT) {
      fail(errno_text(errno));
    }
    if (fd_ < 0) {
      replace_ = true;
      const size_t slash = resolved_.rfind('/');
      const std::string dir = slash == std::string::npos ? "" : resolved_.substr(0, slash + 1);
      const std::string base = slash == std::string::npos ? resolved_ : resolved_.substr(slash + 1);
      std::string name = dir + "." + base + ".redline-XXXXXX";
      fd_ = ::mkostemp(name.data(), O_CLOEXEC);  // O_EXCL, mode 0600, an unpredictable name
      if (fd_ < 0) fail(errno_text(errno));
      temp_ = std::move(name);
      slot_ = register_temporary(temp_);
    }
  }
  try {
    buf_ = new FdStreamBuf(fd_);
    if (replace_) buf_->start_writeback_every(size_t{32} << 20);  // the temporary is synced at commit
  } catch (...) {  // the destructor does not run for a constructor that throws
    if (close_fd_) ::close(fd_);
    if (!temp_.empty()) ::unlink(temp_.c_str());
    unregister_temporary(slot_);
    throw;
  }
  stream_.rdbuf(buf_);
}

AtomicFile::~AtomicFile() {
  delete buf_;  // what it still holds is dropped: the output failed
  if (fd_ >= 0 && close_fd_) ::close(fd_);
  if (!temp_.empty()) {
    ::unlink(temp_.c_str());
    unregister_temporary(slot_);
  }
}

void AtomicFile::commit() {
  stream_.flush();
  if (!buf_->flush() || !stream_) fail(errno_text(buf_->error() ? buf_->error() : EIO));
  if (!replace_) {
    const int fd = fd_;
    fd_ = -1;
    if (close_fd_ && ::close(fd) != 0 && errno != EINTR) fail(errno_text(errno));
    return;
  }
  if (has_old_) {
    // The owner first: changing it may clear set-user-id bits that fchmod then restores.
    if (::geteuid() == 0) (void)!::fchown(fd_, old_uid_, old_gid_);  // best effort
    if (::fchmod(fd_, old_mode_) != 0) fail(errno_text(errno));
  } else if (::fchmod(fd_, new_file_mode()) != 0) {
    fail(errno_text(errno));
  }
  if (::fsync(fd_) != 0) fail(errno_text(errno));
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0 && errno != EINTR) fail(errno_text(errno));
  if (::rename(temp_.c_str(), resolved_.c_str()) != 0) fail(errno_text(errno));
  unregister_temporary(slot_);
  temp_.clear();
  // The rename itself is durable once the folder is synced (best effort: some file systems refuse).
  const size_t slash = resolved_.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : resolved_.substr(0, slash);
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    (void)::fsync(dfd);
    ::close(dfd);
  }
}

// ---- the commands' entry points -------------------------------------------------------------

void write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-" || path == "/dev/stdout") {
    // Checked once, at the end of the command (finish_stdout).
    write(std::cout);
    std::cout.flush();
    return;
  }
  AtomicFile file(path);
  write(file.stream());
  file.commit();
}

void write_output(const std::string& path, const std::string& content) {
  write_output(path, [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); });
}

void write_outputs_per_entity(const std::string& pattern, const std::vector<std::string>& entities,
                              const std::vector<std::pair<std::string, std::string>>& inputs,
                              const std::function<void(std::ostream&, size_t)>& write) {
  std::vector<std::unique_ptr<AtomicFile>> files;
  for (size_t k = 0; k < entities.size(); ++k) {
    std::string path = pattern;
    for (size_t at; (at = path.find("{entity}")) != std::string::npos;) path.replace(at, 8, entities[k]);
    refuse_input_as_output("-o", path, inputs);
    files.push_back(std::make_unique<AtomicFile>(path));
    write(files.back()->stream(), k);
  }
  for (auto& file : files) file->commit();
}

void refuse_input_as_output(const std::string& option, const std::string& path,
                            const std::vector<std::pair<std::string, std::string>>& inputs) {
  if (path.empty() || path == "-") return;
  struct stat out {};
  if (::stat(path.c_str(), &out) != 0 || !S_ISREG(out.st_mode)) return;
  for (const auto& [input, given] : inputs) {
    struct stat in {};
    if (::stat(input.c_str(), &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino)
      throw UsageError(
          fmt::format("{} '{}' names an input file ('{}'); it would be overwritten", option, path, given));
  }
}

// ---- standard output ------------------------------------------------------------------------

namespace {
FdStreamBuf* g_stdout = nullptr;  // never destroyed: std::cout is flushed at exit through it
}

void install_stdout() {
  if (g_stdout != nullptr) return;
  g_stdout = new FdStreamBuf(STDOUT_FILENO, 64 * 1024);
  std::cout.rdbuf(g_stdout);
}

bool finish_stdout() {
  std::cout.flush();
  if (g_stdout == nullptr) return static_cast<bool>(std::cout);
  const bool ok = g_stdout->flush() && std::cout;
  if (ok) return true;
  const int error = g_stdout->error() ? g_stdout->error() : EIO;
  std::cout.rdbuf(nullptr);  // nothing more is attempted (nor flushed at exit)
  std::cerr << fmt::format("redline: error: cannot write to standard output: {}\n", errno_text(error));
  return false;
}

}  // namespace redline::service
