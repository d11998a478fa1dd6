// Source files and locations.
//
// A Location is two integers (file id and byte offset), cheap to copy into every AST and IR
// node; it is decoded into line and column only when a diagnostic or an explanation prints it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace redline::support {

struct Location {
  uint32_t file = UINT32_MAX;  // UINT32_MAX = no location
  uint32_t offset = 0;
  bool valid() const { return file != UINT32_MAX; }
};

struct LineColumn {
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based, in bytes
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);
  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  LineColumn line_column(uint32_t offset) const;
  std::string_view line_text(uint32_t line) const;  // without the newline
  uint32_t offset_of(uint32_t line, uint32_t column) const;  // inverse of line_column

 private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

// Owns every file the compiler reads, so that locations stay valid for the whole run.
class SourceManager {
 public:
  // Reads a file; returns UINT32_MAX and sets `error` when it cannot be read.
  uint32_t load(const std::string& path, std::string& error);
  uint32_t add(std::string path, std::string text);
  const SourceFile& file(uint32_t id) const { return *files_.at(id); }
  size_t size() const { return files_.size(); }
  LineColumn line_column(Location loc) const { return file(loc.file).line_column(loc.offset); }
  // "path:line:col", or "<unknown>" for an invalid location.
  std::string describe(Location loc) const;

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

}  // namespace redline::support
