// A unified diff of two texts (`fmt --diff`), as `diff -u` and `git diff` print it, so that
// editors, patch(1) and reviewers read it as they read any other.
#pragma once

#include <string>
#include <string_view>

namespace redline::report {

// "--- a/PATH\n+++ b/PATH\n@@ -l,n +l,n @@\n..." with `context` lines around each change; empty
// when the texts are equal. A text that does not end with a newline gets
// "\ No newline at end of file" after its last line, as diff prints.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& path, int context = 3);

}  // namespace redline::report
