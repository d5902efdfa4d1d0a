// service.h: pstmaild's main loop. A Boost.Asio io_context owns the timers (poll, outbox) and the
// signals (SIGTERM/SIGINT stop cleanly, SIGHUP reloads the config); blocking libcurl work runs on
// one worker thread so that signals are handled at once; a stop request ends the work between two
// mails (a transfer in progress is bounded by the timeouts). systemd: READY/STOPPING/STATUS/WATCHDOG.
#pragma once

#include <string>

namespace pst {

struct ServiceOptions {
  std::string config_path;
  bool once = false;   // one poll + one drain, then exit
  bool send = true;    // false: leave the outbox for later (benchmarks, maintenance)
};

/// Returns the process exit code (0 clean stop; 1 runtime failure; 65 the database failed its
/// integrity check at start-up; 78 configuration error).
int run_service(const ServiceOptions& options);

}  // namespace pst
