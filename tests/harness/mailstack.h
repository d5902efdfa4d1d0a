// mailstack.h: a private Dovecot (IMAP + IMAPS) and smtp-sink on 127.0.0.1 for integration tests.
// A thin RAII wrapper over scripts/mailstack.sh (the one implementation; the demo uses it too): the
// constructor starts both servers in a fresh folder under $TMPDIR or /tmp (keep it short: Dovecot's
// sockets live there), the destructor stops them and removes
// the folder (PST_KEEP_MAILSTACK=1 keeps it for a look). Failures throw std::runtime_error with the
// script's output: this is test code.
// Not for: production. SECURITY: throw-away CA and password, loopback only.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pst::test {

/// One mail as smtp-sink captured it: the envelope from its X-* trace lines, then the message.
/// smtp-sink stores lines with LF endings and undoes dot-stuffing, so `message` is the sent DATA with
/// CRLF turned into LF (its own trailing empty line removed).
struct SinkMessage {
  std::string helo;                  // X-Helo-Args
  std::string mail_from;             // address of X-Mail-Args without <> and parameters ("" = null sender)
  std::vector<std::string> rcpt_to;  // addresses of each X-Rcpt-Args, in order
  std::string message;               // header + body as received, LF line endings
  std::filesystem::path file;
};

/// A running private mail stack; one per test.
class MailStack {
 public:
  MailStack();  // starts Dovecot and smtp-sink; throws on failure
  ~MailStack();
  MailStack(const MailStack&) = delete;
  MailStack& operator=(const MailStack&) = delete;

  [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }
  [[nodiscard]] int imap_port() const { return imap_port_; }
  [[nodiscard]] int imaps_port() const { return imaps_port_; }
  [[nodiscard]] int smtp_port() const { return smtp_port_; }
  [[nodiscard]] const std::string& user() const { return user_; }
  [[nodiscard]] const std::filesystem::path& password_file() const { return password_file_; }
  [[nodiscard]] std::string password() const;  // the file's contents, without the newline
  [[nodiscard]] const std::filesystem::path& ca_file() const { return ca_file_; }
  [[nodiscard]] const std::filesystem::path& sink_dir() const { return sink_dir_; }
  [[nodiscard]] const std::filesystem::path& maildir() const { return maildir_; }
  [[nodiscard]] std::string dovecot_log() const;
  /// The log once `needle` occurs in it `times` times (Dovecot's log process writes a moment after
  /// the client is answered), or as it is after 15 s.
  [[nodiscard]] std::string dovecot_log_with(std::string_view needle, std::size_t times = 1) const;

  /// "imaps://127.0.0.1:PORT/INBOX", "imap://127.0.0.1:PORT/INBOX", "smtp://127.0.0.1:PORT".
  [[nodiscard]] std::string imaps_url(std::string_view mailbox = "INBOX") const;
  [[nodiscard]] std::string imap_url(std::string_view mailbox = "INBOX") const;
  [[nodiscard]] std::string smtp_url() const;

  /// Puts mails into INBOX in this order (UIDs follow it). `arrival` sets the file mtime, which
  /// Dovecot reports as INTERNALDATE; default: now (by this process's clock).
  void deliver(const std::vector<std::string>& raw_mails,
               std::optional<std::chrono::sys_seconds> arrival = std::nullopt);
  void deliver(const std::string& raw_mail, std::optional<std::chrono::sys_seconds> arrival = std::nullopt) {
    deliver(std::vector<std::string>{raw_mail}, arrival);
  }

  /// Sets \Seen on INBOX `uid` the way another mail client would (doveadm).
  void mark_seen_by_other_client(std::uint32_t uid);
  /// UIDs in `mailbox` (doveadm search), ascending.
  [[nodiscard]] std::vector<std::uint32_t> uids_in(std::string_view mailbox);
  /// The flags of INBOX `uid` as doveadm prints them ("\Seen \Deleted"); "" if there is no such mail.
  [[nodiscard]] std::string flags_of(std::uint32_t uid, std::string_view mailbox = "INBOX");

  /// Stops both servers (idempotent; the destructor calls it). The folder stays until destruction.
  void stop();

  void stop_smtp();
  void start_smtp(const std::vector<std::string>& smtp_sink_flags = {});  // same port
  void stop_imap();
  void start_imap();  // same ports, same Maildir

  /// Mails captured by smtp-sink so far, by file time then name: mails captured within one clock
  /// tick (a few ms) come in no particular order, so match those by content.
  [[nodiscard]] std::vector<SinkMessage> received() const;
  /// Waits until at least `n` mails are captured and their files have stopped growing.
  [[nodiscard]] std::vector<SinkMessage> wait_for_received(std::size_t n, std::chrono::milliseconds timeout);

  /// Runs `mailstack.sh COMMAND DIR ARGS...`; returns its output (stdout+stderr), throws on failure.
  std::string run(std::string_view command, const std::vector<std::string>& args = {}) const;

 private:
  std::filesystem::path dir_;
  std::filesystem::path password_file_, ca_file_, sink_dir_, maildir_;
  std::string user_;
  int imap_port_ = 0, imaps_port_ = 0, smtp_port_ = 0;
  int delivered_ = 0;
  bool stopped_ = false;
};

/// Parses one smtp-sink dump file (exposed for its unit test).
[[nodiscard]] SinkMessage parse_sink_dump(std::string_view dump);

}  // namespace pst::test
