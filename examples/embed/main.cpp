// embed: redline's service called from another program, through the installed package
// (find_package(redline) or pkg-config). It compares a policy with its amended version on a
// dataset, as `redline diff` does, and prints who changes: the count, the first few changes,
// and, when asked, every change as the csv `redline diff --format csv` writes.
//
// Usage: embed POLICY AMENDMENT ENTITY=DATA [CSV_OUT]
//   e.g. embed policies/sec/section_g.policy policies/sec/SECMP0044.policy Party=examples/sec/parties.csv
#include <redline/report/report.h>
#include <redline/service/service.h>

#include <algorithm>
#include <cstddef>
#include <exception>
#include <fstream>
#include <iostream>
#include <string>

namespace service = redline::service;

int main(int argc, char** argv) {
  if (argc < 4 || argc > 5) {
    std::cerr << "usage: " << argv[0] << " POLICY AMENDMENT ENTITY=DATA [CSV_OUT]\n";
    return 2;
  }
  try {
    service::Session session;
    // Warnings and errors as the command line shows them, on stderr.
    session.on_diagnostics = [](redline::support::DiagnosticEngine& diags) { std::cerr << diags.render(); };

    service::DiffRequest request;
    request.policy = argv[1];
    request.amendments = {argv[2]};
    request.data = {service::parse_data_spec(argv[3])};
    // Only the values that changed, not why: the reasons cost a search per change.
    request.explain = false;
    service::DiffResult result = service::diff(session, request);
    const redline::runtime::DiffReport& report = result.report;

    std::cout << report.changed_entities << " of " << report.rows << ' ' << report.entity
              << " entities change (" << report.changes.size() << " values)\n";
    const size_t shown = std::min<size_t>(report.changes.size(), 5);
    for (size_t i = 0; i < shown; ++i) {
      const redline::runtime::ChangedValue& c = report.changes[i];
      std::cout << "  " << report.key(c) << ' ' << report.outputs[c.output] << ": " << report.before(c) << " -> "
                << report.after(c) << '\n';
    }

    if (argc == 5) {
      std::ofstream out(argv[4], std::ios::binary);
      for (const std::string& part : redline::report::diff_csv(report, /*csv_safe=*/true)) out << part;
      if (!out.flush()) {
        std::cerr << "embed: cannot write " << argv[4] << '\n';
        return 2;
      }
    }
    return 0;
  } catch (const service::CompileFailed&) {
    return 1;  // the diagnostics are on stderr already
  } catch (const std::exception& e) {
    std::cerr << "embed: " << e.what() << '\n';
    return 2;
  }
}
