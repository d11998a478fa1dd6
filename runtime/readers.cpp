// read_table: reads a data file in one go and hands it to the reader its extension names.
#include "runtime/readers.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace redline::runtime {

namespace {

[[noreturn]] void fail_to_open(const std::string& path, int error) {
  throw DataError(fmt::format("cannot open '{}': {}", path, std::generic_category().message(error)));
}

// One read per chunk into a string sized from fstat; pipes and special files, whose size is
// not known ahead, grow it as they go.
std::string read_whole_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail_to_open(path, errno);
  struct FileCloser {
    int fd;
    ~FileCloser() { ::close(fd); }
  } closer{fd};

  struct stat info {};
  if (::fstat(fd, &info) != 0) fail_to_open(path, errno);
  if (S_ISDIR(info.st_mode)) fail_to_open(path, EISDIR);
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
  return text;
}

std::string lowercase_extension(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  const size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string extension = path.substr(dot + 1);
  for (char& c : extension)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return extension;
}

}  // namespace

Table read_table(const ir::Program& program, int32_t entity, const std::string& path, const ReadOptions& options) {
  const std::string extension = lowercase_extension(path);
  if (extension == "csv") return read_csv_text(program, entity, read_whole_file(path), path, options);
  if (extension == "json") return read_json_text(program, entity, read_whole_file(path), path, false);
  if (extension == "jsonl" || extension == "ndjson")
    return read_json_text(program, entity, read_whole_file(path), path, true);
  throw DataError(fmt::format("{}: unknown data format{}; expected a .csv, .json, .jsonl or .ndjson file", path,
                              extension.empty() ? std::string() : fmt::format(" '.{}'", extension)));
}

}  // namespace redline::runtime
