// Every file redline writes goes through here: -o FILE of run, diff, explain and graph, test's
// --junit FILE, and the files fmt rewrites. Standard output is checked here too.
//
// A regular file (new, or existing: the file a symbolic link resolves to) is written to a
// temporary `.<name>.redline-XXXXXX` created with O_EXCL in the same folder, fsynced, given the
// old file's mode (and owner, when root), and renamed over the target: the path holds the old
// content or the new, whole, never a part. The temporary is removed on every error path and,
// through a SIGINT/SIGTERM/SIGHUP handler, when the process is interrupted. A FIFO or a device is
// written in place, never replaced; a directory, a dangling link and a read-only file are refused.
#pragma once

#include <functional>
#include <ostream>
#include <streambuf>
#include <string>
#include <utility>
#include <vector>

namespace redline::service {

// A std::streambuf over a file descriptor that remembers the errno of the first failed write
// (after which the stream goes bad and nothing more is written). It does not flush when
// destroyed: its owner flushes, and checks, what is to be kept.
class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd, size_t buffer_size = 256 * 1024);
  ~FdStreamBuf() override;
  FdStreamBuf(const FdStreamBuf&) = delete;
  FdStreamBuf& operator=(const FdStreamBuf&) = delete;

  // Writes out what is buffered; false on failure (see error()).
  bool flush();
  int error() const { return error_; }  // 0, or the errno of the first failed write
  // For a file to be synced at the end: after each `bytes` written, asks the kernel to start
  // writing them to the disk (sync_file_range), so that the final fsync waits for the last
  // part only instead of all of it (a third of a second for 300 MB here). Failures are ignored:
  // the fsync that follows is what is checked.
  void start_writeback_every(size_t bytes) { writeback_every_ = bytes; }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool write_all(const char* data, size_t size);
  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
  size_t writeback_every_ = 0;  // 0: never
  size_t written_ = 0, written_back_ = 0;  // bytes written, and those asked to go to the disk
};

// One output file, written whole or not at all. Opening decides how (see the top of this file)
// and throws UsageError "cannot write 'PATH': REASON" when it cannot; commit() makes the content
// visible; destroying an uncommitted AtomicFile removes its temporary and leaves the target as
// it was (a FIFO or a device has already received what was written).
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return stream_; }
  void commit();

  // Where the content goes: the target itself, or the file a symbolic link resolves to.
  const std::string& resolved() const { return resolved_; }
  // The temporary file, or empty when writing in place.
  const std::string& temporary() const { return temp_; }

 private:
  [[noreturn]] void fail(const std::string& reason);
  std::string path_;      // as given, for messages
  std::string resolved_;  // what is written or replaced
  std::string temp_;
  int slot_ = -1;  // register_temporary's slot for temp_
  int fd_ = -1;
  bool close_fd_ = true;
  bool replace_ = false;  // regular file: write temp_, rename over resolved_
  bool committed_ = false;
  bool has_old_ = false;  // an existing regular file whose mode and owner are kept
  unsigned old_mode_ = 0;
  unsigned old_uid_ = 0, old_gid_ = 0;
  FdStreamBuf* buf_ = nullptr;
  std::ostream stream_{nullptr};
};

// Writes `path` (through AtomicFile), or standard output when `path` is empty, "-" or
// "/dev/stdout".
void write_output(const std::string& path, const std::function<void(std::ostream&)>& write);
void write_output(const std::string& path, const std::string& content);

// One file per entity: `pattern` with each `{entity}` replaced by the entity's name, refused when
// it names one of `inputs` (see refuse_input_as_output); `write(out, k)` writes the k-th. Every
// file is written before any replaces its target: a failure leaves them all as they were.
void write_outputs_per_entity(const std::string& pattern, const std::vector<std::string>& entities,
                              const std::vector<std::pair<std::string, std::string>>& inputs,
                              const std::function<void(std::ostream&, size_t)>& write);

// Throws UsageError when `path` (following links) is the same file as one of `inputs`, pairs of
// (path, how it was given: "--data Party=x.csv"), so that an input is never overwritten.
// `option` names the output option in the message ("-o", "--junit").
void refuse_input_as_output(const std::string& option, const std::string& path,
                            const std::vector<std::pair<std::string, std::string>>& inputs);

// Temporary files to remove if SIGINT, SIGTERM or SIGHUP arrives (async-signal-safe: the
// handler unlinks every registered path, then hands the signal back to the action it had
// before, by default the process's death). The handler is (re)installed at each registration,
// except for a signal the process ignores, which stays ignored.
// Returns a slot for unregister_temporary, or -1 when every slot is taken (then the file is not
// removed on a signal, only on the error paths).
int register_temporary(const std::string& path);
void unregister_temporary(int slot);

// Standard output goes through an FdStreamBuf on descriptor 1 (std::cout's buffer), so that a
// failed write keeps its errno. finish_stdout flushes it and returns false when some write
// failed, after printing "redline: error: cannot write to standard output: REASON".
void install_stdout();
bool finish_stdout();

}  // namespace redline::service
