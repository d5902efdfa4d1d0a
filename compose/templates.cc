// templates.cc: loading, checking and rendering mail templates. See templates.h.
#include "compose/templates.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include "compose/header_encoding.h"

namespace pst {
namespace {

namespace fs = std::filesystem;
namespace mus = kainjow::mustache;
using json = nlohmann::json;

constexpr std::size_t kMaxTemplateBytes = 64 * 1024;

// ---- the documented keys (templates/README.md must say the same) ----

struct Schema {
  std::string_view name;
  std::vector<std::string_view> keys;  // "missing[].item" for list items
};

const std::vector<Schema>& schemas() {
  static const std::vector<Schema> kSchemas = {
      {"acknowledgement",
       {"office_name", "office_mailbox", "ticket", "subject", "requester_name", "received_local", "due_local",
        "service_hours_text"}},
      {"request_completion",
       {"office_name", "office_mailbox", "ticket", "subject", "requester_name", "received_local",
        "service_hours_text", "missing", "missing[].item"}},
      {"complaint_acknowledgement",
       {"office_name", "office_mailbox", "ticket", "subject", "requester_name", "received_local", "due_local",
        "service_hours_text"}},
      {"officer_reply",
       {"office_name", "office_mailbox", "ticket", "subject", "requester_name", "officer_name", "body"}},
      {"officer_question",
       {"office_name", "office_mailbox", "ticket", "subject", "requester_name", "officer_name", "body",
        "service_hours_text"}},
      {"closure",
       {"office_name", "office_mailbox", "ticket", "subject", "requester_name", "officer_name", "rating_url",
        "expire_days"}},
      {"officer_notification",
       {"office_name", "office_mailbox", "ticket", "subject", "officer_name", "requester_name", "requester_address",
        "third_party_address", "received_local", "due_local", "excerpt"}},
      // pstq remind (queue/reminders.h): digests list tickets; each list item has the item keys.
      {"reminder_digest",
       {"office_name", "office_mailbox", "recipient_name", "now_local", "horizon_local", "overdue_count",
        "due_soon_count", "has_overdue", "has_due_soon", "overdue", "overdue[].ticket", "overdue[].subject",
        "overdue[].requester_name", "overdue[].requester_address", "overdue[].institution",
        "overdue[].received_local", "overdue[].due_local", "overdue[].overdue_working", "overdue[].officer_name",
        "overdue[].show_command", "due_soon", "due_soon[].ticket", "due_soon[].subject", "due_soon[].requester_name",
        "due_soon[].requester_address", "due_soon[].institution", "due_soon[].received_local", "due_soon[].due_local",
        "due_soon[].due_in_working", "due_soon[].officer_name", "due_soon[].show_command"}},
      {"escalation_digest",
       {"office_name", "office_mailbox", "recipient_name", "now_local", "unassigned_after", "overdue_count",
        "unassigned_count", "has_overdue", "has_unassigned", "overdue", "overdue[].ticket", "overdue[].subject",
        "overdue[].requester_name", "overdue[].requester_address", "overdue[].institution",
        "overdue[].received_local", "overdue[].due_local", "overdue[].overdue_working", "overdue[].officer_name",
        "overdue[].show_command", "unassigned", "unassigned[].ticket", "unassigned[].subject",
        "unassigned[].requester_name", "unassigned[].requester_address", "unassigned[].institution",
        "unassigned[].received_local", "unassigned[].due_local", "unassigned[].unassigned_working",
        "unassigned[].show_command"}},
      {"requester_reminder",
       {"office_name", "office_mailbox", "ticket", "subject", "requester_name", "received_local",
        "waiting_since_local", "missing", "missing[].item", "has_missing", "waiting_for_answer", "auto_close_local"}},
      {"auto_closure",
       {"office_name", "office_mailbox", "ticket", "subject", "requester_name", "received_local",
        "waiting_since_local", "closed_after_days"}},
      // issue 8: a permanent bounce tells the ticket's officer (else the supervisors).
      {"bounce_notice",
       {"office_name", "office_mailbox", "ticket", "subject", "requester_name", "requester_address",
        "recipient_name", "officer_name", "report"}},
      // issue 8: pstmaild's health alert to the supervisors (queue/alerts.h); not about a ticket.
      {"alert",
       {"office_name", "office_mailbox", "recovered", "is_poll", "is_send", "what", "server",
        "failing_since_local", "duration", "attempts", "last_error", "last_ok_local", "now_local"}},
  };
  return kSchemas;
}

const Schema* find_schema(std::string_view name) {
  for (const auto& s : schemas()) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

// ---- our own view of the tags (kainjow keeps its tree private) ----

enum class TagKind { variable, section, inverted, unsupported };

struct Node {
  TagKind kind = TagKind::variable;
  std::string name;
  std::size_t offset = 0;  // byte offset in the file
  std::vector<Node> children;
};

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

struct Position {
  std::size_t line = 1, column = 1;
};

Position position_of(std::string_view text, std::size_t offset) {
  Position p;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) {
      ++p.column;
    }
  }
  return p;
}

std::string located(const std::string& path, std::string_view text, std::size_t offset, std::string_view what) {
  const auto p = position_of(text, offset);
  return fmt::format("{}: byte {} (line {}, column {}): {}", path, offset, p.line, p.column, what);
}

// Scans `src` (which starts at `base` in the file) into a tag tree. Syntax errors were already
// reported by kainjow, so this only needs to be robust, not to diagnose.
std::vector<Node> scan_tags(std::string_view src, std::size_t base) {
  std::vector<Node> root;
  std::vector<std::vector<Node>*> stack{&root};
  std::size_t i = 0;
  while ((i = src.find("{{", i)) != std::string_view::npos) {
    const bool triple = src.compare(i, 3, "{{{") == 0;
    const auto close = src.find(triple ? "}}}" : "}}", i + (triple ? 3 : 2));
    if (close == std::string_view::npos) break;
    const auto contents = trim(src.substr(i + (triple ? 3 : 2), close - i - (triple ? 3 : 2)));
    Node n;
    n.offset = base + i;
    i = close + (triple ? 3 : 2);
    if (triple) {
      n.name = contents;
    } else if (contents.empty()) {
      n.name = "";
    } else {
      const char c = contents[0];
      std::string rest = trim(std::string_view(contents).substr(1));
      switch (c) {
        case '!': continue;
        case '#': n.kind = TagKind::section; n.name = rest; break;
        case '^': n.kind = TagKind::inverted; n.name = rest; break;
        case '&': n.name = rest; break;
        case '/':
          if (stack.size() > 1) stack.pop_back();
          continue;
        case '>': n.kind = TagKind::unsupported; n.name = "partial {{>" + rest + "}}"; break;
        case '=': n.kind = TagKind::unsupported; n.name = "set-delimiter tag {{" + contents + "}}"; break;
        default: n.name = contents; break;
      }
    }
    stack.back()->push_back(std::move(n));
    if (stack.back()->back().kind == TagKind::section || stack.back()->back().kind == TagKind::inverted) {
      stack.push_back(&stack.back()->back().children);
    }
  }
  return root;
}

// ---- loading ----

std::unique_ptr<mus::mustache> compile_part(const std::string& src);

struct Loaded {
  std::string path;
  std::string text;          // the whole file
  std::string subject_src;   // template text of the subject
  std::size_t subject_base = 0;
  std::string body_src;      // template text of the body
  std::size_t body_base = 0;
  std::vector<Node> subject_tags, body_tags;
  // The two parts compiled once (prepare_source, then kainjow's parse), rendered under the mutex:
  // kainjow's render is not const. A render-time failure replaces the compiled part (its error
  // state would stick).
  mutable std::mutex render_mutex;
  mutable std::unique_ptr<mus::mustache> subject_compiled, body_compiled;
};

std::string strip_kainjow_offset(std::string msg) {
  const auto at = msg.rfind(" at ");
  if (at != std::string::npos && msg.find_first_not_of("0123456789", at + 4) == std::string::npos) msg.resize(at);
  if (!msg.empty()) msg[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(msg[0])));
  return msg;
}

