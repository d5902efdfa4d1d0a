// mime_header.cc: see mime_header.h.
#include "parsers/mime_header.h"

#include <cstring>

namespace pst {
namespace {

std::size_t line_end(std::string_view s, std::size_t from) {
  if (from >= s.size()) return s.size();
  const void* nl = std::memchr(s.data() + from, '\n', s.size() - from);
  return nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - s.data()) : s.size();
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

void trim_in_place(std::string& s) {
  std::size_t b = 0;
  while (b < s.size() && is_ws(s[b])) ++b;
  std::size_t e = s.size();
  while (e > b && is_ws(s[e - 1])) --e;
  s.erase(e);
  s.erase(0, b);
}

}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

const std::string* HeaderBlock::get(std::string_view name) const {
  for (const auto& f : fields)
    if (iequals(f.name, name)) return &f.value;
  return nullptr;
}

namespace {

void scan_header_block(std::string_view entity, std::size_t max_header_line, HeaderBlock& hb) {
  hb.fields.reserve(16);  // a mail's header has ten to twenty fields: grown from one, five reallocations
  std::size_t pos = 0;
  const std::size_t n = entity.size();
  bool current_open = false;   // the last field may take continuation lines
  bool current_full = false;   // the last field reached max_header_line
  bool first_line = true;
  while (pos < n) {
    const std::size_t eol = line_end(entity, pos);
    std::string_view line = entity.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::size_t next = eol < n ? eol + 1 : n;
    if (line.empty()) {
      hb.body = entity.substr(next);
      hb.had_blank_line = true;
      return;
    }
    if (line.front() == ' ' || line.front() == '\t') {
      if (current_open && !current_full) {
        std::string& v = hb.fields.back().value;
        if (v.size() + line.size() > max_header_line) {
          v.append(line.substr(0, max_header_line - v.size()));
          current_full = true;
          hb.line_too_long = true;
        } else {
          v.append(line);
        }
      } else if (!current_open && first_line) {
        hb.malformed = true;  // a part starting with whitespace: treat as body
        hb.body = entity.substr(pos);
        return;
      }
      pos = next;
      first_line = false;
      continue;
    }
    // A field: name of printable ASCII (no ':'), then ':'.
    std::size_t colon = 0;
    bool is_field = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const auto c = static_cast<unsigned char>(line[i]);
      if (c == ':') {
        colon = i;
        is_field = i > 0;
        break;
      }
      if (c <= 32 || c >= 127) {
        // "Subject : x" (space before the colon) is old but legal-ish: allow trailing blanks.
        if (c == ' ' || c == '\t') {
          std::size_t j = i;
          while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
          if (j < line.size() && line[j] == ':' && i > 0) {
            colon = j;
            is_field = true;
          }
        }
        break;
      }
    }
    if (!is_field) {
      if (first_line && line.substr(0, 5) == "From ") {  // mbox separator
        pos = next;
        first_line = false;
        continue;
      }
      hb.malformed = true;
      hb.body = entity.substr(pos);
      return;
    }
    first_line = false;
    if (hb.fields.size() >= kMaxHeaderFields) {
      hb.malformed = true;
      current_open = false;
      pos = next;
      continue;
    }
    std::string_view name = line.substr(0, colon);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    std::string_view value = line.substr(colon + 1);
    current_full = false;
    if (value.size() > max_header_line) {
      value = value.substr(0, max_header_line);
      current_full = true;
      hb.line_too_long = true;
    }
    hb.fields.push_back({name, std::string(value)});
    current_open = true;
    pos = next;
  }
  // No blank line: everything was header (or the entity was empty).
  hb.body = entity.substr(n);
}

}  // namespace

HeaderBlock parse_header_block(std::string_view entity, std::size_t max_header_line) {
  HeaderBlock hb;
  scan_header_block(entity, max_header_line, hb);
  for (auto& f : hb.fields) trim_in_place(f.value);
  return hb;
}

}  // namespace pst
