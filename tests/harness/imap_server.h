// imap_server.h: an IMAP server of the integration tests' server matrix, seen the same way whichever
// it is: Cyrus IMAP or Courier-IMAP started by scripts/imapserver.sh from their unpacked Debian
// packages in a fresh folder, or the Dovecot of a running MailStack. Mail goes in and is looked at
// through IMAP itself (curl), so a test reads every server alike. The destructor stops a server it
// started and removes its folder (PST_KEEP_MAILSTACK=1 keeps it). Test code: failures throw.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pst::test {

class MailStack;

class ImapServer {
 public:
  /// "cyrus" or "courier": unpacked and started on a free loopback port.
  explicit ImapServer(std::string_view kind);
  /// The Dovecot of `stack` (which must outlive this object); nothing is started or stopped.
  explicit ImapServer(const MailStack& stack);
  ~ImapServer();
  ImapServer(const ImapServer&) = delete;
  ImapServer& operator=(const ImapServer&) = delete;

  [[nodiscard]] const std::string& kind() const { return kind_; }
  [[nodiscard]] const std::string& user() const { return user_; }
  [[nodiscard]] const std::filesystem::path& password_file() const { return password_file_; }
  /// "imap://127.0.0.1:PORT/MAILBOX" (plain IMAP: TLS is Dovecot's part of the matrix).
  [[nodiscard]] std::string url(std::string_view mailbox = "INBOX") const;
  /// The server's own log (Cyrus and Courier log to syslog; what they print at start is here).
  [[nodiscard]] std::string log() const;

  /// APPENDs each mail to `mailbox`, in order (line ends made CRLF, as IMAP wants).
  void append(std::string_view mailbox, const std::vector<std::string>& raw_mails);
  /// One IMAP command as the user, after SELECT of `mailbox` when given; the untagged answers.
  std::string command(std::string_view imap_command, std::string_view mailbox = "") const;
  /// UIDs of `mailbox` matching an IMAP search (default ALL), ascending.
  [[nodiscard]] std::vector<std::uint32_t> uids(std::string_view mailbox, std::string_view search = "ALL") const;

 private:
  std::string kind_;
  std::filesystem::path dir_;
  bool owned_ = false;
  int port_ = 0;
  std::string user_;
  std::filesystem::path password_file_;
};

}  // namespace pst::test
