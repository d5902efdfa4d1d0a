// imap_client.cc: IMAP commands as libcurl transfers on one easy handle.
#include "transport/imap_client.h"

#include <algorithm>

#include "transport/curl_session.h"
#include "transport/imap_stream.h"

namespace pst {
namespace {

constexpr std::size_t kMaxReplyBytes = 16 * 1024 * 1024;
// libcurl hands out a server line whole only if it fits its receive buffer (see uids_from).
constexpr long kReceiveBuffer = 256 * 1024;
constexpr std::uint64_t kSearchWindow = 16384;  // "* SEARCH" + 16384 x " 4294967295" < 256 KiB

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> percent_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out += s[i];
      continue;
    }
    if (i + 2 >= s.size()) return std::nullopt;
    int hi = hex_value(s[i + 1]);
    int lo = hex_value(s[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

}  // namespace

ImapClient::ImapClient(MailServerOptions options, ImapLimits limits)
    : options_(std::move(options)), limits_(limits) {
  config_error_ = check_options(options_, MailProtocol::imap);
  if (!config_error_) {
    // "imaps://host:port/MAILBOX": the mailbox is the path; no ";UID=" or "?query" parts allowed.
    std::string url = options_.url;
    while (!url.empty() && url.back() == '/') url.pop_back();
    auto host_start = url.find("://") + 3;
    auto slash = url.find('/', host_start);
    std::string path = slash == std::string::npos ? "" : url.substr(slash + 1);
    auto decoded = percent_decode(path);
    if (path.empty() || !decoded || path.find_first_of(";?#") != std::string::npos) {
      config_error_ = TransportError{ErrorKind::invalid_argument,
                                     redact_url(options_.url) + ": the URL must name a mailbox (\"…/INBOX\")"};
    } else {
      mailbox_ = *decoded;
      mailbox_url_ = url;
      options_.url = url;
    }
  }
  if (!config_error_) {
    session_ = std::make_unique<detail::CurlSession>(options_, MailProtocol::imap);
    curl_easy_setopt(session_->handle(), CURLOPT_BUFFERSIZE, kReceiveBuffer);
  }
}

ImapClient::~ImapClient() = default;

int ImapClient::connections_opened() const { return session_ ? session_->connections_opened() : 0; }

Result<std::string> ImapClient::command(const std::string& cmd) {
  if (config_error_) return *config_error_;
  CURL* h = session_->handle();
  curl_easy_setopt(h, CURLOPT_URL, mailbox_url_.c_str());
  curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, cmd.c_str());
  auto r = session_->perform(cmd, kMaxReplyBytes);
  curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, nullptr);
  selected_ = true;  // even after an error the connection may live on with its selection
  if (!r) return r.error();
  // Untagged replies of a custom request reach the write callback, whole. The header callback sees
  // every server line too (SELECT's replies only there), but long lines may come in pieces: not used.
  return std::move(session_->body);
}

Result<std::vector<std::string>> ImapClient::capabilities() {
  if (capabilities_) return *capabilities_;
  auto r = command("CAPABILITY");
  if (!r) return r.error();
  auto caps = parse_capability_response(*r);
  if (caps.empty()) {
    return TransportError{ErrorKind::protocol, session_->shown_url() + ": CAPABILITY: no capability list in reply"};
  }
  capabilities_ = caps;
  return caps;
}

Result<MailboxStatus> ImapClient::status() {
  if (config_error_) return *config_error_;
  auto quoted = quote_imap_string(mailbox_);
  if (!quoted) {
    return TransportError{ErrorKind::invalid_argument, session_->shown_url() + ": mailbox name must be ASCII"};
  }
  if (selected_) {
    if (auto noop = command("NOOP"); !noop) return noop.error();
  }
  std::string cmd = "STATUS " + *quoted + " (UIDVALIDITY UIDNEXT MESSAGES)";
  auto r = command(cmd);
  if (!r) return r.error();
  auto st = parse_status_response(*r);
  if (!st) return TransportError{ErrorKind::protocol, session_->shown_url() + ": " + cmd + ": no STATUS reply"};
  return *st;
}

