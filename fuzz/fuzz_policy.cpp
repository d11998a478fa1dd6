// libFuzzer target: the input is a policy, modification or tests file (see targets.h).
#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return redline::fuzz::fuzz_policy_one(data, size);
}
