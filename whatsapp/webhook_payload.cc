// webhook_payload.cc: see webhook_payload.h.
#include "whatsapp/webhook_payload.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

namespace pst::whatsapp {
namespace {

using json = nlohmann::json;

[[noreturn]] void fail(const std::string& where, std::string_view what) {
  throw WebhookError(fmt::format("{}: {}", where, what));
}

const json& member(const json& obj, const char* key, const std::string& where) {
  auto it = obj.find(key);
  if (it == obj.end()) fail(where, fmt::format("no \"{}\"", key));
  return *it;
}

const json& object_at(const json& obj, const char* key, const std::string& where) {
  const json& v = member(obj, key, where);
  if (!v.is_object()) fail(where + "." + key, "not an object");
  return v;
}

const json* optional_object(const json& obj, const char* key, const std::string& where) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return nullptr;
  if (!it->is_object()) fail(where + "." + key, "not an object");
  return &*it;
}

const json* optional_array(const json& obj, const char* key, const std::string& where) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return nullptr;
  if (!it->is_array()) fail(where + "." + key, "not an array");
  return &*it;
}

// A string member, at most `max` bytes; "" when absent and not `required`.
std::string text_of(const json& obj, const char* key, const std::string& where, std::size_t max, bool required) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    if (required) fail(where, fmt::format("no \"{}\"", key));
    return {};
  }
  if (!it->is_string()) fail(where + "." + key, "not a string");
  const auto& s = it->get_ref<const std::string&>();
  if (s.size() > max) fail(where + "." + key, fmt::format("longer than {} bytes", max));
  return s;
}

// Ids and tokens Meta makes: printable ASCII, no spaces.
std::string id_of(const json& obj, const char* key, const std::string& where, bool required = true) {
  std::string s = text_of(obj, key, where, 256, required);
  if (required && s.empty()) fail(where + "." + key, "empty");
  if (!std::all_of(s.begin(), s.end(), [](char c) { return c > ' ' && c < 0x7F; }))
    fail(where + "." + key, "not an id (printable ASCII without spaces)");
  return s;
}

// A WhatsApp id is the phone number's digits (country code first).
std::string wa_id_of(const json& obj, const char* key, const std::string& where) {
  std::string s = text_of(obj, key, where, 32, true);
  if (s.size() < 5 || s.size() > 20 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    fail(where + "." + key, "not a WhatsApp id (5 to 20 digits)");
  return s;
}

// Unix seconds, written as a decimal string (Meta's form) or a number.
std::chrono::sys_seconds time_of(const json& obj, const char* key, const std::string& where) {
  const json& v = member(obj, key, where);
  long long t = -1;
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), t);
    if (ec != std::errc() || p != s.data() + s.size()) t = -1;
  } else if (v.is_number_unsigned()) {
    t = static_cast<long long>(v.get<unsigned long long>() > 1ull << 40 ? 0 : v.get<unsigned long long>());
  }
  // 2001 .. 2100: anything else is not a time Meta sends.
  if (t < 1'000'000'000 || t > 4'102'444'800) fail(where + "." + key, "not a time (Unix seconds)");
  return std::chrono::sys_seconds{std::chrono::seconds{t}};
}

MessageType type_of(std::string_view t) {
  static constexpr std::pair<std::string_view, MessageType> kTypes[] = {
      {"text", MessageType::text},         {"interactive", MessageType::interactive}, {"button", MessageType::button},
      {"image", MessageType::image},       {"document", MessageType::document},       {"audio", MessageType::audio},
      {"video", MessageType::video},       {"sticker", MessageType::sticker},         {"location", MessageType::location},
      {"contacts", MessageType::contacts}, {"reaction", MessageType::reaction}};
  for (const auto& [name, type] : kTypes)
    if (t == name) return type;
  return MessageType::other;
}

IncomingMessage read_message(const json& m, const std::string& where, const WebhookLimits& limits) {
  if (!m.is_object()) fail(where, "not an object");
  IncomingMessage out;
  out.id = id_of(m, "id", where);
  out.from = wa_id_of(m, "from", where);
  out.timestamp = time_of(m, "timestamp", where);
  out.type_name = id_of(m, "type", where);
  out.type = type_of(out.type_name);
  const std::size_t max_text = limits.max_text_bytes;
  switch (out.type) {
    case MessageType::text:
      out.text = text_of(object_at(m, "text", where), "body", where + ".text", max_text, true);
      break;
    case MessageType::interactive: {
      const json& i = object_at(m, "interactive", where);
      const std::string w = where + ".interactive";
      const std::string kind = id_of(i, "type", w);
      if (kind != "button_reply" && kind != "list_reply") break;  // nfm_reply and newer: kept, no text
      const json& reply = object_at(i, kind.c_str(), w);
      out.text = text_of(reply, "title", w + "." + kind, max_text, true);
      break;
    }
    case MessageType::button:
      out.text = text_of(object_at(m, "button", where), "text", where + ".button", max_text, true);
      break;
    case MessageType::image:
    case MessageType::document:
    case MessageType::audio:
    case MessageType::video:
    case MessageType::sticker: {
      const json& media = object_at(m, out.type_name.c_str(), where);
      const std::string w = where + "." + out.type_name;
      MediaRef ref;
      ref.id = id_of(media, "id", w);
      ref.mime_type = text_of(media, "mime_type", w, 256, false);
      ref.sha256 = text_of(media, "sha256", w, 256, false);
      ref.filename = text_of(media, "filename", w, 1024, false);
      out.text = text_of(media, "caption", w, max_text, false);
      out.media = std::move(ref);
      break;
    }
    default:
      break;  // location, contacts, reactions, "unsupported": kept without text
  }
  if (const json* ctx = optional_object(m, "context", where)) out.context_id = id_of(*ctx, "id", where + ".context", false);
  return out;
}

