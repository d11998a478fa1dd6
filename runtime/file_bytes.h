// The bytes of an input file, kept alive by the Table whose texts point into them.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace redline::runtime {

class FileBytes {
 public:
  // Bytes already in memory (tests, fuzzing, a table's compacted texts).
  explicit FileBytes(std::string text);
  // A regular file is mapped read-only rather than read: reading a 77 MB file into a fresh
  // string zeroed it, faulted in 19,000 new pages and copied every byte out of the page cache,
  // a sixth of a million-party diff; mapping only points the process at the cached pages.
  // Anything else (a pipe, /dev/stdin, an empty file) is read. The file must not shrink while
  // it is mapped: as with any mapped file, reading past a new end would fault. Throws
  // DataError when the file cannot be opened or read.
  static std::shared_ptr<const FileBytes> load(const std::string& path);
  // `size` bytes left unset, for the caller to fill through writable_data() before sharing
  // them (several threads can fill parts of it at once; zeroing first would not be shared).
  static std::shared_ptr<FileBytes> uninitialized(size_t size);
  char* writable_data() { return block_.get(); }
  ~FileBytes();
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;

  const char* data() const { return data_; }
  size_t size() const { return size_; }
  std::string_view view() const { return {data_, size_}; }
  bool mapped() const { return mapped_; }

 private:
  FileBytes() = default;
  std::string owned_;
  std::unique_ptr<char[]> block_;
  const char* data_ = nullptr;
  size_t size_ = 0;
  bool mapped_ = false;
};

}  // namespace redline::runtime
