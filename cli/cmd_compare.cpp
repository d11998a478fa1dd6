// `redline compare`: what an amendment changes for every input, not only a dataset's: per
// output, unchanged (proved), the regions where it changes (each with a witness), or undecided.
#include <algorithm>
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "service/atomic_file.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "service/compare.h"
#include "types/values.h"

namespace redline::cli {
namespace {

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

std::string names(const std::vector<service::AmendmentInfo>& a) {
  std::vector<std::string> n;
  for (const auto& x : a) n.push_back(x.name);
  std::string out;
  for (const auto& s : n) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string confirmation(const std::optional<bool>& c) {
  if (!c) return "not run";
  return *c ? "confirmed by diff" : "NOT confirmed by diff";
}

std::string transition(const analysis::Region& r) {
  if (r.before == "changes") return fmt::format("changes (on the witness: {} -> {})", r.witness.before, r.witness.after);
  return r.before + " -> " + r.after;
}

void render_text(std::ostream& out, const service::CompareResult& res, bool markdown, const std::string& question) {
  const auto& ctx = res.context;
  const std::string as_of = ctx.as_of ? format_date(*ctx.as_of) : "today";
  if (markdown) out << "# " << question << "\n\n";
  else out << question << "\n";
  out << fmt::format("{}policy {}{}, as of {}; witnesses from a bounded search of {} rows per entity\n",
                     markdown ? "" : "  ", ctx.policy, ctx.base.empty() ? "" : " after " + names(ctx.base), as_of,
                     res.comparison.rows);
  for (size_t o = 0; o < res.comparison.outputs.size(); ++o) {
    const auto& oc = res.comparison.outputs[o];
    out << "\n";
    std::string cite = oc.citation.empty() ? "" : " [" + oc.citation + "]";
    if (markdown) out << "## " << oc.output << cite << ": " << verdict_line(oc) << "\n";
    else out << oc.output << cite << ": " << verdict_line(oc) << "\n";
    if (!oc.reason.empty()) out << (markdown ? "\n" : "  ") << (oc.verdict == Verdict::Undecided ? "reason: " : "note: ") << oc.reason << "\n";
    for (size_t k = 0; k < oc.regions.size(); ++k) {
      const auto& r = oc.regions[k];
      if (markdown) {
        out << fmt::format("\n{}. **{}** ({})\n", k + 1, transition(r), r.proved ? "proved for every input in the condition" : "found on the witness only");
        out << "   - when: ";
        for (size_t i = 0; i < r.condition.size(); ++i) out << (i ? " and " : "") << "`" << r.condition[i] << "`";
        if (r.condition.empty()) out << "always";
        out << "\n";
        if (!r.citations.empty()) {
          out << "   - clauses:";
          for (const auto& c : r.citations) out << " " << c;
          out << "\n";
        }
        out << fmt::format("   - witness: {} ({})\n", r.witness.subject_key, confirmation(res.confirmed[o][k]));
      } else {
        out << fmt::format("  region {}: {} ({})\n", k + 1, transition(r), r.proved ? "proved" : "found on the witness only");
        if (r.condition.empty()) out << "    when: always\n";
        for (size_t i = 0; i < r.condition.size(); ++i) out << (i ? "      and " : "    when: ") << r.condition[i] << "\n";
        if (!r.citations.empty()) {
          out << "    clauses:";
          for (const auto& c : r.citations) out << " " << c;
          out << "\n";
        }
        out << fmt::format("    witness: {} ({})\n", r.witness.subject_key, confirmation(res.confirmed[o][k]));
      }
    }
  }
}

void render_json(std::ostream& out, const service::CompareResult& res) {
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

// Each region's witness in DIR/<output>/<k>/<Entity>.csv, and DIR/predicted.csv: the change
// `redline diff` on that data must show for the witness's subject.
void write_witnesses(const std::string& dir, const service::CompareResult& res) {
  std::filesystem::create_directories(dir);
  std::string predicted = "dir,key,output,before,after\n";
  for (const auto& oc : res.comparison.outputs)
    for (size_t k = 0; k < oc.regions.size(); ++k) {
      const auto& w = oc.regions[k].witness;
      const std::string sub = oc.output + "/" + std::to_string(k + 1);
      std::filesystem::create_directories(std::filesystem::path(dir) / sub);
      for (const auto& t : w.tables)
        write_output((std::filesystem::path(dir) / sub / (t.entity + ".csv")).string(), service::witness_csv(t));
      auto value = [](const std::string& v) { return v == "none" ? std::string() : v; };
      predicted += fmt::format("{},{},{},{},{}\n", sub, w.subject_key, oc.output, value(w.before), value(w.after));
    }
  write_output((std::filesystem::path(dir) / "predicted.csv").string(), predicted);
}

}  // namespace

Command add_compare(CLI::App& app) {
  auto* cmd = app.add_subcommand("compare", "What an amendment changes for every input, proved with Z3, with witnesses");
  struct Options {
    std::vector<std::string> amend, base_amend, against;
    std::string policy, as_of, select, where, direction = "any", format = "text", output, witnesses;
    int rows = 3, max_regions = 32;
    unsigned timeout = 20;
    bool no_verify = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("policy", o->policy, "The policy file")->required();
  cmd->add_option("--amend", o->amend, "The modification(s) to assess, applied in order")->required();
  cmd->add_option("--base-amend", o->base_amend, "Modifications already in force: applied to both sides");
  cmd->add_option("--against", o->against,
                  "Another draft of the same change: compare the policy with --amend to the policy with this instead");
  cmd->add_option("--select", o->select, "RULE,...: the outputs to compare (default: every output)");
  cmd->add_option("--as-of", o->as_of, "Parameters and modifications in force on this date (YYYY-MM-DD); default today");
  cmd->add_option("--where", o->where, "EXPR: only inputs where this condition over the entity (its first letter, e.g. p) holds");
  cmd->add_option("--direction", o->direction, "any, raise or lower: only changes that raise or lower an ordered output")
      ->capture_default_str();
  cmd->add_option("--format", o->format, "text, json or markdown")->capture_default_str();
  cmd->add_option("--witnesses", o->witnesses, "DIR: write each region's witness as data (DIR/OUTPUT/N/ENTITY.csv)");
  cmd->add_option("--rows", o->rows, "Rows per entity in the bounded search for witnesses")->capture_default_str();
  cmd->add_option("--max-regions", o->max_regions, "Stop after this many regions per output")->capture_default_str();
  cmd->add_option("--timeout", o->timeout, "Seconds per solver call before the output is undecided")->capture_default_str();
  cmd->add_flag("--no-verify", o->no_verify, "Do not run each witness through diff");
  cmd->add_option("-o,--output", o->output, "Write to FILE (atomically) instead of stdout");
  return [o]() {
    std::vector<std::string> base_and_against = o->base_amend;
    base_and_against.insert(base_and_against.end(), o->against.begin(), o->against.end());
    refuse_input_as_output("-o", o->output, input_files(o->policy, o->amend, {}, base_and_against));
    const std::vector<std::string> formats{"text", "json", "markdown"};
    if (std::find(formats.begin(), formats.end(), o->format) == formats.end())
      throw UsageError(fmt::format("--format '{}' is not one of text, json, markdown", o->format));
    service::CompareRequest request;
    request.policy = o->policy;
    request.amendments = o->amend;
    request.base_amendments = o->base_amend;
    request.against = o->against;
    request.as_of = parse_as_of(o->as_of);
    request.select = o->select;
    request.where = o->where;
    if (o->direction == "raise") request.direction = analysis::CompareOptions::Direction::Raise;
    else if (o->direction == "lower") request.direction = analysis::CompareOptions::Direction::Lower;
    else if (o->direction != "any") throw UsageError(fmt::format("--direction '{}' is not one of any, raise, lower", o->direction));
    if (o->rows < 2 || o->rows > 8) throw UsageError("--rows must be between 2 and 8");
    if (o->max_regions < 1) throw UsageError("--max-regions must be at least 1");
    request.rows = o->rows;
    request.max_regions = o->max_regions;
    request.timeout_ms = o->timeout * 1000;
    request.verify = !o->no_verify;
    service::Session s;
    attach_terminal(s);
    service::CompareResult result = service::compare(s, request);
    std::string question = o->against.empty()
                               ? fmt::format("compare: what {} changes", names(result.context.amendments))
                               : fmt::format("compare: is {} equivalent to {}", fmt::join(o->amend, ", "), fmt::join(o->against, ", "));
    if (!o->where.empty()) question += fmt::format(" where {}", o->where);
    if (o->direction != "any") question += fmt::format(" (only what it can {})", o->direction);
    if (!o->witnesses.empty()) write_witnesses(o->witnesses, result);
    write_output(o->output, [&](std::ostream& out) {
      if (o->format == "json") render_json(out, result);
      else render_text(out, result, o->format == "markdown", question);
    });
    return kExitOk;
  };
}

}  // namespace redline::cli
