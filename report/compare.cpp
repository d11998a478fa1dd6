#include "report/compare.h"

#include <algorithm>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "types/values.h"

namespace redline::report {

using analysis::Verdict;

std::string verdict_line(const analysis::OutputComparison& oc) {
  switch (oc.verdict) {
    case Verdict::Unchanged: return "unchanged for every input (proved)";
    case Verdict::Changes:
      return fmt::format("changes in {} region{}{}", oc.regions.size(), oc.regions.size() == 1 ? "" : "s",
                         oc.complete ? " (every change, proved)" : "");
    case Verdict::Undecided: return "undecided";
  }
  return "";
}

std::string witness_confirmation(const std::optional<bool>& c, bool alternatives) {
  if (!c) return "not run";
  const char* how = alternatives ? "by running both drafts" : "by diff";
  return fmt::format("{}confirmed {}", *c ? "" : "NOT ", how);
}

std::string region_transition(const analysis::Region& r) {
  if (r.before == "changes") return fmt::format("changes (on the witness: {} -> {})", r.witness.before, r.witness.after);
  return r.before + " -> " + r.after;
}

std::string region_kind(const analysis::Region& r, bool brief) {
  if (!r.proved) return "found on the witness only";
  return brief ? "proved" : "proved for every input in the condition";
}

std::string reason_label(const analysis::OutputComparison& oc) {
  return oc.verdict == Verdict::Undecided ? "reason: " : "note: ";
}

std::string empty_condition(const analysis::Region& r) {
  return r.proved ? "always" : "not established (the witness's inputs only)";
}

void compare_outputs_markdown(std::ostream& out, const service::CompareResult& res, const std::string& heading,
                              const std::function<std::string(size_t, size_t)>& extra) {
  for (size_t o = 0; o < res.comparison.outputs.size(); ++o) {
    const auto& oc = res.comparison.outputs[o];
    out << "\n";
    std::string cite = oc.citation.empty() ? "" : " [" + oc.citation + "]";
    out << heading << " " << oc.output << cite << ": " << verdict_line(oc) << "\n";
    if (!oc.reason.empty()) out << "\n" << reason_label(oc) << oc.reason << "\n";
    for (size_t k = 0; k < oc.regions.size(); ++k) {
      const auto& r = oc.regions[k];
      out << fmt::format("\n{}. **{}** ({})\n", k + 1, region_transition(r), region_kind(r, false));
      out << "   - when: ";
      for (size_t i = 0; i < r.condition.size(); ++i) out << (i ? " and " : "") << "`" << r.condition[i] << "`";
      // No condition is "always" only when proved; otherwise nothing is known beyond the witness.
      if (r.condition.empty()) out << empty_condition(r);
      out << "\n";
      if (!r.citations.empty()) {
        out << "   - clauses:";
        for (const auto& c : r.citations) out << " " << c;
        out << "\n";
      }
      out << fmt::format("   - witness: {} ({})\n", r.witness.subject_key, witness_confirmation(res.confirmed[o][k], res.alternatives));
      if (extra) {
        std::string more = extra(o, k);
        if (!more.empty()) out << "   - " << more << "\n";
      }
    }
  }
}

std::string amendment_names(const std::vector<service::AmendmentInfo>& amendments) {
  std::string out;
  for (const auto& a : amendments) out += (out.empty() ? "" : ", ") + a.name;
  return out;
}

void compare_text(std::ostream& out, const service::CompareResult& res, bool markdown, const std::string& question) {
  const auto& ctx = res.context;
  const std::string as_of = ctx.as_of ? format_date(*ctx.as_of) : "today";
  if (markdown) out << "# " << question << "\n\n";
  else out << question << "\n";
  out << fmt::format("{}policy {}{}, as of {}; witnesses from a bounded search of {} rows per entity\n",
                     markdown ? "" : "  ", ctx.policy, ctx.base.empty() ? "" : " after " + amendment_names(ctx.base), as_of,
                     res.comparison.rows);
  if (markdown) {
    compare_outputs_markdown(out, res, "##");
    return;
  }
  for (size_t o = 0; o < res.comparison.outputs.size(); ++o) {
    const auto& oc = res.comparison.outputs[o];
    out << "\n";
    std::string cite = oc.citation.empty() ? "" : " [" + oc.citation + "]";
    out << oc.output << cite << ": " << verdict_line(oc) << "\n";
    if (!oc.reason.empty()) out << "  " << reason_label(oc) << oc.reason << "\n";
    for (size_t k = 0; k < oc.regions.size(); ++k) {
      const auto& r = oc.regions[k];
      out << fmt::format("  region {}: {} ({})\n", k + 1, region_transition(r), region_kind(r, true));
      if (r.condition.empty()) out << "    when: " << empty_condition(r) << "\n";
      for (size_t i = 0; i < r.condition.size(); ++i) out << (i ? "      and " : "    when: ") << r.condition[i] << "\n";
      if (!r.citations.empty()) {
        out << "    clauses:";
        for (const auto& c : r.citations) out << " " << c;
        out << "\n";
      }
      out << fmt::format("    witness: {} ({})\n", r.witness.subject_key, witness_confirmation(res.confirmed[o][k], res.alternatives));
    }
  }
}

std::string beyond_failure(const service::Beyond& b) {
  return fmt::format("{}. Nothing is established beyond this data; the rest of this report does not depend on it.", b.failure);
}

std::string beyond_intro(const service::Beyond& b, bool markdown) {
  if (!b.result) return "";
  const auto& ctx = b.result->context;
  return fmt::format(
      "What {} established for every input the policy's declarations allow, not only this data: "
      "as of {}{}; witnesses from a bounded search of {} rows per entity; each solver call's budget {} resource units. "
      "\"Proved\" holds for every such input, \"found on the witness only\" is known from one example input, "
      "\"undecided\" says why nothing was established.",
      markdown ? "`redline compare`" : "redline compare", ctx.as_of ? format_date(*ctx.as_of) : "today",
      b.params.empty() ? "" : fmt::format(", with the diff's --param {}", fmt::join(b.params, ", ")), b.result->comparison.rows, runtime::readable_number(std::to_string(b.rlimit)));
}

std::string beyond_entities(const service::Beyond& b, size_t o, size_t k) {
  if (o >= b.entities.size() || k >= b.entities[o].size() || !b.entities[o][k]) return "";
  const size_t n = *b.entities[o][k];
  const std::string& entity = b.entity.empty() ? std::string("entity") : b.entity;
  const auto& oc = b.result->comparison.outputs[o];
  const auto& r = oc.regions[k];
  if (n == 0)
    return fmt::format("in this data: no {} entity (every input in this region changes {}; none does in this diff)", entity,
                       r.before == "changes" ? oc.output : r.before + " -> " + r.after);
  return fmt::format("in this data: {} {} {} (this diff's changes of {}{}: the regions are every change, each proved, "
                     "and no other region has this transition)",
                     runtime::readable_number(std::to_string(n)), entity, n == 1 ? "entity" : "entities", oc.output,
                     r.before == "changes" ? "" : " " + r.before + " -> " + r.after);
}

std::string beyond_markdown(const service::Beyond& b) {
  std::ostringstream out;
  out << "\n## Who could change beyond this data\n\n";
  if (!b.result) {
    out << beyond_failure(b) << "\n";
    return out.str();
  }
  out << beyond_intro(b, true) << "\n";
  compare_outputs_markdown(out, *b.result, "###", [&](size_t o, size_t k) { return beyond_entities(b, o, k); });
  return out.str();
}

void compare_json(std::ostream& out, const service::CompareResult& res) {
  nlohmann::ordered_json j;
  j["policy"] = res.context.policy;
  nlohmann::ordered_json base = nlohmann::ordered_json::array(), mods = nlohmann::ordered_json::array();
  for (const auto& a : res.context.base) base.push_back(a.name);
  for (const auto& a : res.context.amendments) mods.push_back(a.name);
  j["base"] = base;
  j["amendments"] = mods;
  j["as_of"] = res.context.as_of ? nlohmann::ordered_json(format_date(*res.context.as_of)) : nlohmann::ordered_json();
  j["rows"] = res.comparison.rows;
  nlohmann::ordered_json outputs = nlohmann::ordered_json::array();
  for (size_t o = 0; o < res.comparison.outputs.size(); ++o) {
    const auto& oc = res.comparison.outputs[o];
    nlohmann::ordered_json x;
    x["output"] = oc.output;
    x["verdict"] = oc.verdict == Verdict::Unchanged ? "unchanged" : oc.verdict == Verdict::Changes ? "changes" : "undecided";
    if (!oc.reason.empty()) x["reason"] = oc.reason;
    if (oc.verdict == Verdict::Changes) x["complete"] = oc.complete;
    nlohmann::ordered_json regions = nlohmann::ordered_json::array();
    for (size_t k = 0; k < oc.regions.size(); ++k) {
      const auto& r = oc.regions[k];
      nlohmann::ordered_json rj;
      rj["condition"] = r.condition;
      rj["citations"] = r.citations;
      rj["before"] = r.before;
      rj["after"] = r.after;
      rj["proved"] = r.proved;
      nlohmann::ordered_json w;
      w["subject"] = r.witness.subject_key;
      w["before"] = r.witness.before;
      w["after"] = r.witness.after;
      const auto& c = res.confirmed[o][k];
      w["confirmed"] = c ? nlohmann::ordered_json(*c) : nlohmann::ordered_json();
      nlohmann::ordered_json tables = nlohmann::ordered_json::object();
      for (const auto& t : r.witness.tables) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto& row : t.rows) {
          nlohmann::ordered_json rr;
          for (size_t i = 0; i < t.header.size(); ++i) rr[t.header[i]] = row[i];
          rows.push_back(rr);
        }
        tables[t.entity] = rows;
      }
      w["data"] = tables;
      rj["witness"] = w;
      regions.push_back(rj);
    }
    x["regions"] = regions;
    outputs.push_back(x);
  }
  j["outputs"] = outputs;
  out << j.dump(2) << "\n";
}

}  // namespace redline::report
