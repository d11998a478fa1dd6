// Renderings of a diff: csv (one row per changed value), json (everything, for programs),
// a terminal table, markdown and a self-contained html page for modification reports.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "runtime/diff.h"
#include "service/compare.h"
#include "service/diff.h"

namespace redline::report {

// Text for an html page: & < > " ' as entities. Every page of the product escapes through it.
std::string html_escape(std::string_view s);

using service::AmendmentInfo;
using service::DiffContext;

// The csv of changes, in parts to be written in order (see DiffReport::csv_parts); `csv_safe`
// guards text cells against formula injection (runtime::WriteOptions::csv_safe).
std::vector<std::string> diff_csv(const runtime::DiffReport& r, bool csv_safe);
// The text formats write each change's row as its cause is found (DiffReport::explain), so that
// at a million changes no rendering of them all exists in memory; the head, which counts the
// groups of reasons, comes from the groups compute_diff found.
// json is written as nlohmann's dump(2) of the whole report would be; jsonl the same as one summary line
// ("type": "summary") then one line per change ("type": "change").
void diff_json(std::ostream& out, const runtime::DiffReport& r, const DiffContext& c);
void diff_jsonl(std::ostream& out, const runtime::DiffReport& r, const DiffContext& c);
// The json document of diff_json with only the first `max_changes` changes (and members
// "changes_total" and "changes_shown"), for a caller that shows a page of them (the studio).
nlohmann::ordered_json diff_json_page(const runtime::DiffReport& r, const DiffContext& c, size_t max_changes);
void diff_table(std::ostream& out, const runtime::DiffReport& r, const DiffContext& c);
// markdown and html: with `beyond`, the section "Who could change beyond this data" (what compare
// established for every input; see report/compare.h), before the list of changes.
void diff_markdown(std::ostream& out, const runtime::DiffReport& r, const DiffContext& c, const service::Beyond* beyond = nullptr);
// The self-contained html page, rendered from the typed report and its context as the other
// formats are (values as the value formatter printed them, totals' arithmetic on runtime::Total,
// dates through format_date): it never reads the json form. The page lists the first
// `max_rows` changes, finding their causes as the streamed formats do (DiffReport::explain), and
// counts all of them.
constexpr size_t kHtmlMaxRows = 5000;
std::string diff_html(const runtime::DiffReport& report, const DiffContext& context, size_t max_rows = kHtmlMaxRows,
                      const service::Beyond* beyond = nullptr);

}  // namespace redline::report
