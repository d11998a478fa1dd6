// A timeline (service::timeline) as text for a terminal, as JSON, and as a self-contained html
// page with the timeline drawn in SVG.
#pragma once

#include <string>

#include "service/timeline.h"

namespace redline::report {

std::string timeline_text(const service::TimelineResult& t);
std::string timeline_json(const service::TimelineResult& t);
std::string timeline_html(const service::TimelineResult& t);

}  // namespace redline::report
