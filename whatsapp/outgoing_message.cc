// outgoing_message.cc: see outgoing_message.h.
#include "whatsapp/outgoing_message.h"

#include <nlohmann/json.hpp>

namespace pst::whatsapp {
namespace {

using json = nlohmann::ordered_json;

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json envelope(std::string_view to, std::string_view type) {
  return json{{"messaging_product", "whatsapp"}, {"recipient_type", "individual"}, {"to", to}, {"type", type}};
}

}  // namespace

bool within_service_window(std::chrono::sys_seconds last_inbound, std::chrono::sys_seconds now) {
  return now >= last_inbound && now - last_inbound < kServiceWindow;
}

std::vector<std::string> split_text(std::string_view text, std::size_t max_chars) {
  std::vector<std::string> out;
  if (max_chars == 0) max_chars = 1;
  while (!text.empty()) {
    // The byte offset after `max_chars` code points (or the end).
    std::size_t end = 0, chars = 0;
    while (end < text.size() && chars < max_chars) {
      ++end;
      while (end < text.size() && continuation(text[end])) ++end;
      ++chars;
    }
    if (end >= text.size()) {
      out.emplace_back(text);
      break;
    }
    std::size_t cut = std::string_view::npos;
    for (std::string_view at : {"\n\n", "\n", " "}) {
      const std::size_t p = text.rfind(at, end);  // a break right after the last character that fits counts
      if (p != std::string_view::npos && p > 0) {
        cut = p;
        break;
      }
    }
    std::size_t next = cut;
    if (cut == std::string_view::npos) {
      cut = next = end;  // one long word: cut between two characters
    } else {
      while (next < text.size() && (text[next] == '\n' || text[next] == ' ')) ++next;
    }
    out.emplace_back(text.substr(0, cut));
    text.remove_prefix(next);
  }
  return out;
}

std::string text_message(std::string_view to, std::string_view body) {
  json j = envelope(to, "text");
  j["text"] = json{{"preview_url", false}, {"body", body}};
  return dump(j);
}

std::string template_message(std::string_view to, std::string_view name, std::string_view language,
                             const std::vector<std::string>& body_parameters) {
  json j = envelope(to, "template");
  json t{{"name", name}, {"language", json{{"code", language}}}};
  if (!body_parameters.empty()) {
    json params = json::array();
    for (const auto& p : body_parameters) params.push_back(json{{"type", "text"}, {"text", p}});
    t["components"] = json::array({json{{"type", "body"}, {"parameters", params}}});
  }
  j["template"] = std::move(t);
  return dump(j);
}

std::string document_message(std::string_view to, std::string_view media_id, std::string_view filename,
                             std::string_view caption) {
  json j = envelope(to, "document");
  json d{{"id", media_id}, {"filename", filename}};
  if (!caption.empty()) d["caption"] = caption;
  j["document"] = std::move(d);
  return dump(j);
}

}  // namespace pst::whatsapp
