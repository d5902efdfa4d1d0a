// imap_client.h: the IMAP side of pstmail over libcurl: find new mail by UIDVALIDITY + UID, fetch
// it raw with its INTERNALDATE, then mark it \Seen or move it away.
// One ImapClient = one libcurl easy handle = one poll session: curl logs in once and reuses the
// connection for every call (after an error curl logs out and the next call reconnects).
// Rules from ../shared/LIBRARY-NOTES.md this class keeps:
//  - content only by URL (`…/INBOX/;UID=n`): curl's custom-request path ignores literal lengths, so a
//    mail line like "A004 OK" could end the command early. Custom requests only for replies without
//    literals (STATUS, UID SEARCH, UID FETCH (INTERNALDATE), UID STORE/MOVE/COPY, CAPABILITY).
//  - never SELECT/EXAMINE/CLOSE ourselves (curl caches its own selection).
//  - "new" is never decided by \Seen: another client may have read the mail first.
// Note: a URL fetch sends `UID FETCH n BODY[]`, which sets \Seen as a side effect.
// Not for: parsing mail, remembering UIDs (queue/ does), IDLE (issue 10: an ImapStream).
// SECURITY: the password goes to curl only; error messages carry the URL without credentials.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "transport/imap_reader.h"
#include "transport/imap_response.h"
#include "transport/mail_server_options.h"
#include "transport/transport_error.h"

namespace pst {

namespace detail {
class CurlSession;
}
class ImapStream;

struct ImapLimits {
  std::size_t max_message_bytes = 64 * 1024 * 1024;  // a bigger mail is ErrorKind::too_large
};

/// An IMAP mailbox session. The URL names the mailbox: "imaps://host:993/INBOX".
class ImapClient {
 public:
  explicit ImapClient(MailServerOptions options, ImapLimits limits = {});
  ~ImapClient();
  ImapClient(const ImapClient&) = delete;
  ImapClient& operator=(const ImapClient&) = delete;

  /// The mailbox named by the URL, percent-decoded ("INBOX").
  [[nodiscard]] const std::string& mailbox() const { return mailbox_; }

  /// Server capabilities after login (cached): "IMAP4REV1", "MOVE", "UIDPLUS", "IDLE", ...
  [[nodiscard]] Result<std::vector<std::string>> capabilities();

  /// UIDVALIDITY, UIDNEXT and message count, fresh from the server. On a connection that already
  /// has the mailbox selected, a NOOP first makes the server look for new mail (Dovecot answers
  /// STATUS and SEARCH from the session's view otherwise), so call this at the start of each poll.
  [[nodiscard]] Result<MailboxStatus> status();

  /// UIDs >= first_uid, ascending: STATUS (as status()), then `UID SEARCH UID lo:hi` in windows of
  /// 16384 UIDs below UIDNEXT (libcurl drops the middle of reply lines longer than its buffer; a
  /// window's reply always fits). Mail arriving meanwhile is found by the next call.
  [[nodiscard]] Result<std::vector<std::uint32_t>> uids_from(std::uint32_t first_uid);

  /// The raw message, byte for byte (URL fetch). ErrorKind::not_found if there is no such UID.
  [[nodiscard]] Result<std::string> fetch(std::uint32_t uid);

  /// When the server received the mail (`UID FETCH n (UID INTERNALDATE)`).
  [[nodiscard]] Result<std::chrono::sys_seconds> internaldate(std::uint32_t uid);

  /// `UID STORE n +FLAGS (\Seen)`.
  [[nodiscard]] Result<void> mark_seen(std::uint32_t uid);
  /// `UID STORE <set> +FLAGS.SILENT (\Seen)` for many mails in one command (UIDs that no longer
  /// exist are silently skipped by the server). One round trip however many mails.
  [[nodiscard]] Result<void> mark_seen(const std::vector<std::uint32_t>& uids);

  /// Of `uids`, those the server does not show as \Seen (`UID SEARCH UNSEEN UID <set>`): checks
  /// that a STORE held (issue 20).
  [[nodiscard]] Result<std::vector<std::uint32_t>> unseen_among(const std::vector<std::uint32_t>& uids);

  /// Moves the mail to `folder` (`UID MOVE` if the server has MOVE, else `UID COPY` + `\Seen \Deleted`,
  /// expunging only this UID when the server has UIDPLUS; without UIDPLUS the original stays, \Seen
  /// and \Deleted, for another client's EXPUNGE: we never expunge other people's \Deleted mail).
  [[nodiscard]] Result<void> move(std::uint32_t uid, std::string_view folder);

  /// Every mail with UID >= first_uid, with its INTERNALDATE, in one pipelined
  /// `UID FETCH n:* (UID INTERNALDATE BODY.PEEK[])` on a second connection driven by ImapStream
  /// (literal-safe reader; BODY.PEEK leaves \Seen alone; no round trip per mail). `each` gets the
  /// mails in the server's order, one at a time (memory: one message). Returns how many it got.
  /// When `each` throws, the exception goes on and the connection is dropped mid-reply: the rest of
  /// the range is not downloaded (the next call opens a new connection).
  /// A mail over ImapLimits ends the range with ErrorKind::too_large (the mails before it were
  /// handed out): fall back to fetch() per UID for the rest. After a broken or timed-out
  /// connection the next call opens a new one. The path to the speed target of issue 10.
  [[nodiscard]] Result<std::size_t> fetch_range(std::uint32_t first_uid,
                                                const std::function<void(FetchedMail&&)>& each);

  /// Whether `folder` exists (`STATUS "folder" (MESSAGES)`); the error carries the server's words.
  [[nodiscard]] Result<void> check_folder(std::string_view folder);

  /// The most bytes of fetched mail fetch_range's connection held at once before `each` took them:
  /// its memory bound (about one read chunk and one mail; benchmarks and tests read it).
  [[nodiscard]] std::size_t fetch_peak_held_bytes() const;

  /// The bytes fetch_range's connections received so far, all of them (tests check what a range that
  /// was given up did not download, and that mail downloads while `each` is busy). `each` may ask it
  /// while fetch_range runs on another thread (daemon/fetch_ahead.h).
  [[nodiscard]] std::uint64_t fetch_received_bytes() const;

  /// Connections curl opened so far (1 for a healthy session; tests check reuse).
  [[nodiscard]] int connections_opened() const;

 private:
  Result<std::string> command(const std::string& cmd);  // custom request; returns all reply lines
  Result<bool> exists(std::uint32_t uid);

  MailServerOptions options_;
  ImapLimits limits_;
  std::optional<TransportError> config_error_;
  std::string mailbox_;
  std::string mailbox_url_;  // options_.url without a trailing '/'
  std::optional<std::vector<std::string>> capabilities_;
  bool selected_ = false;  // a command ran on this session, so curl has SELECTed the mailbox
  std::unique_ptr<detail::CurlSession> session_;
  std::unique_ptr<ImapStream> stream_;  // fetch_range's connection, opened on first use
  std::uint64_t received_by_dropped_streams_ = 0;  // fetch_received_bytes() of connections closed
};

}  // namespace pst
