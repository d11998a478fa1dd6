// Renderings of a diff: csv (one row per changed value), json (everything, for programs),
// a terminal table, markdown and a self-contained html page for modification reports.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "runtime/diff.h"

namespace redline::cli {

struct AmendmentInfo {
  std::string name;
  std::string title;
  std::string effective;  // YYYY-MM-DD or empty
  std::string citation;
};

struct DiffContext {
  std::string policy;
  std::string policy_title;
  std::vector<AmendmentInfo> base;        // applied to both sides (--base-amend)
  std::vector<AmendmentInfo> amendments;  // what the comparison is about
  std::vector<AmendmentInfo> not_in_force;  // given with --amend but not in force on the as-of date
  std::vector<runtime::LawChange> law;    // what those amendments change
  std::string as_of;                      // empty: today
};

// The csv of changes, in parts to be written in order (see DiffReport::csv_parts); `csv_safe`
// guards text cells against formula injection (runtime::WriteOptions::csv_safe).
std::vector<std::string> diff_csv(const runtime::DiffReport& r, bool csv_safe);
nlohmann::ordered_json diff_json(const runtime::DiffReport& r, const DiffContext& c);
std::string diff_table(const runtime::DiffReport& r, const DiffContext& c);
std::string diff_markdown(const runtime::DiffReport& r, const DiffContext& c);
// Renders from the json form, so the page shows exactly what programs see.
std::string diff_html(const nlohmann::ordered_json& report);

}  // namespace redline::cli