std::optional<std::size_t> kainjow_offset(const std::string& msg) {
  const auto at = msg.rfind(" at ");
  if (at == std::string::npos || at + 4 >= msg.size()) return std::nullopt;
  if (msg.find_first_not_of("0123456789", at + 4) != std::string::npos) return std::nullopt;
  return static_cast<std::size_t>(std::stoull(msg.substr(at + 4)));
}

// Checks that `src` parses on its own; throws with file offsets.
void check_syntax(const Loaded& t, std::string_view src, std::size_t base, std::string_view part) {
  mus::mustache m{std::string(src)};
  if (m.is_valid()) return;
  const auto off = kainjow_offset(m.error_message());
  auto what = strip_kainjow_offset(m.error_message());
  if (!part.empty()) what += fmt::format(" (a section must open and close within the {})", part);
  throw TemplateError(off ? located(t.path, t.text, base + *off, what) : fmt::format("{}: {}", t.path, what));
}

std::shared_ptr<const Loaded> parse_file(const std::string& path, std::string text) {
  auto t = std::make_shared<Loaded>();
  t->path = path;
  t->text = std::move(text);
  const auto& s = t->text;
  if (s.size() > kMaxTemplateBytes) throw TemplateError(fmt::format("{}: larger than {} bytes", path, kMaxTemplateBytes));
  if (auto bad = find_invalid_utf8(s)) throw TemplateError(located(path, s, *bad, "invalid UTF-8"));
  // Whole-file syntax first, so offsets are the file's.
  check_syntax(*t, s, 0, "");
  // Line 1: "Subject: ...", line 2: empty.
  const auto eol1 = s.find('\n');
  std::string_view first = std::string_view(s).substr(0, eol1 == std::string::npos ? s.size() : eol1);
  if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
  if (first.size() < 8 || fmt::format("{}", first.substr(0, 8)) != "Subject:") {
    throw TemplateError(located(path, s, 0, "the first line must be \"Subject: ...\""));
  }
  std::size_t sb = 8;
  while (sb < first.size() && (first[sb] == ' ' || first[sb] == '\t')) ++sb;
  t->subject_base = sb;
  t->subject_src = std::string(first.substr(sb));
  if (eol1 == std::string::npos) throw TemplateError(located(path, s, s.size(), "no body: expected an empty line after the Subject line"));
  std::size_t p2 = eol1 + 1;
  if (s.compare(p2, 1, "\n") == 0) {
    t->body_base = p2 + 1;
  } else if (s.compare(p2, 2, "\r\n") == 0) {
    t->body_base = p2 + 2;
  } else {
    throw TemplateError(located(path, s, p2, "line 2 must be empty (Subject line, empty line, then the body)"));
  }
  t->body_src = s.substr(t->body_base);
  check_syntax(*t, t->subject_src, t->subject_base, "Subject line");
  check_syntax(*t, t->body_src, t->body_base, "body");
  t->subject_tags = scan_tags(t->subject_src, t->subject_base);
  t->body_tags = scan_tags(t->body_src, t->body_base);
  t->subject_compiled = compile_part(t->subject_src);
  t->body_compiled = compile_part(t->body_src);
  return t;
}

