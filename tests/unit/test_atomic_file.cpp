// Output files (cli/atomic_file.h): the temporary is removed when SIGTERM or SIGINT arrives in
// the middle of a write, or when the write fails; a failed write keeps its errno.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/common.h"

namespace fs = std::filesystem;

namespace {

struct ScratchDir {
  fs::path path;
  ScratchDir() {
    std::string tmpl = (fs::temp_directory_path() / "redline-atomic-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::vector<std::string> listing() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(path)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// In a child process: writes half of an output to `target`, then receives `sig`. Returns the
// child's wait status.
int write_then_signal(const fs::path& target, int sig) {
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    // As in redline: the default actions (doctest has its own handlers for the test cases).
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    try {
      redline::service::write_output(target.string(), [&](std::ostream& out) {
        out << std::string(100000, 'x');  // on disk: more than a buffer
        out.flush();
        ::raise(sig);
        out << "never written\n";
      });
    } catch (...) {
    }
    ::_exit(0);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  return status;
}

}  // namespace

TEST_CASE("a SIGTERM or SIGINT in the middle of writing -o FILE removes the temporary") {
  for (int sig : {SIGTERM, SIGINT}) {
    CAPTURE(sig);
    ScratchDir dir;
    const int status = write_then_signal(dir.path / "out.csv", sig);
    CHECK(WIFSIGNALED(status));
    if (WIFSIGNALED(status)) CHECK(WTERMSIG(status) == sig);
    CHECK(dir.listing().empty());
  }
}

TEST_CASE("a signal while replacing a file leaves the old file, whole, and nothing else") {
  ScratchDir dir;
  { std::ofstream(dir.path / "out.csv") << "old\n"; }
  const int status = write_then_signal(dir.path / "out.csv", SIGTERM);
  CHECK(WIFSIGNALED(status));
  CHECK(dir.listing() == std::vector<std::string>{"out.csv"});
  CHECK(read_all(dir.path / "out.csv") == "old\n");
}

TEST_CASE("an exception while writing removes the temporary and keeps the old file") {
  ScratchDir dir;
  { std::ofstream(dir.path / "out.csv") << "old\n"; }
  CHECK_THROWS_AS(redline::service::write_output((dir.path / "out.csv").string(),
                                             [](std::ostream& out) {
                                               out << "new, partial";
                                               throw std::runtime_error("evaluation failed");
                                             }),
                  std::runtime_error);
  CHECK(dir.listing() == std::vector<std::string>{"out.csv"});
  CHECK(read_all(dir.path / "out.csv") == "old\n");
}

TEST_CASE("an output file is replaced whole, with the old file's mode") {
  ScratchDir dir;
  const fs::path target = dir.path / "out.csv";
  { std::ofstream(target) << "old\n"; }
  REQUIRE(::chmod(target.c_str(), 0604) == 0);
  redline::service::write_output(target.string(), std::string("new\n"));
  CHECK(read_all(target) == "new\n");
  struct stat st {};
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0604);
  CHECK(dir.listing() == std::vector<std::string>{"out.csv"});
}

TEST_CASE("an output larger than the writeback step is written whole, in order") {
  // Past each 32 MB the temporary asks the kernel to start writing what it holds
  // (sync_file_range): the content must not depend on it.
  ScratchDir dir;
  const fs::path target = dir.path / "big.txt";
  std::string expected;
  redline::service::write_output(target.string(), [&](std::ostream& out) {
    std::string line;
    for (size_t i = 0; expected.size() < (size_t{40} << 20); ++i) {
      line = std::to_string(i) + " a line of an output that runs past a writeback step\n";
      out << line;
      expected += line;
    }
  });
  CHECK(fs::file_size(target) == expected.size());
  CHECK(read_all(target) == expected);
  CHECK(dir.listing() == std::vector<std::string>{"big.txt"});
}

TEST_CASE("a failed write to a device says why") {
  try {
    redline::service::write_output("/dev/full", std::string(1000, 'x'));
    FAIL("writing /dev/full succeeded");
  } catch (const redline::service::UsageError& e) {
    CHECK(std::string(e.what()) == "cannot write '/dev/full': No space left on device");
  }
}