Result<std::vector<std::uint32_t>> ImapClient::uids_from(std::uint32_t first_uid) {
  if (first_uid == 0) first_uid = 1;
  // libcurl 7.88 silently drops the middle of a reply line longer than its receive buffer (a
  // `* SEARCH` of some thousand UIDs): search in UID windows whose reply fits the buffer. Windows
  // end below UIDNEXT, which also avoids "n:*" answering the highest UID when it is below n.
  auto st = status();
  if (!st) return st.error();
  std::vector<std::uint32_t> uids;
  for (std::uint64_t lo = first_uid; lo < st->uidnext; lo += kSearchWindow) {
    const std::uint64_t hi = std::min<std::uint64_t>(lo + kSearchWindow - 1, st->uidnext - 1);
    const std::string cmd = "UID SEARCH UID " + std::to_string(lo) + ":" + std::to_string(hi);
    auto r = command(cmd);
    if (!r) return r.error();
    for (std::uint32_t u : parse_search_response(*r)) {
      if (u < lo || u > hi) {
        return TransportError{ErrorKind::protocol,
                              session_->shown_url() + ": " + cmd + ": UID " + std::to_string(u) + " out of range"};
      }
      uids.push_back(u);
    }
  }
  std::sort(uids.begin(), uids.end());
  uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
  return uids;
}

Result<std::string> ImapClient::fetch(std::uint32_t uid) {
  if (config_error_) return *config_error_;
  CURL* h = session_->handle();
  const std::string url = mailbox_url_ + "/;UID=" + std::to_string(uid);
  curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, nullptr);
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  auto r = session_->perform("fetch UID " + std::to_string(uid), limits_.max_message_bytes);
  curl_easy_setopt(h, CURLOPT_URL, mailbox_url_.c_str());
  selected_ = true;
  if (!r) return r.error();
  return std::move(session_->body);
}

Result<std::chrono::sys_seconds> ImapClient::internaldate(std::uint32_t uid) {
  const std::string cmd = "UID FETCH " + std::to_string(uid) + " (UID INTERNALDATE)";
  auto r = command(cmd);
  if (!r) return r.error();
  auto text = find_fetch_internaldate(*r, uid);
  if (!text) return TransportError{ErrorKind::not_found, session_->shown_url() + ": " + cmd + ": no such message"};
  auto t = parse_imap_date_time(*text);
  if (!t) {
    return TransportError{ErrorKind::protocol,
                          session_->shown_url() + ": " + cmd + ": bad INTERNALDATE \"" + *text + "\""};
  }
  return *t;
}

Result<bool> ImapClient::exists(std::uint32_t uid) {
  auto r = internaldate(uid);
  if (r) return true;
  if (r.error().kind == ErrorKind::not_found) return false;
  return r.error();
}

Result<void> ImapClient::mark_seen(std::uint32_t uid) {
  const std::string cmd = "UID STORE " + std::to_string(uid) + " +FLAGS (\\Seen)";
  auto r = command(cmd);
  if (!r) return r.error();
  if (has_fetch_for_uid(*r, uid)) return {};
  // STORE on a missing UID is "OK" with nothing done; tell that apart from a quiet server.
  auto e = exists(uid);
  if (!e) return e.error();
  if (!*e) return TransportError{ErrorKind::not_found, session_->shown_url() + ": " + cmd + ": no such message"};
  return {};
}

Result<void> ImapClient::mark_seen(const std::vector<std::uint32_t>& uids) {
  if (uids.empty()) return {};
  auto r = command("UID STORE " + uid_set(uids) + " +FLAGS.SILENT (\\Seen)");
  if (!r) return r.error();
  return {};
}

Result<void> ImapClient::move(std::uint32_t uid, std::string_view folder) {
  if (config_error_) return *config_error_;
  auto quoted = quote_imap_string(folder);
  if (!quoted || folder.empty()) {
    return TransportError{ErrorKind::invalid_argument, session_->shown_url() + ": folder name \"" +
                                                           std::string(folder) +
                                                           "\" must be non-empty ASCII without CR/LF"};
  }
  auto caps = capabilities();
  if (!caps) return caps.error();
  auto has = [&](std::string_view c) { return std::find(caps->begin(), caps->end(), c) != caps->end(); };
  const std::string n = std::to_string(uid);

  if (has("MOVE")) {
    const std::string cmd = "UID MOVE " + n + " " + *quoted;
    auto r = command(cmd);
    if (!r) return r.error();
    if (has_expunge(*r)) return {};
    auto e = exists(uid);
    if (!e) return e.error();
    if (*e) return TransportError{ErrorKind::protocol, session_->shown_url() + ": " + cmd + ": mail is still there"};
    return TransportError{ErrorKind::not_found, session_->shown_url() + ": " + cmd + ": no such message"};
  }
  // COPY of a missing UID is a silent "OK": check first, delete only after a good copy.
  auto e = exists(uid);
  if (!e) return e.error();
  if (!*e) return TransportError{ErrorKind::not_found, session_->shown_url() + ": UID COPY " + n + ": no such message"};
  if (auto r = command("UID COPY " + n + " " + *quoted); !r) return r.error();
  if (auto r = command("UID STORE " + n + " +FLAGS.SILENT (\\Seen \\Deleted)"); !r) return r.error();
  if (has("UIDPLUS")) {
    if (auto r = command("UID EXPUNGE " + n); !r) return r.error();
  }
  return {};
}

