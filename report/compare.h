// Renderings of `redline compare`'s typed result (service::CompareResult): text or markdown
// (per output: unchanged, proved; the regions where it changes, each with its witness; or
// undecided) and json.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "service/compare.h"

namespace redline::report {

// "SECMP0044, DP133": the modifications' names, as headings list them.
std::string amendment_names(const std::vector<service::AmendmentInfo>& amendments);

// The words of compare's verdicts, shared by every rendering of a comparison (compare's own,
// and the diff reports' section "who could change beyond this data"), so that each says exactly
// what compare established and no more.
// "unchanged for every input (proved)", "changes in 3 regions (every change, proved)", "undecided".
std::string verdict_line(const analysis::OutputComparison& oc);
// "None -> Full", or for numbers "changes (on the witness: 1 -> 0)".
std::string region_transition(const analysis::Region& r);
// "proved for every input in the condition" or "found on the witness only"; `brief`: "proved".
std::string region_kind(const analysis::Region& r, bool brief);
// "confirmed by diff", "NOT confirmed by running both drafts", "not run".
std::string witness_confirmation(const std::optional<bool>& confirmed, bool alternatives);
// "reason: " for an undecided output, "note: " for a remark on a changed one.
std::string reason_label(const analysis::OutputComparison& oc);
// The region's condition when it has no conjunct: "always" when proved, otherwise that nothing
// is known beyond the witness.
std::string empty_condition(const analysis::Region& r);

// Markdown of each output of a comparison: a heading (`heading`, e.g. "##") with its verdict,
// the reason, and the regions as a numbered list; `extra(o, k)`, when it returns text, adds a
// line to region k of output o.
void compare_outputs_markdown(std::ostream& out, const service::CompareResult& result, const std::string& heading,
                              const std::function<std::string(size_t, size_t)>& extra = {});

// The diff reports' section "who could change beyond this data" (service::Beyond): what compare
// established for every input, per output, with the number of the data's entities in each
// region where the diff establishes it. Markdown, its level-2 heading first.
std::string beyond_markdown(const service::Beyond& beyond);
// The sentence in a region's entry about the diff's data ("no Party entity of this data is in
// it...", "3 Party entities of this data are in it..."), or "" when not established.
std::string beyond_entities(const service::Beyond& beyond, size_t output, size_t region);
// The sentences that introduce the section: what was asked, as of when, with which budget
// (`markdown`: the command's name as code).
std::string beyond_intro(const service::Beyond& beyond, bool markdown);
// "<why compare did not run>. Nothing is established beyond this data; the rest of this report does
// not depend on it."
std::string beyond_failure(const service::Beyond& beyond);

// `question` is the comparison asked, as the heading says it.
void compare_text(std::ostream& out, const service::CompareResult& result, bool markdown, const std::string& question);
void compare_json(std::ostream& out, const service::CompareResult& result);

}  // namespace redline::report
