// whatsapp_api.cc: see whatsapp_api.h.
#include "transport/whatsapp_api.h"

#include <curl/curl.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>

namespace pst {
namespace {

size_t collect(char* p, size_t size, size_t n, void* out) {
  auto* s = static_cast<std::string*>(out);
  if (s->size() + size * n > (1u << 20)) return 0;  // an answer over 1 MB is not Meta's
  s->append(p, size * n);
  return size * n;
}

}  // namespace

WhatsAppSendOutcome send_whatsapp_message(const WhatsAppApiOptions& o, std::string_view json_body) {
  WhatsAppSendOutcome out;
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> c(curl_easy_init(), curl_easy_cleanup);
  if (!c) {
    out.message = "curl_easy_init failed";
    return out;
  }
  const std::string url = fmt::format("{}/{}/messages", o.api_url, o.phone_number_id);
  const std::string auth = "Authorization: Bearer " + o.access_token;
  curl_slist* headers = curl_slist_append(nullptr, auth.c_str());
  headers = curl_slist_append(headers, "Content-Type: application/json");
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_list(headers, curl_slist_free_all);
  std::string answer;
  curl_easy_setopt(c.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(c.get(), CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c.get(), CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(c.get(), CURLOPT_POSTFIELDS, json_body.data());
  curl_easy_setopt(c.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(json_body.size()));
  curl_easy_setopt(c.get(), CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c.get(), CURLOPT_WRITEDATA, &answer);
  curl_easy_setopt(c.get(), CURLOPT_CONNECTTIMEOUT, static_cast<long>(o.connect_timeout.count()));
  curl_easy_setopt(c.get(), CURLOPT_TIMEOUT, static_cast<long>(o.timeout.count()));
  curl_easy_setopt(c.get(), CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c.get(), CURLOPT_FOLLOWLOCATION, 0L);  // a redirect would carry the token elsewhere
  const CURLcode rc = curl_easy_perform(c.get());
  if (rc != CURLE_OK) {
    out.message = fmt::format("{}: {}", url, curl_easy_strerror(rc));  // no token: it is only in a header
    return out;
  }
  curl_easy_getinfo(c.get(), CURLINFO_RESPONSE_CODE, &out.http_status);
  const auto j = nlohmann::json::parse(answer, nullptr, false);
  if (j.is_object() && j.contains("error") && j["error"].is_object()) {
    const auto& e = j["error"];
    if (e.contains("code") && e["code"].is_number_integer()) out.error_code = e["code"].get<long long>();
    if (e.contains("message") && e["message"].is_string()) out.message = e["message"].get<std::string>().substr(0, 500);
  }
  if (out.http_status >= 200 && out.http_status < 300) {
    out.kind = WhatsAppSendKind::sent;
    if (j.is_object() && j.contains("messages") && j["messages"].is_array() && !j["messages"].empty() &&
        j["messages"][0].is_object() && j["messages"][0].contains("id") && j["messages"][0]["id"].is_string())
      out.message_id = j["messages"][0]["id"].get<std::string>().substr(0, 256);
    out.message = fmt::format("HTTP {}", out.http_status);
    return out;
  }
  out.kind = out.http_status == 429 || out.http_status >= 500 ? WhatsAppSendKind::temporary : WhatsAppSendKind::permanent;
  out.message = fmt::format("HTTP {}{}{}", out.http_status,
                            out.error_code ? fmt::format(", error {}", *out.error_code) : std::string(),
                            out.message.empty() ? std::string() : ": " + out.message);
  return out;
}

}  // namespace pst
