// A spool: bytes held until what must precede them in an output is known. A report whose head
// counts what its rows show (diff's groups of reasons) keeps here the reasons it finds, then
// writes its head, then the rows from the reasons read back: they cost disk, not memory, and
// each is found once.
#pragma once

#include <cstddef>
#include <string>

namespace redline::report {

class Spool {
 public:
  // In memory up to a megabyte, then in an unnamed file in $TMPDIR (else /tmp), gone when closed
  // or when the process dies; in memory when no such file can be made.
  Spool();
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  // Throws UsageError "cannot write a temporary file in DIR: REASON" (a full disk).
  void write(const void* data, size_t n);
  // Reads back what was written, from the start: call once, after the last write(), then read()
  // until it returns false. read() fills `n` bytes or returns false at the end.
  void rewind();
  bool read(void* data, size_t n);

 private:
  void flush();
  void write_all(const char* data, size_t n);
  int fd_ = -1;
  std::string dir_;
  bool spilled_ = false;  // written to the file
  std::string buffer_;    // pending writes; everything, when there is no file
  size_t read_at_ = 0;  // in buffer_
  size_t buffered_ = 0;  // of buffer_, the part filled for reading
};

}  // namespace redline::report