StatusUpdate read_status(const json& s, const std::string& where) {
  if (!s.is_object()) fail(where, "not an object");
  StatusUpdate out;
  out.message_id = id_of(s, "id", where);
  out.recipient = wa_id_of(s, "recipient_id", where);
  out.status = id_of(s, "status", where);
  out.timestamp = time_of(s, "timestamp", where);
  if (const json* errors = optional_array(s, "errors", where); errors && !errors->empty()) {
    const json& e = (*errors)[0];
    const std::string w = where + ".errors[0]";
    if (!e.is_object()) fail(w, "not an object");
    const json& code = member(e, "code", w);
    if (!code.is_number_integer()) fail(w + ".code", "not an integer");
    out.error_code = code.get<long long>();
    out.error_title = text_of(e, "title", w, 1024, false);
  }
  return out;
}

}  // namespace

std::string_view to_string(MessageType t) {
  switch (t) {
    case MessageType::text: return "text";
    case MessageType::interactive: return "interactive";
    case MessageType::button: return "button";
    case MessageType::image: return "image";
    case MessageType::document: return "document";
    case MessageType::audio: return "audio";
    case MessageType::video: return "video";
    case MessageType::sticker: return "sticker";
    case MessageType::location: return "location";
    case MessageType::contacts: return "contacts";
    case MessageType::reaction: return "reaction";
    case MessageType::other: return "other";
  }
  return "other";
}

WebhookBatch parse_webhook(std::string_view raw_body, std::string_view phone_number_id, const WebhookLimits& limits) {
  if (raw_body.size() > limits.max_body_bytes)
    throw WebhookError(fmt::format("body of {} bytes is over the limit of {}", raw_body.size(), limits.max_body_bytes));
  const json doc = json::parse(raw_body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) throw WebhookError("body is not JSON (or not UTF-8)");
  if (!doc.is_object()) fail("body", "not an object");
  if (text_of(doc, "object", "body", 64, true) != "whatsapp_business_account")
    fail("body.object", "not \"whatsapp_business_account\"");
  const json* entries = optional_array(doc, "entry", "body");
  if (!entries) fail("body", "no \"entry\"");
  WebhookBatch out;
  std::size_t events = 0;
  for (std::size_t e = 0; e < entries->size(); ++e) {
    const std::string ew = fmt::format("entry[{}]", e);
    const json& entry = (*entries)[e];
    if (!entry.is_object()) fail(ew, "not an object");
    const json* changes = optional_array(entry, "changes", ew);
    if (!changes) continue;
    for (std::size_t c = 0; c < changes->size(); ++c) {
      const std::string cw = fmt::format("{}.changes[{}]", ew, c);
      const json& change = (*changes)[c];
      if (!change.is_object()) fail(cw, "not an object");
      if (text_of(change, "field", cw, 64, true) != "messages") continue;  // account updates and the like
      const json& value = object_at(change, "value", cw);
      const std::string vw = cw + ".value";
      if (text_of(value, "messaging_product", vw, 64, true) != "whatsapp") fail(vw + ".messaging_product", "not \"whatsapp\"");
      if (id_of(object_at(value, "metadata", vw), "phone_number_id", vw + ".metadata") != phone_number_id) continue;
      // Profile names by WhatsApp id, for the messages below.
      std::vector<std::pair<std::string, std::string>> names;
      if (const json* contacts = optional_array(value, "contacts", vw))
        for (std::size_t k = 0; k < contacts->size() && k < limits.max_events; ++k) {
          const std::string kw = fmt::format("{}.contacts[{}]", vw, k);
          const json& contact = (*contacts)[k];
          if (!contact.is_object()) fail(kw, "not an object");
          std::string name;
          if (const json* profile = optional_object(contact, "profile", kw)) name = text_of(*profile, "name", kw + ".profile", 1024, false);
          names.emplace_back(wa_id_of(contact, "wa_id", kw), std::move(name));
        }
      if (const json* messages = optional_array(value, "messages", vw))
        for (std::size_t m = 0; m < messages->size(); ++m) {
          if (++events > limits.max_events) throw WebhookError(fmt::format("more than {} events in one body", limits.max_events));
          IncomingMessage msg = read_message((*messages)[m], fmt::format("{}.messages[{}]", vw, m), limits);
          for (const auto& [wa_id, name] : names)
            if (wa_id == msg.from) msg.profile_name = name;
          out.messages.push_back(std::move(msg));
        }
      if (const json* statuses = optional_array(value, "statuses", vw))
        for (std::size_t s = 0; s < statuses->size(); ++s) {
          if (++events > limits.max_events) throw WebhookError(fmt::format("more than {} events in one body", limits.max_events));
          out.statuses.push_back(read_status((*statuses)[s], fmt::format("{}.statuses[{}]", vw, s)));
        }
    }
  }
  return out;
}

}  // namespace pst::whatsapp
