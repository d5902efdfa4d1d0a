// smtp_client.cc: one upload per send on a reused easy handle; outcome from CURLINFO_RESPONSE_CODE.
#include "transport/smtp_client.h"

#include <curl/curl.h>

#include <cstdio>
#include <cstring>

#include "transport/curl_session.h"

namespace pst {
namespace {

constexpr std::size_t kMaxAddress = 320;  // RFC 5321 path limit is 256; allow some slack, refuse junk

struct Upload {
  std::string_view data;
  std::size_t pos = 0;
};

std::size_t read_upload(char* buf, std::size_t size, std::size_t n, void* self) {
  auto* u = static_cast<Upload*>(self);
  std::size_t len = std::min(size * n, u->data.size() - u->pos);
  std::memcpy(buf, u->data.data() + u->pos, len);
  u->pos += len;
  return len;
}

// curl rewinds when a reused connection turned out dead and it retries on a fresh one.
int seek_upload(void* self, curl_off_t offset, int origin) {
  auto* u = static_cast<Upload*>(self);
  if (origin != SEEK_SET || offset < 0 || static_cast<std::size_t>(offset) > u->data.size()) {
    return CURL_SEEKFUNC_CANTSEEK;
  }
  u->pos = static_cast<std::size_t>(offset);
  return CURL_SEEKFUNC_OK;
}

// The last reply line curl saw with this code ("451 4.3.0 Error: ..."; any code if 0), without CRLF.
// (After a refusal curl still says QUIT: the last line overall is often just "221 Bye".)
std::string reply_line(const std::string& response, int code) {
  std::string_view text = response;
  std::string_view found;
  const std::string want = code > 0 ? std::to_string(code) : "";
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.size() >= 3 && line[0] >= '2' && line[0] <= '5' && (want.empty() || line.substr(0, 3) == want)) found = line;
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return std::string(found);
}

}  // namespace

const char* to_string(SmtpOutcomeKind kind) {
  switch (kind) {
    case SmtpOutcomeKind::delivered: return "delivered";
    case SmtpOutcomeKind::temporary: return "temporary";
    case SmtpOutcomeKind::permanent: return "permanent";
  }
  return "unknown";
}

std::optional<std::string> check_envelope_address(std::string_view a) {
  if (a.size() > kMaxAddress) return "address longer than " + std::to_string(kMaxAddress) + " bytes";
  for (unsigned char c : a) {
    if (c == '\r' || c == '\n') return std::string("CR or LF in address");
    if (c == '\0') return std::string("NUL in address");
    if (c < 0x20 || c == 0x7f) return std::string("control character in address");
    if (c == ' ' || c == '<' || c == '>') return std::string("space or angle bracket in address");
  }
  return std::nullopt;
}

std::optional<std::string> check_message_data(std::string_view d) {
  if (d.empty()) return std::string("empty message");
  for (std::size_t i = 0; i < d.size(); ++i) {
    char c = d[i];
    if (c == '\0') return "NUL at byte " + std::to_string(i);
    if (c == '\n' && (i == 0 || d[i - 1] != '\r')) return "bare LF at byte " + std::to_string(i);
    if (c == '\r' && (i + 1 == d.size() || d[i + 1] != '\n')) return "bare CR at byte " + std::to_string(i);
  }
  if (d.size() < 2 || d.substr(d.size() - 2) != "\r\n") return std::string("message does not end with CRLF");
  return std::nullopt;
}

SmtpClient::SmtpClient(MailServerOptions options) : options_(std::move(options)) {
  config_error_ = check_options(options_, MailProtocol::smtp);
  if (!config_error_) session_ = std::make_unique<detail::CurlSession>(options_, MailProtocol::smtp);
}

SmtpClient::~SmtpClient() = default;

int SmtpClient::connections_opened() const { return session_ ? session_->connections_opened() : 0; }

SmtpOutcome SmtpClient::send(std::string_view envelope_from, const std::vector<std::string>& recipients,
                             std::string_view data) {
  auto refuse = [](std::string why) {
    return SmtpOutcome{SmtpOutcomeKind::permanent, 0, std::move(why), ErrorKind::invalid_argument};
  };
  if (config_error_) {
    return SmtpOutcome{SmtpOutcomeKind::temporary, 0, config_error_->message, config_error_->kind};
  }
  const std::string& shown = session_->shown_url();
  if (auto why = check_envelope_address(envelope_from)) return refuse(shown + ": MAIL FROM: " + *why);
  if (recipients.empty()) return refuse(shown + ": no recipients");
  for (const auto& r : recipients) {
    if (r.empty()) return refuse(shown + ": RCPT TO: empty address");
    if (auto why = check_envelope_address(r)) return refuse(shown + ": RCPT TO: " + *why);
  }
  if (auto why = check_message_data(data)) return refuse(shown + ": DATA: " + *why);

  const std::string from = "<" + std::string(envelope_from) + ">";
  curl_slist* rcpt = nullptr;
  for (const auto& r : recipients) rcpt = curl_slist_append(rcpt, ("<" + r + ">").c_str());
  Upload upload{data};
  CURL* h = session_->handle();
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt);
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(h, CURLOPT_READFUNCTION, &read_upload);
  curl_easy_setopt(h, CURLOPT_READDATA, &upload);
  curl_easy_setopt(h, CURLOPT_SEEKFUNCTION, &seek_upload);
  curl_easy_setopt(h, CURLOPT_SEEKDATA, &upload);
  curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(data.size()));
  auto r = session_->perform("send to " + std::to_string(recipients.size()) + " recipient(s)", 1024 * 1024);
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, nullptr);
  curl_easy_setopt(h, CURLOPT_READDATA, nullptr);
  curl_easy_setopt(h, CURLOPT_SEEKDATA, nullptr);
  curl_slist_free_all(rcpt);

  SmtpOutcome out;
  out.code = static_cast<int>(session_->response_code());
  std::string reply = reply_line(session_->response, out.code);
  if (r) {
    out.kind = SmtpOutcomeKind::delivered;
    out.message = reply;
    return out;
  }
  if (out.code < 400) out.code = 0;  // no refusal seen (a reused handle may still show the last 250)
  // A reply about this mail (4xx/5xx) leaves `error` unset; a failure of the session (connection,
  // timeout, TLS, login) sets it: then the next mail would most likely fail the same way.
  const bool reply_about_mail = out.code >= 400 && r.error().kind != ErrorKind::auth;
  if (!reply_about_mail) out.error = r.error().kind;
  out.message = r.error().message;
  if (!reply.empty() && out.message.find(reply) == std::string::npos) out.message += ": server said \"" + reply + "\"";
  // 5xx for this mail is final. A refused login (535) is the relay's or our config's fault, not the
  // mail's: keep it temporary so fixing the password lets the outbox carry on.
  if (out.code >= 500 && out.code < 600 && r.error().kind != ErrorKind::auth) {
    out.kind = SmtpOutcomeKind::permanent;
  } else {
    out.kind = SmtpOutcomeKind::temporary;
  }
  return out;
}

}  // namespace pst
