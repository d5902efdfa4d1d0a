// rfc2231.cc: see rfc2231.h.
#include "parsers/rfc2231.h"

#include <algorithm>

#include "parsers/charset.h"

namespace pst {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ws(s.back())) s.remove_suffix(1);
  return s;
}

std::string to_lower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return r;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

void percent_decode(std::string_view s, std::string& out) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() + 0 && hex_value(s[i + 1]) >= 0 &&
        hex_value(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
}

/// One RFC 2231 piece: "name*3*=..." -> base "name", section 3, encoded.
struct Section {
  std::string base;
  long section = 0;
  bool encoded = false;
  std::size_t order = 0;  // position among all parameters, for a stable result
  std::string value;
};

}  // namespace

const std::string* HeaderParams::get(std::string_view name) const {
  for (const auto& [n, v] : params)
    if (n == name) return &v;
  return nullptr;
}

HeaderParams parse_header_params(std::string_view hv) {
  HeaderParams r;
  std::size_t p = 0;
  const std::size_t n = hv.size();
  // The main value runs to the first ';' outside quotes.
  {
    std::size_t e = p;
    bool quoted = false;
    while (e < n && (quoted || hv[e] != ';')) {
      if (hv[e] == '"') quoted = !quoted;
      ++e;
    }
    std::string_view main = trim(hv.substr(p, e - p));
    // Drop a trailing comment: "text/plain (generated)".
    if (const auto c = main.find('('); c != std::string_view::npos) main = trim(main.substr(0, c));
    if (main.size() >= 2 && main.front() == '"' && main.back() == '"')
      main = main.substr(1, main.size() - 2);
    r.value = to_lower(main);
    p = e;
  }
  std::vector<Section> sections;
  std::size_t order = 0;
  while (p < n) {
    while (p < n && (is_ws(hv[p]) || hv[p] == ';')) ++p;
    if (p >= n) break;
    const std::size_t name_begin = p;
    while (p < n && hv[p] != '=' && hv[p] != ';') ++p;
    const std::string name = to_lower(trim(hv.substr(name_begin, p - name_begin)));
    std::string value;
    if (p < n && hv[p] == '=') {
      ++p;
      while (p < n && is_ws(hv[p])) ++p;
      if (p < n && hv[p] == '"') {
        ++p;
        while (p < n && hv[p] != '"') {
          if (hv[p] == '\\' && p + 1 < n) ++p;
          value.push_back(hv[p]);
          ++p;
        }
        if (p < n) ++p;  // closing quote
        while (p < n && hv[p] != ';') ++p;  // junk after the quote
      } else {
        const std::size_t vb = p;
        while (p < n && hv[p] != ';') ++p;
        value = std::string(trim(hv.substr(vb, p - vb)));
      }
    }
    if (name.empty()) continue;
    const std::size_t star = name.find('*');
    if (star == std::string::npos || star == 0) {
      r.params.emplace_back(name, std::move(value));
      ++order;
      continue;
    }
    // RFC 2231: "base*", "base*N" or "base*N*".
    Section s;
    s.base = name.substr(0, star);
    std::string_view rest = std::string_view(name).substr(star + 1);
    bool valid = true;
    if (rest.empty()) {
      s.encoded = true;
    } else {
      if (rest.back() == '*') {
        s.encoded = true;
        rest.remove_suffix(1);
      }
      if (rest.empty() || rest.size() > 9) valid = false;
      for (const char c : rest)
        if (c < '0' || c > '9') valid = false;
      if (valid) s.section = std::stol(std::string(rest));
    }
    if (!valid) {
      r.params.emplace_back(name, std::move(value));
      ++order;
      continue;
    }
    s.order = order++;
    s.value = std::move(value);
    sections.push_back(std::move(s));
  }
  if (sections.empty()) return r;
  r.rfc2231 = true;
  std::stable_sort(sections.begin(), sections.end(), [](const Section& a, const Section& b) {
    if (a.base != b.base) return a.base < b.base;
    return a.section < b.section;
  });
  struct Joined {
    std::size_t order;
    std::string name;
    std::string value;
  };
  std::vector<Joined> joined;
  for (std::size_t i = 0; i < sections.size();) {
    std::size_t j = i;
    std::string charset;
    std::string bytes;
    const std::size_t first_order = sections[i].order;
    bool first = true;
    long last_section = -1;
    while (j < sections.size() && sections[j].base == sections[i].base) {
      const Section& s = sections[j];
      ++j;
      if (s.section == last_section) continue;  // duplicate piece: first wins
      last_section = s.section;
      std::string_view v = s.value;
      if (s.encoded && first) {
        // charset'language'value
        const auto q1 = v.find('\'');
        if (q1 != std::string_view::npos) {
          const auto q2 = v.find('\'', q1 + 1);
          if (q2 != std::string_view::npos) {
            charset = std::string(v.substr(0, q1));
            v = v.substr(q2 + 1);
          }
        }
      }
      first = false;
      if (s.encoded) {
        percent_decode(v, bytes);
      } else {
        bytes.append(v);
      }
    }
    std::string value;
    if (append_utf8(value, bytes, charset) != CharsetOutcome::clean) r.bad_charset = true;
    joined.push_back({first_order, sections[i].base, std::move(value)});
    i = j;
  }
  // An RFC 2231 value replaces a plain one of the same name (clients send both for old readers).
  for (auto& jv : joined) {
    bool replaced = false;
    for (auto& [pn, pv] : r.params) {
      if (pn == jv.name) {
        pv = std::move(jv.value);
        replaced = true;
        break;
      }
    }
    if (!replaced) r.params.emplace_back(std::move(jv.name), std::move(jv.value));
  }
  return r;
}

}  // namespace pst