struct CacheEntry {
  fs::file_time_type mtime;
  std::uintmax_t size = 0;
  std::shared_ptr<const Loaded> loaded;
};

std::mutex g_cache_mutex;
std::map<std::string, CacheEntry> g_cache;

std::shared_ptr<const Loaded> load(const std::string& path) {
  std::error_code ec;
  const auto mtime = fs::last_write_time(path, ec);
  const auto size = ec ? 0 : fs::file_size(path, ec);
  if (ec) throw TemplateError(fmt::format("{}: cannot read: {}", path, ec.message()));
  {
    std::lock_guard lock(g_cache_mutex);
    const auto it = g_cache.find(path);
    if (it != g_cache.end() && it->second.mtime == mtime && it->second.size == size) return it->second.loaded;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw TemplateError(fmt::format("{}: cannot open", path));
  std::ostringstream ss;
  ss << in.rdbuf();
  auto loaded = parse_file(path, ss.str());
  std::lock_guard lock(g_cache_mutex);
  g_cache[path] = CacheEntry{mtime, size, loaded};
  return loaded;
}

bool valid_name(std::string_view name) {
  return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool valid_lang(std::string_view lang) {
  return lang.size() >= 2 && lang.size() <= 3 &&
         std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string file_path(const std::string& dir, std::string_view name, std::string_view lang) {
  return (fs::path(dir) / fmt::format("{}.{}.txt", name, lang)).string();
}

// The file for name/lang, with the fallback to "id". Returns {path, lang used}.
std::pair<std::string, std::string> resolve(const std::string& dir, std::string_view name, std::string_view lang) {
  if (!valid_name(name)) throw TemplateError(fmt::format("invalid template name \"{}\"", sanitize_header_text(name)));
  if (!valid_lang(lang)) throw TemplateError(fmt::format("invalid template language \"{}\"", sanitize_header_text(lang)));
  auto path = file_path(dir, name, lang);
  std::error_code ec;
  if (fs::exists(path, ec)) return {path, std::string(lang)};
  auto fallback = file_path(dir, name, "id");
  if (lang != "id" && fs::exists(fallback, ec)) return {fallback, "id"};
  if (lang != "id") throw TemplateError(fmt::format("no template \"{}\": neither {} nor {} exists", name, path, fallback));
  throw TemplateError(fmt::format("no template \"{}\": {} does not exist", name, path));
}

// ---- data ----

bool falsy(const json& v) {
  return v.is_null() || (v.is_boolean() && !v.get<bool>()) || (v.is_string() && v.get_ref<const std::string&>().empty()) ||
         (v.is_array() && v.empty());
}

mus::data to_mustache(const json& v) {
  switch (v.type()) {
    case json::value_t::object: {
      mus::data d{mus::data::type::object};
      for (const auto& [k, x] : v.items()) d.set(k, to_mustache(x));
      return d;
    }
    case json::value_t::array: {
      mus::data d{mus::data::type::list};
      for (const auto& x : v) d.push_back(to_mustache(x));
      return d;
    }
    case json::value_t::boolean: return mus::data{v.get<bool>()};
    case json::value_t::string: {
      const auto& s = v.get_ref<const std::string&>();
      if (s.empty()) return mus::data{false};
      return mus::data{s};
    }
    case json::value_t::number_integer: return mus::data{std::to_string(v.get<std::int64_t>())};
    case json::value_t::number_unsigned: return mus::data{std::to_string(v.get<std::uint64_t>())};
    case json::value_t::number_float: return mus::data{v.dump()};
    default: return mus::data{false};  // null, binary, discarded
  }
}

const json* lookup(const std::vector<const json*>& stack, const std::string& name) {
  if (name == "." || name.empty()) return stack.back();
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const auto dot = name.find('.', start);
    parts.push_back(name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    const json* v = *it;
    for (const auto& p : parts) {
      if (!v->is_object()) { v = nullptr; break; }
      const auto f = v->find(p);
      if (f == v->end()) { v = nullptr; break; }
      v = &*f;
    }
    if (v) return v;
  }
  return nullptr;
}

// Every variable the render will reach must exist (mirrors mustache's context rules).
void check_data(const Loaded& t, const std::vector<Node>& nodes, std::vector<const json*>& stack,
                const std::string& where) {
  for (const auto& n : nodes) {
    switch (n.kind) {
      case TagKind::unsupported:
        throw TemplateError(located(t.path, t.text, n.offset, n.name + " is not supported"));
      case TagKind::variable:
        if (!lookup(stack, n.name)) {
          throw TemplateError(located(t.path, t.text, n.offset,
                                      fmt::format("{{{{{}}}}}{} is not in the data", n.name, where)));
        }
        break;
      case TagKind::section: {
        const json* v = lookup(stack, n.name);
        if (!v || falsy(*v)) break;
        const auto inner = fmt::format(" in {{{{#{}}}}}", n.name);
        if (v->is_array()) {
          for (const auto& item : *v) {
            stack.push_back(&item);
            check_data(t, n.children, stack, inner);
            stack.pop_back();
          }
        } else {
          stack.push_back(v);
          check_data(t, n.children, stack, inner);
          stack.pop_back();
        }
        break;
      }
      case TagKind::inverted: {
        const json* v = lookup(stack, n.name);
        if (v && !falsy(*v)) break;
        check_data(t, n.children, stack, where);
        break;
      }
    }
  }
}

// Names used, for template_variables() and the schema check. `list` is the enclosing list name.
// `section`/`outer_prefix`: the innermost enclosing {{#section}} and the prefix outside it, so that
// the idiom {{#x}}...{{x}}...{{/x}} reports plain "x".
void collect(const std::vector<Node>& nodes, const std::string& prefix, std::set<std::string>& out,
             std::vector<std::pair<std::string, std::size_t>>* with_offsets, const std::string& section = "",
             const std::string& outer_prefix = "") {
  for (const auto& n : nodes) {
    if (n.kind == TagKind::unsupported) continue;
    if (n.name.empty() || n.name == ".") continue;
    const auto full = (!section.empty() && n.name == section) ? outer_prefix + n.name : prefix + n.name;
    out.insert(full);
    if (with_offsets) with_offsets->emplace_back(full, n.offset);
    if (n.kind == TagKind::section) {
      collect(n.children, full + "[].", out, with_offsets, n.name, prefix);
    } else if (n.kind == TagKind::inverted) {
      collect(n.children, prefix, out, with_offsets, section, outer_prefix);
    }
  }
}

// kainjow 4.1 gets the mustache spec's "standalone" rule half right: it drops a whitespace-only
// line after a section that rendered (even a blank line the author wanted) and keeps the line of
// a section that did not render (a stray blank line). So the rule is applied here, on the source,
// and kainjow's guess is disarmed:
// 1. a line holding nothing but section, inverted-section, closing or comment tags (and blanks)
//    loses its blanks and its line break, so its tags join the next line;
// 2. every line then starts with kLineMark, so kainjow never sees a whitespace-only line; the
//    marks are removed from the output (and with them any such byte in the data).
constexpr char kLineMark = '\x1e';

std::string prepare_source(std::string_view src) {
  std::string out;
  out.reserve(src.size() + src.size() / 16);
  out += kLineMark;
  std::size_t pos = 0;
  while (pos < src.size()) {
    auto eol = src.find('\n', pos);
    const std::size_t next = eol == std::string_view::npos ? src.size() : eol + 1;
    std::string_view line = src.substr(pos, (eol == std::string_view::npos ? src.size() : eol) - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string tags;
    bool standalone = false, other = false;
    for (std::size_t i = 0; i < line.size() && !other;) {
      if (line[i] == ' ' || line[i] == '\t') {
        ++i;
      } else if (line.compare(i, 2, "{{") == 0 && i + 2 < line.size() &&
                 std::string_view("#^/!").find(line[i + 2]) != std::string_view::npos) {
        const auto close = line.find("}}", i + 2);
        if (close == std::string_view::npos) {
          other = true;
        } else {
          tags += line.substr(i, close + 2 - i);
          standalone = true;
          i = close + 2;
        }
      } else {
        other = true;
      }
    }
    if (standalone && !other) {
      out += tags;
    } else {
      out += src.substr(pos, next - pos);
      if (eol != std::string_view::npos) out += kLineMark;
    }
    pos = next;
  }
  return out;
}

std::unique_ptr<mus::mustache> compile_part(const std::string& src) {
  auto m = std::make_unique<mus::mustache>(prepare_source(src));
  m->set_custom_escape([](const std::string& s) { return s; });
  return m;
}

std::string render_part(const Loaded& t, const std::string& src, std::unique_ptr<mus::mustache>& compiled,
                        const mus::data& data) {
  std::lock_guard lock(t.render_mutex);
  std::string out = compiled->render(data);
  std::erase(out, kLineMark);
  if (!compiled->is_valid()) {  // syntax was checked on load; this is a render-time failure
    const std::string why = strip_kainjow_offset(compiled->error_message());
    compiled = compile_part(src);
    throw TemplateError(fmt::format("{}: {}", t.path, why));
  }
  return out;
}

// A key used in a template is known when the schema has it in the scope where it is used or in
// any enclosing scope (mustache looks names up from the innermost section outwards):
// "missing[].item" -> "missing[].item" or "item"; "rating_url[].rating_url" -> ... or "rating_url".
bool key_known(const Schema& s, const std::string& used) {
  auto has = [&s](const std::string& k) { return std::find(s.keys.begin(), s.keys.end(), k) != s.keys.end(); };
  const auto leaf_pos = used.rfind("[].");
  if (leaf_pos == std::string::npos) return has(used);
  const std::string leaf = used.substr(leaf_pos + 3);
  std::string scope = used.substr(0, leaf_pos + 3);
  for (;;) {
    if (has(scope + leaf)) return true;
    if (scope.empty()) return false;
    const auto p = scope.size() >= 4 ? scope.rfind("[].", scope.size() - 4) : std::string::npos;
    scope = p == std::string::npos ? std::string() : scope.substr(0, p + 3);
  }
}

}  // namespace

RenderedTemplate render_template(const std::string& templates_dir, std::string_view name, std::string_view lang,
                                 const nlohmann::json& data) {
  const auto [path, used_lang] = resolve(templates_dir, name, lang);
  const auto t = load(path);
  if (!data.is_object()) throw TemplateError(fmt::format("{}: the data must be a JSON object", path));
  std::vector<const json*> stack{&data};
  check_data(*t, t->subject_tags, stack, "");
  check_data(*t, t->body_tags, stack, "");
  const auto d = to_mustache(data);
  RenderedTemplate r;
  r.subject = sanitize_header_text(render_part(*t, t->subject_src, t->subject_compiled, d));
  std::string body = render_part(*t, t->body_src, t->body_compiled, d);
  // LF line endings; exactly one final newline.
  std::string lf;
  lf.reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\r') {
      lf += '\n';
      if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
    } else {
      lf += body[i];
    }
  }
  while (!lf.empty() && (lf.back() == '\n' || lf.back() == ' ' || lf.back() == '\t')) lf.pop_back();
  lf += '\n';
  r.body = std::move(lf);
  r.lang = used_lang;
  r.path = path;
  return r;
}

std::vector<std::string> template_variables(const std::string& templates_dir, std::string_view name,
                                            std::string_view lang) {
  const auto [path, used_lang] = resolve(templates_dir, name, lang);
  const auto t = load(path);
  std::set<std::string> names;
  collect(t->subject_tags, "", names, nullptr);
  collect(t->body_tags, "", names, nullptr);
  return {names.begin(), names.end()};
}

std::vector<std::string> validate_templates(const std::string& templates_dir) {
  std::vector<std::string> problems;
  std::error_code ec;
  if (!fs::is_directory(templates_dir, ec)) {
    problems.push_back(fmt::format("{}: not a readable folder", templates_dir));
    return problems;
  }
  for (const auto& s : schemas()) {
    const auto p = file_path(templates_dir, s.name, "id");
    if (!fs::exists(p, ec)) problems.push_back(fmt::format("{}: missing (template \"{}\" is required)", p, s.name));
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(templates_dir, ec)) {
    if (e.is_regular_file(ec) && e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    const auto stem = f.stem().string();  // "<name>.<lang>"
    const auto dot = stem.rfind('.');
    const auto path = f.string();
    if (dot == std::string::npos || !valid_name(stem.substr(0, dot)) || !valid_lang(stem.substr(dot + 1))) {
      problems.push_back(fmt::format("{}: file name must be <name>.<lang>.txt (e.g. closure.en.txt)", path));
      continue;
    }
    const auto name = stem.substr(0, dot);
    try {
      const auto t = load(path);
      std::set<std::string> names;
      std::vector<std::pair<std::string, std::size_t>> used;
      collect(t->subject_tags, "", names, &used);
      collect(t->body_tags, "", names, &used);
      std::vector<std::pair<std::size_t, std::string>> unsupported;
      auto find_unsupported = [&](auto&& self, const std::vector<Node>& nodes) -> void {
        for (const auto& n : nodes) {
          if (n.kind == TagKind::unsupported) unsupported.emplace_back(n.offset, n.name);
          self(self, n.children);
        }
      };
      find_unsupported(find_unsupported, t->subject_tags);
      find_unsupported(find_unsupported, t->body_tags);
      for (const auto& [off, what] : unsupported) {
        problems.push_back(located(path, t->text, off, what + " is not supported"));
      }
      const Schema* s = find_schema(name);
      if (!s) continue;  // a template the code does not know yet: syntax checked only
      for (const auto& [key, off] : used) {
        if (!key_known(*s, key)) {
          std::string known;
          for (const auto& k : s->keys) known += (known.empty() ? "" : ", ") + std::string(k);
          problems.push_back(located(path, t->text, off,
                                     fmt::format("unknown key \"{}\" (template \"{}\" gets: {})", key, name, known)));
        }
      }
    } catch (const TemplateError& e) {
      problems.emplace_back(e.what());
    }
  }
  return problems;
}

std::vector<std::string> known_template_names() {
  std::vector<std::string> out;
  for (const auto& s : schemas()) out.emplace_back(s.name);
  return out;
}

std::vector<std::string> template_keys(std::string_view name) {
  const Schema* s = find_schema(name);
  if (!s) return {};
  std::vector<std::string> out(s->keys.begin(), s->keys.end());
  std::sort(out.begin(), out.end());
  return out;
}

nlohmann::json missing_items(const std::vector<std::string>& codes, std::string_view lang) {
  const bool en = lang == "en";
  json out = json::array();
  for (const auto& c : codes) {
    std::string label = c;
    if (c == "name") {
      label = en ? "your full name" : "nama lengkap Bapak/Ibu";
    } else if (c == "institution") {
      label = en ? "the institution or organisation you are with (or \"personal\" if none)"
                 : "nama instansi/lembaga asal (atau \"pribadi\" bila tidak mewakili lembaga)";
    } else if (c == "request") {
      label = en ? "the data you need: which statistics, for which area and which year(s)"
                 : "data yang dibutuhkan: jenis data, wilayah, dan tahun/periode";
    }
    out.push_back(json{{"item", label}});
  }
  return out;
}

void clear_template_cache() {
  std::lock_guard lock(g_cache_mutex);
  g_cache.clear();
}

}  // namespace pst
