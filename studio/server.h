// The studio's HTTP server: cpp-httplib carrying requests to an App (app.h), which decides
// everything; this file only binds, translates and logs.
#pragma once

#include <functional>
#include <string>

#include "studio/app.h"

namespace redline::studio {

// Binds options.host:options.port (0: a free port), calls `on_listening` with the address the
// page is at, then serves until `stop()` or a signal ends the process. Throws
// service::UsageError when the address cannot be bound.
void serve(App& app, const std::function<void(const std::string& url)>& on_listening);

// Stops a server started by serve() (from another thread or a signal handler's thread).
void stop();

}  // namespace redline::studio
