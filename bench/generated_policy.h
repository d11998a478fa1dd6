// The generated policy of the compile-time benchmark (bench/compile_bench.cpp), shared with the
// parser's equivalence test so that both use the same large input.
#pragma once

#include <string>

#include <fmt/format.h>

namespace redline::bench {

// A policy shaped like real ones: arithmetic over fields and earlier rules, if/else chains,
// matches, small decision tables, and an aggregate every hundred rules.
inline std::string generated_policy(int rules) {
  std::string s = "policy generated \"generated for the compile-time benchmark\" [B];\n";
  s += "enum Kind [B] { a, b, c, d }\n";
  s += "entity Party [B] {\n  key id: text;\n  kind: Kind;\n  size: int check >= 0;\n  year: int? check >= 1;\n"
       "  group: Party?;\n}\n";
  s += "param threshold: int [B] = 250_000 until 2019-02-27, then 300_000;\n";
  s += "cycle pattern: Kind [B] = a, b, c;\n";
  for (int i = 0; i < rules; ++i) {
    std::string prev = i ? fmt::format("r{}(p)", i - 1) : "p.size";
    std::string head = fmt::format("{}rule r{}(p: Party): int [B{}]", i + 1 == rules ? "output " : "", i, i % 97);
    switch (i % 5) {
      case 0: s += fmt::format("{} = {} + p.size * {} - {};\n", head, prev, i % 7 + 1, i % 13); break;
      case 1:
        s += fmt::format("{} = if {} > threshold then {} mod 1000 else {} + {};\n", head, prev, prev, prev, i % 11);
        break;
      case 2:
        s += fmt::format("{} = match p.kind {{ a => {}, b | c => {} + 1, _ => (p.year ?? 1) + {} }};\n", head, prev, prev,
                         prev);
        break;
      case 3:
        s += fmt::format(
            "{} = table first (p.kind, {} > {}) {{ x{}: a, true => 1; y{}: _, true => 2; z{}: _, false => 3; }};\n", head,
            prev, i * 10, i, i, i);
        break;
      default:
        if (i % 100 == 4)
          s += fmt::format("{} = sum(q.size for q in Party where q.group == p) + {};\n", head, prev);
        else
          s += fmt::format("{} = max({}, min(p.size, {})) + abs({} - p.size);\n", head, prev, i, i);
        break;
    }
  }
  return s;
}

}  // namespace redline::bench
