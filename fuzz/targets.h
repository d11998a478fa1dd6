// The per-input logic of the fuzz targets, shared by the libFuzzer executables (fuzz_policy,
// fuzz_data) and by redline_fuzz_replay, which runs the regression inputs in every build.
//
// Each function runs one input through the compiler or the runtime and returns 0. Expected
// failures (diagnostics, DataError, EvalError) are part of the run; anything else is a bug and
// ends the process: a crash, a sanitizer report, an unexpected exception, or a broken
// invariant (__builtin_trap after a message on stderr).
#pragma once

#include <cstddef>
#include <cstdint>

namespace redline::fuzz {

// The input is a policy, modification or tests file: parse, format and re-parse, analyse,
// lower, evaluate on generated rows, render the diagnostics. A modification is applied to
// policies/sec/section_g.policy.
int fuzz_policy_one(const uint8_t* data, size_t size);

// The input is a dataset for the Party entity of policies/sec/section_g.policy, read as CSV,
// as a JSON array and as JSON Lines; what loads is resolved, evaluated and written in every
// output format.
int fuzz_data_one(const uint8_t* data, size_t size);

// The input is what an editor sends the language server: read as a framed stream (the
// `redline lsp` loop, from a fresh server), and again one JSON message per line handed to an
// initialized server with a policy open. Every reply must be a JSON-RPC message.
int fuzz_lsp_one(const uint8_t* data, size_t size);

}  // namespace redline::fuzz