Result<std::vector<std::uint32_t>> ImapClient::unseen_among(const std::vector<std::uint32_t>& uids) {
  if (uids.empty()) return std::vector<std::uint32_t>{};
  auto r = command("UID SEARCH UNSEEN UID " + uid_set(uids));
  if (!r) return r.error();
  return parse_search_response(*r);
}

Result<void> ImapClient::check_folder(std::string_view folder) {
  if (config_error_) return *config_error_;
  auto quoted = quote_imap_string(folder);
  if (!quoted || folder.empty())
    return TransportError{ErrorKind::invalid_argument,
                          session_->shown_url() + ": folder name \"" + std::string(folder) + "\" must be non-empty ASCII"};
  auto r = command("STATUS " + *quoted + " (MESSAGES)");
  if (!r) return r.error();
  return {};
}

std::size_t ImapClient::fetch_peak_held_bytes() const { return stream_ ? stream_->peak_ready_bytes() : 0; }

std::uint64_t ImapClient::fetch_received_bytes() const {
  return received_by_dropped_streams_ + (stream_ ? stream_->received_bytes() : 0);
}

Result<std::size_t> ImapClient::fetch_range(std::uint32_t first_uid,
                                            const std::function<void(FetchedMail&&)>& each) {
  if (config_error_) return *config_error_;
  if (first_uid == 0) first_uid = 1;
  auto quoted = quote_imap_string(mailbox_);
  if (!quoted) {
    return TransportError{ErrorKind::invalid_argument, session_->shown_url() + ": mailbox name must be ASCII"};
  }
  if (stream_ && !stream_->connected()) {
    received_by_dropped_streams_ += stream_->received_bytes();
    stream_.reset();
  }
  if (!stream_) {
    auto s = std::make_unique<ImapStream>(
        options_, ImapReaderLimits{.max_line_bytes = 64 * 1024, .max_literal_bytes = limits_.max_message_bytes});
    if (auto r = s->connect(); !r) return r.error();
    if (auto r = s->run("SELECT " + *quoted, [](ImapResponse&&) {}); !r) return r.error();
    stream_ = std::move(s);
  } else {
    // Our own selection: NOOP makes the server show mail that arrived since.
    if (auto r = stream_->run("NOOP", [](ImapResponse&&) {}); !r) return r.error();
  }
  std::size_t count = 0;
  std::optional<TransportError> bad;
  const std::string cmd = "UID FETCH " + std::to_string(first_uid) + ":* (UID INTERNALDATE BODY.PEEK[])";
  auto r = stream_->run(cmd, [&](ImapResponse&& resp) {
    bool is_fetch = resp.text.find(" FETCH ") != std::string::npos;
    auto m = parse_fetch_response(std::move(resp));
    if (!m) {
      if (is_fetch && !bad) bad = TransportError{ErrorKind::protocol, session_->shown_url() + ": " + cmd + ": unreadable FETCH reply"};
      return;
    }
    // "n:*" also answers the highest UID when it is below n; flag updates come without a body.
    if (m->uid < first_uid || !m->body) return;
    if (!m->internaldate && !bad) {
      bad = TransportError{ErrorKind::protocol, session_->shown_url() + ": " + cmd + ": UID " +
                                                    std::to_string(m->uid) + " without INTERNALDATE"};
      return;
    }
    ++count;
    each(std::move(*m));
  });
  if (!r) return r.error();
  if (bad) return *bad;
  return count;
}

}  // namespace pst
