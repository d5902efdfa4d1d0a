// runtime.h: what the daemon works with between two reloads: the config, the office calendar, the
// open store and the intake settings derived from them. Built at start and on SIGHUP.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>

#include "calendar/working_calendar.h"
#include "config/config.h"
#include "queue/database.h"
#include "queue/intake.h"
#include "transport/oauth2_token.h"

namespace pst {

struct Runtime {
  Config config;
  WorkCalendar calendar;
  std::unique_ptr<Database> db;
  std::string imap_password;                 // read at load; never logged
  std::optional<std::string> smtp_password;
  std::shared_ptr<OAuth2TokenSource> imap_oauth2;  // set when imap.auth is xoauth2/oauthbearer
  std::shared_ptr<OAuth2TokenSource> smtp_oauth2;
  std::optional<std::string> whatsapp_token;       // the Cloud API's access token (whatsapp section); never logged

  [[nodiscard]] IntakeSettings intake_settings(std::chrono::sys_seconds now) const {
    return make_intake_settings(config, calendar, now);
  }
};

/// Loads config, calendar, secrets and opens (migrating) the store. Throws with a message that says
/// what to fix (ConfigError lists every problem).
[[nodiscard]] std::unique_ptr<Runtime> load_runtime(const std::string& config_path);

/// Wall clock (seconds), the one place the daemon reads it.
[[nodiscard]] inline std::chrono::sys_seconds now_seconds() {
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace pst
