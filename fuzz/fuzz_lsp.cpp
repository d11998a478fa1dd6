// libFuzzer target: the input is what an editor sends `redline lsp` (see targets.h).
#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return redline::fuzz::fuzz_lsp_one(data, size);
}
