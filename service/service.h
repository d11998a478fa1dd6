// redline's service: the one engine every front door calls (the command line, the language
// server, the studio, the Python module). Each call takes a Session and a typed request and
// returns a typed result; errors are typed too (service/errors.h, runtime/errors). Rendering
// (text, json, html...) is the caller's, or the report library's (report/report.h).
#pragma once

#include "service/check.h"
#include "service/data.h"
#include "service/diff.h"
#include "service/errors.h"
#include "service/explain.h"
#include "service/format.h"
#include "service/graph.h"
#include "service/run.h"
#include "service/session.h"
#include "service/testing.h"
#include "service/timeline.h"
