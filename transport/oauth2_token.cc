// oauth2_token.cc: see oauth2_token.h.
#include "transport/oauth2_token.h"

#include <curl/curl.h>

#include <algorithm>
#include <memory>

#include <nlohmann/json.hpp>

namespace pst {
namespace {

std::string form_escape(const std::string& v) {
  std::unique_ptr<char, decltype(&curl_free)> e(curl_easy_escape(nullptr, v.data(), static_cast<int>(v.size())),
                                                &curl_free);
  return e ? std::string(e.get()) : std::string();
}

std::size_t collect(char* p, std::size_t size, std::size_t n, void* out) {
  auto* s = static_cast<std::string*>(out);
  if (s->size() + size * n > (1u << 20)) return 0;  // a token answer is small
  s->append(p, size * n);
  return size * n;
}

/// One line, printable, short: the endpoint's words for a message.
std::string words(std::string s) {
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return s.size() > 300 ? s.substr(0, 300) + "..." : s;
}

}  // namespace

std::string refresh_grant_body(const OAuth2Settings& s) {
  std::string body = "grant_type=refresh_token&refresh_token=" + form_escape(s.refresh_token) +
                     "&client_id=" + form_escape(s.client_id);
  if (!s.client_secret.empty()) body += "&client_secret=" + form_escape(s.client_secret);
  if (!s.scope.empty()) body += "&scope=" + form_escape(s.scope);
  return body;
}

Result<TokenAnswer> parse_token_answer(long http_status, const std::string& body) {
  nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return TransportError{ErrorKind::protocol,
                          "token endpoint: HTTP " + std::to_string(http_status) + ": the answer is not JSON"};
  if (j.contains("error") || http_status >= 400 || !j.contains("access_token") || !j["access_token"].is_string()) {
    std::string what = j.value("error", std::string("no access_token in the answer"));
    if (j.contains("error_description") && j["error_description"].is_string())
      what += ": " + j["error_description"].get<std::string>();
    // invalid_grant / invalid_client: the refresh token or the registration needs a person.
    return TransportError{http_status >= 500 ? ErrorKind::connection : ErrorKind::auth,
                          "token endpoint: HTTP " + std::to_string(http_status) + ": " + words(what)};
  }
  TokenAnswer a;
  a.access_token = j["access_token"].get<std::string>();
  if (j.contains("expires_in")) {
    const auto& e = j["expires_in"];
    long long secs = e.is_number_integer() ? e.get<long long>() : e.is_string() ? std::atoll(e.get<std::string>().c_str()) : 3600;
    a.expires_in = std::chrono::seconds(std::clamp<long long>(secs, 1, 7 * 24 * 3600));
  }
  if (j.contains("refresh_token") && j["refresh_token"].is_string()) a.refresh_token = j["refresh_token"].get<std::string>();
  return a;
}

OAuth2TokenSource::OAuth2TokenSource(OAuth2Settings settings, Clock clock)
    : settings_(std::move(settings)), clock_(std::move(clock)) {
  if (!clock_) clock_ = [] { return std::chrono::steady_clock::now(); };
}

Result<TokenAnswer> OAuth2TokenSource::fetch() {
  CURL* h = curl_easy_init();
  if (!h) return TransportError{ErrorKind::protocol, "token endpoint: curl_easy_init failed"};
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> guard(h, &curl_easy_cleanup);
  const std::string body = refresh_grant_body(settings_);
  std::string answer;
  curl_easy_setopt(h, CURLOPT_URL, settings_.token_url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "https,http");
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "https");
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &collect);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &answer);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(settings_.timeout.count()));
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, 10000L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!settings_.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, settings_.ca_file.c_str());
  struct curl_slist* headers = curl_slist_append(nullptr, "Accept: application/json");
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> hguard(headers, &curl_slist_free_all);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  const CURLcode rc = curl_easy_perform(h);
  if (rc != CURLE_OK)
    return TransportError{rc == CURLE_OPERATION_TIMEDOUT ? ErrorKind::timeout : ErrorKind::connection,
                          std::string("token endpoint: ") + curl_easy_strerror(rc)};
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  return parse_token_answer(status, answer);
}

Result<std::string> OAuth2TokenSource::token() {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto now = clock_();
  if (!access_token_.empty() && now < refresh_at_) return access_token_;
  auto a = fetch();
  ++refreshes_;
  if (!a) return a.error();
  access_token_ = a->access_token;
  if (a->refresh_token) settings_.refresh_token = *a->refresh_token;
  // Refresh 5 minutes ahead, or at half the life of a short-lived token.
  const auto life = std::chrono::duration_cast<std::chrono::steady_clock::duration>(a->expires_in);
  refresh_at_ = now + std::max(life / 2, life - std::chrono::minutes(5));
  return access_token_;
}

void OAuth2TokenSource::invalidate() {
  std::lock_guard<std::mutex> lock(mutex_);
  access_token_.clear();
}

int OAuth2TokenSource::refreshes() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return refreshes_;
}

}  // namespace pst
