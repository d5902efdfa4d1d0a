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

WhatsAppSendOutcome upload_whatsapp_media(const WhatsAppApiOptions& o, std::string_view bytes, const std::string& mime_type,
                                          const std::string& filename) {
  WhatsAppSendOutcome out;
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> c(curl_easy_init(), curl_easy_cleanup);
  if (!c) {
    out.message = "curl_easy_init failed";
    return out;
  }
  const std::string url = fmt::format("{}/{}/media", o.api_url, o.phone_number_id);
  const std::string auth = "Authorization: Bearer " + o.access_token;
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(curl_slist_append(nullptr, auth.c_str()),
                                                                      curl_slist_free_all);
  std::unique_ptr<curl_mime, decltype(&curl_mime_free)> form(curl_mime_init(c.get()), curl_mime_free);
  curl_mimepart* part = curl_mime_addpart(form.get());
  curl_mime_name(part, "messaging_product");
  curl_mime_data(part, "whatsapp", CURL_ZERO_TERMINATED);
  part = curl_mime_addpart(form.get());
  curl_mime_name(part, "type");
  curl_mime_data(part, mime_type.c_str(), CURL_ZERO_TERMINATED);
  part = curl_mime_addpart(form.get());
  curl_mime_name(part, "file");
  curl_mime_data(part, bytes.data(), bytes.size());
  curl_mime_filename(part, filename.empty() ? "attachment" : filename.c_str());
  curl_mime_type(part, mime_type.c_str());
  std::string answer;
  curl_easy_setopt(c.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(c.get(), CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c.get(), CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(c.get(), CURLOPT_MIMEPOST, form.get());
  curl_easy_setopt(c.get(), CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c.get(), CURLOPT_WRITEDATA, &answer);
  curl_easy_setopt(c.get(), CURLOPT_CONNECTTIMEOUT, static_cast<long>(o.connect_timeout.count()));
  curl_easy_setopt(c.get(), CURLOPT_TIMEOUT, static_cast<long>(o.timeout.count()));
  curl_easy_setopt(c.get(), CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c.get(), CURLOPT_FOLLOWLOCATION, 0L);
  const CURLcode rc = curl_easy_perform(c.get());
  if (rc != CURLE_OK) {
    out.message = fmt::format("{}: {}", url, curl_easy_strerror(rc));
    return out;
  }
  curl_easy_getinfo(c.get(), CURLINFO_RESPONSE_CODE, &out.http_status);
  const auto j = nlohmann::json::parse(answer, nullptr, false);
  if (out.http_status >= 200 && out.http_status < 300 && j.is_object() && j.contains("id") && j["id"].is_string()) {
    out.kind = WhatsAppSendKind::sent;
    out.message_id = j["id"].get<std::string>().substr(0, 256);
    out.message = fmt::format("HTTP {}", out.http_status);
    return out;
  }
  if (j.is_object() && j.contains("error") && j["error"].is_object() && j["error"].contains("code") &&
      j["error"]["code"].is_number_integer())
    out.error_code = j["error"]["code"].get<long long>();
  out.kind = out.http_status == 429 || out.http_status >= 500 ? WhatsAppSendKind::temporary : WhatsAppSendKind::permanent;
  out.message = fmt::format("upload: HTTP {}{}", out.http_status,
                            out.error_code ? fmt::format(", error {}", *out.error_code) : std::string());
  return out;
}

namespace {

struct Fetched {
  CURLcode rc = CURLE_OK;
  long status = 0;
  std::string body;
  bool over_limit = false;
};

struct Sink {
  std::string* out;
  std::size_t max;
  bool over = false;
};

size_t collect_limited(char* p, size_t size, size_t n, void* userdata) {
  auto* sink = static_cast<Sink*>(userdata);
  if (sink->out->size() + size * n > sink->max) {
    sink->over = true;
    return 0;
  }
  sink->out->append(p, size * n);
  return size * n;
}

Fetched get_with_bearer(const WhatsAppApiOptions& o, const std::string& url, std::size_t max_bytes) {
  Fetched f;
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> c(curl_easy_init(), curl_easy_cleanup);
  if (!c) {
    f.rc = CURLE_FAILED_INIT;
    return f;
  }
  const std::string auth = "Authorization: Bearer " + o.access_token;
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(curl_slist_append(nullptr, auth.c_str()),
                                                                      curl_slist_free_all);
  Sink sink{&f.body, max_bytes};
  curl_easy_setopt(c.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(c.get(), CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c.get(), CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(c.get(), CURLOPT_WRITEFUNCTION, collect_limited);
  curl_easy_setopt(c.get(), CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(c.get(), CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(max_bytes));
  curl_easy_setopt(c.get(), CURLOPT_CONNECTTIMEOUT, static_cast<long>(o.connect_timeout.count()));
  curl_easy_setopt(c.get(), CURLOPT_TIMEOUT, static_cast<long>(o.timeout.count()));
  curl_easy_setopt(c.get(), CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c.get(), CURLOPT_FOLLOWLOCATION, 0L);
  f.rc = curl_easy_perform(c.get());
  f.over_limit = sink.over || f.rc == CURLE_FILESIZE_EXCEEDED;
  curl_easy_getinfo(c.get(), CURLINFO_RESPONSE_CODE, &f.status);
  return f;
}

}  // namespace

WhatsAppMedia fetch_whatsapp_media(const WhatsAppApiOptions& o, std::string_view media_id, std::size_t max_bytes) {
  WhatsAppMedia out;
  const std::string meta_url = fmt::format("{}/{}", o.api_url, media_id);
  const Fetched info = get_with_bearer(o, meta_url, 64 * 1024);
  if (info.rc != CURLE_OK || info.status < 200 || info.status >= 300) {
    out.temporary = info.rc != CURLE_OK || info.status == 429 || info.status >= 500;
    out.error = info.rc != CURLE_OK ? fmt::format("{}: {}", meta_url, curl_easy_strerror(info.rc))
                                    : fmt::format("{}: HTTP {}", meta_url, info.status);
    return out;
  }
  const auto j = nlohmann::json::parse(info.body, nullptr, false);
  if (!j.is_object() || !j.contains("url") || !j["url"].is_string()) {
    out.error = meta_url + ": no media URL in the answer";
    return out;
  }
  const std::string url = j["url"].get<std::string>();
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) {
    out.error = meta_url + ": the media URL is not http(s)";
    return out;
  }
  if (j.contains("file_size") && j["file_size"].is_number_unsigned() && j["file_size"].get<std::uint64_t>() > max_bytes) {
    out.error = fmt::format("media {}: {} bytes, over the limit of {}", media_id, j["file_size"].get<std::uint64_t>(), max_bytes);
    return out;
  }
  if (j.contains("mime_type") && j["mime_type"].is_string()) out.mime_type = j["mime_type"].get<std::string>().substr(0, 256);
  Fetched data = get_with_bearer(o, url, max_bytes);
  if (data.over_limit) {
    out.error = fmt::format("media {}: over the limit of {} bytes", media_id, max_bytes);
    return out;
  }
  if (data.rc != CURLE_OK || data.status < 200 || data.status >= 300) {
    out.temporary = data.rc != CURLE_OK || data.status == 429 || data.status >= 500;
    out.error = data.rc != CURLE_OK ? fmt::format("media {}: {}", media_id, curl_easy_strerror(data.rc))
                                    : fmt::format("media {}: HTTP {}", media_id, data.status);
    return out;
  }
  out.ok = true;
  out.bytes = std::move(data.body);
  return out;
}

}  // namespace pst
