// check_config.cc: see check_config.h.
#include "daemon/check_config.h"

#include <tuple>

#include "parsers/office_lexicon.h"

#include <fmt/format.h>

#include "calendar/holidays.h"
#include "calendar/office_calendar.h"
#include "compose/templates.h"
#include "config/config.h"
#include "config/secrets.h"
#include "parsers/office_lexicon.h"

namespace pst {

int run_check_config(const std::string& config_path, std::ostream& out) {
  std::vector<std::string> problems;
  Config cfg;
  try {
    cfg = load_config(config_path);
  } catch (const ConfigError& e) {
    for (const auto& m : e.errors()) out << m << "\n";
    return 1;
  }
  try {
    (void)make_work_calendar(cfg.office);
  } catch (const std::exception& e) {
    problems.push_back(e.what());
  }
  for (const auto& p : validate_templates(cfg.templates_dir)) problems.push_back(p);
  for (const auto& p : load_office_lexicon(cfg.lexicon_dir)) problems.push_back(p);
  auto check_secret = [&](const std::optional<std::string>& file, const std::string& cred, const char* key,
                          bool required) {
    try {
      if (!read_secret(file, cred) && required)
        problems.push_back(fmt::format("{}: {}: no password_file and no credential {}", cfg.path, key, cred));
    } catch (const SecretError& e) {
      problems.push_back(fmt::format("{}: {}: {}", cfg.path, key, e.what()));
    }
  };
  // OAuth2 logins need the refresh token (and the client secret when one is configured), not a password.
  auto check_oauth2 = [&](const OAuth2Config& o, const std::string& side) {
    try {
      if (!read_secret(o.refresh_token_file, side + "-oauth2-refresh-token"))
        problems.push_back(fmt::format("{}: {}.oauth2.refresh_token_file: no file and no credential {}-oauth2-refresh-token",
                                       cfg.path, side, side));
      (void)read_secret(o.client_secret_file, side + "-oauth2-client-secret");
    } catch (const SecretError& e) {
      problems.push_back(fmt::format("{}: {}.oauth2: {}", cfg.path, side, e.what()));
    }
  };
  if (!cfg.imap.url.empty()) {
    if (cfg.imap.oauth2)
      check_oauth2(*cfg.imap.oauth2, "imap");
    else
      check_secret(cfg.imap.password_file, "imap-password", "imap.password_file", true);
  }
  if (!cfg.smtp.url.empty() && cfg.smtp.user) {
    if (cfg.smtp.oauth2)
      check_oauth2(*cfg.smtp.oauth2, "smtp");
    else
      check_secret(cfg.smtp.password_file, "smtp-password", "smtp.password_file", true);
  }
  // The WhatsApp channel needs its three secrets: the webhook's verify token and app secret (which
  // signs every webhook) and the API's access token.
  if (cfg.whatsapp) {
    const WhatsAppConfig& wa = *cfg.whatsapp;
    for (const auto& [file, cred, key] : {std::tuple{&wa.verify_token_file, "whatsapp-verify-token", "verify_token_file"},
                                          std::tuple{&wa.app_secret_file, "whatsapp-app-secret", "app_secret_file"},
                                          std::tuple{&wa.access_token_file, "whatsapp-token", "access_token_file"}}) {
      try {
        if (!read_secret(*file, cred))
          problems.push_back(fmt::format("{}: whatsapp.{}: no file and no credential {}", cfg.path, key, cred));
      } catch (const SecretError& e) {
        problems.push_back(fmt::format("{}: whatsapp.{}: {}", cfg.path, key, e.what()));
      }
    }
  }
  if (cfg.imap.url.empty()) problems.push_back(fmt::format("{}: imap: missing (the daemon needs a mailbox)", cfg.path));
  if (cfg.smtp.url.empty()) problems.push_back(fmt::format("{}: smtp: missing (the daemon needs a mail server)", cfg.path));
  if (problems.empty()) {
    out << "OK\n";
    return 0;
  }
  for (const auto& p : problems) out << p << "\n";
  return 1;
}

}  // namespace pst
