// libFuzzer target: the input is a Party dataset for policies/sec/section_g.policy (see targets.h).
#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return redline::fuzz::fuzz_data_one(data, size);
}
