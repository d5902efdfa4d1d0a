// config.h: pstmail's configuration (one YAML file, see config/pstmail.example.yaml) as typed values.
// load_config() validates everything and reports every error as "file:line:column: key.path: what".
// Secrets are never in this struct's YAML: only paths to files that hold them (read by secrets.h).
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/service_hours.h"

namespace pst {

struct OfficeConfig {
  std::string name = "BPS Kabupaten Jembrana";
  std::string mailbox = "bps5101@bps.go.id";
  std::string timezone = "Asia/Makassar";
  WeeklyHours hours;                        // default Mon-Fri 08:00-15:30
  std::vector<std::string> holiday_files;   // absolute paths
  std::vector<std::string> closures;        // "YYYY-MM-DD", validated
};

/// How to log in (imap.auth, smtp.auth): `auto` lets libcurl pick the best mechanism the server
/// advertises (it does not fall back when that one fails: a server advertising GSSAPI or NTLM it
/// cannot serve is never logged into); a named one is the only one tried.
enum class AuthMechanism { automatic, plain, login, cram_md5, xoauth2, oauthbearer };
[[nodiscard]] std::optional<AuthMechanism> parse_auth_mechanism(std::string_view s);
/// libcurl's login option: "" for auto, else "AUTH=PLAIN", "AUTH=XOAUTH2", ...
[[nodiscard]] std::string curl_login_options(AuthMechanism m);
[[nodiscard]] inline bool uses_oauth2(AuthMechanism m) {
  return m == AuthMechanism::xoauth2 || m == AuthMechanism::oauthbearer;
}

/// OAuth2 for imap.auth / smtp.auth xoauth2 or oauthbearer (Microsoft 365, Google Workspace): access
/// tokens come from the token endpoint by the refresh-token grant. The client secret and the
/// refresh token are secrets: credentials `<imap|smtp>-oauth2-client-secret` and
/// `<imap|smtp>-oauth2-refresh-token`, else the files named here.
struct OAuth2Config {
  std::string token_url;                          // https://... (http:// only to 127.0.0.1/localhost)
  std::string client_id;
  std::string scope;                              // may be empty
  std::optional<std::string> client_secret_file;  // absent: a public client, or the credential
  std::optional<std::string> refresh_token_file;  // absent: the credential
};

struct ImapConfig {
  std::string url;                          // imaps://host[:port]/MAILBOX or imap:// (STARTTLS required)
  std::string user;
  std::string password_file;                // absolute path; may be empty when a credential is used
  AuthMechanism auth = AuthMechanism::automatic;
  std::optional<OAuth2Config> oauth2;
  std::optional<std::string> ca_file;       // absolute path
  int poll_seconds = 60;
  std::optional<std::string> processed_folder;
  bool allow_insecure = false;
  int ack_max_age_days = 7;
  bool idle = true;                         // imap.idle: auto|off
  int connect_timeout_seconds = 15;
  int timeout_seconds = 120;
};

struct SmtpConfig {
  std::string url;
  std::optional<std::string> user;
  std::optional<std::string> password_file;
  AuthMechanism auth = AuthMechanism::automatic;
  std::optional<OAuth2Config> oauth2;
  std::optional<std::string> ca_file;
  std::string from;                         // "PST BPS Kabupaten Jembrana <bps5101@bps.go.id>"
  bool allow_insecure = false;
  int connect_timeout_seconds = 15;
  int timeout_seconds = 120;
  int batch = 50;                           // mails read from the outbox at a time
  int retry_min_seconds = 60;               // first retry after a temporary failure
  int retry_max_seconds = 3600;             // backoff cap
};

struct TicketsConfig {
  std::string prefix = "PST";
  int reopen_days = 30;
};

struct LimitsConfig {
  std::size_t max_message_bytes = 25u << 20;
  std::size_t max_header_line = 64u << 10;
  int max_mime_depth = 50;
  int max_mime_parts = 500;
  int auto_per_sender_hour = 5;
  int auto_per_sender_day = 20;
};

/// pstq remind (issue 6): officers' digests, the supervisors' escalation, the requester side.
struct RemindersConfig {
  std::optional<int> horizon_working_hours;   // due within this much working time; nullopt: by the
                                              // end of the next working day
  int unassigned_after_working_hours = 4;     // escalate an open ticket without an officer after this
  int requester_reminder_after_days = 0;      // remind a requester waited for this long; 0 = off
  int auto_close_after_days = 0;              // close after this long without an answer; 0 = off
  std::string language = "id";                // the digests' language: id | en
};

struct OfficerConfig {
  std::string login;
  std::string name;
  std::string email;
  std::string role = "officer";             // officer | supervisor
};

/// The one-click rating endpoint (issue 7). Absent section: no endpoint; closure mails ask for a reply.
struct RatingConfig {
  std::string listen = "127.0.0.1:8025";   // host:port the daemon's HTTP endpoint binds
  std::string listen_host = "127.0.0.1";    // derived from listen
  int listen_port = 8025;                   // derived from listen
  std::string base_url;                     // "https://pst.example/r": links are <base_url>/<token>
  std::string path;                         // derived: base_url's path without the final "/" ("/r", or "")
  std::optional<std::string> key_file;      // absolute path; the credential rating-key wins
  int expire_days = 30;
};

/// The WhatsApp channel (issue 18; whatsapp/). Absent: the channel is off. Its webhook is served by
/// the daemon's HTTP listener (rating.listen), so it needs the rating section. The three secrets come
/// from files or systemd credentials (whatsapp-verify-token, whatsapp-app-secret, whatsapp-token),
/// never from this file.
struct WhatsAppConfig {
  std::string number;                        // shown to requesters: "+62 821-2211-5101"
  std::string phone_number_id;               // the Cloud API's id of that number (digits)
  std::string api_url = "https://graph.facebook.com/v21.0";  // tests point it at a local fake
  std::string webhook_path = "/whatsapp";    // on the HTTP listener
  std::optional<std::string> verify_token_file;
  std::optional<std::string> app_secret_file;
  std::optional<std::string> access_token_file;
  std::string reopen_template = "pst_lanjutan";  // approved template for outside the 24-hour window
  std::optional<SlaRule> sla;                // the channel's own deadline rule; absent: the office's sla
};

/// Daemon health alerts (issue 8): a poll or send failure lasting this long mails the supervisors
/// once per failure episode (queue/alerts.h). 0: at the second consecutive failure (after one retry).
struct AlertsConfig {
  int after_minutes = 30;
};

/// Data minimisation (issue 8): `pstq purge` without --closed-before removes the mail bytes of
/// tickets closed more than this many days ago (queue/purge.h). 0: never (only with a date).
struct RetentionConfig {
  int raw_mail_days = 730;
};

struct Config {
  std::string path;                         // the file it was read from (absolute)
  OfficeConfig office;
  SlaRule sla;
  ImapConfig imap;
  SmtpConfig smtp;
  std::string database;                     // absolute path
  std::string templates_dir;                // absolute path
  std::string lexicon_dir;                  // the office's own organisation words (parsers/office_lexicon.h);
                                            // default: lexicon/ next to this file (may not exist)
  TicketsConfig tickets;
  LimitsConfig limits;
  RemindersConfig reminders;
  std::vector<OfficerConfig> officers;
  std::optional<RatingConfig> rating;
  std::optional<WhatsAppConfig> whatsapp;
  AlertsConfig alerts;
  RetentionConfig retention;
};

/// Every problem found in a config file, one "file:line:column: key.path: message" per entry.
class ConfigError : public std::runtime_error {
 public:
  explicit ConfigError(std::vector<std::string> errors);
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  std::vector<std::string> errors_;
};

/// Reads and validates the file. Relative paths resolve against the file's folder.
/// Throws ConfigError listing every problem (not just the first).
[[nodiscard]] Config load_config(const std::string& path);

/// The default weekly hours: Monday to Friday 08:00-15:30.
[[nodiscard]] WeeklyHours default_office_hours();

}  // namespace pst
