// imap_response.cc: line-by-line scanning of untagged replies; no literals, no allocation games.
#include "transport/imap_response.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace pst {
namespace {

// Calls f(line) for each line (CRLF or LF ended; the last line may lack an ending).
template <class F>
void for_each_line(std::string_view text, F&& f) {
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    f(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

bool iequals_prefix(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i], b = prefix[i];
    if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 'a' + 'A');
    if (a != b) return false;
  }
  return true;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::optional<std::uint32_t> parse_number(std::string_view s) {
  std::uint32_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

// Splits on spaces (no quoting: callers use it on atom/number lists only).
std::vector<std::string_view> split_atoms(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    auto sp = s.find(' ');
    if (sp != 0) out.push_back(s.substr(0, sp));
    if (sp == std::string_view::npos) break;
    s.remove_prefix(sp + 1);
  }
  return out;
}

// "* 12 FETCH (...)" -> the text inside the outer parentheses, for message-data lines.
std::optional<std::string_view> fetch_attributes(std::string_view line) {
  if (!iequals_prefix(line, "* ")) return std::nullopt;
  auto rest = line.substr(2);
  auto sp = rest.find(' ');
  if (sp == std::string_view::npos || !parse_number(rest.substr(0, sp))) return std::nullopt;
  rest.remove_prefix(sp + 1);
  if (!iequals_prefix(rest, "FETCH (") || rest.back() != ')') return std::nullopt;
  return rest.substr(7, rest.size() - 8);
}

// Value after "UID " in a FETCH attribute list.
std::optional<std::uint32_t> fetch_uid(std::string_view attrs) {
  std::string up = upper(attrs);
  std::size_t pos = 0;
  while ((pos = up.find("UID ", pos)) != std::string::npos) {
    if (pos == 0 || up[pos - 1] == ' ' || up[pos - 1] == '(') {
      auto start = pos + 4;
      auto end = start;
      while (end < up.size() && up[end] >= '0' && up[end] <= '9') ++end;
      return parse_number(attrs.substr(start, end - start));
    }
    pos += 4;
  }
  return std::nullopt;
}

}  // namespace

std::optional<MailboxStatus> parse_status_response(std::string_view text) {
  std::optional<MailboxStatus> result;
  for_each_line(text, [&](std::string_view line) {
    if (!iequals_prefix(line, "* STATUS ")) return;
    auto open = line.rfind('(');
    auto close = line.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) return;
    auto items = split_atoms(line.substr(open + 1, close - open - 1));
    MailboxStatus st;
    bool have_validity = false, have_next = false;
    for (std::size_t i = 0; i + 1 < items.size(); i += 2) {
      auto v = parse_number(items[i + 1]);
      if (!v) return;
      std::string key = upper(items[i]);
      if (key == "UIDVALIDITY") { st.uidvalidity = *v; have_validity = true; }
      else if (key == "UIDNEXT") { st.uidnext = *v; have_next = true; }
      else if (key == "MESSAGES") st.exists = *v;
    }
    if (have_validity && have_next) result = st;
  });
  return result;
}

std::vector<std::uint32_t> parse_search_response(std::string_view text) {
  std::vector<std::uint32_t> out;
  for_each_line(text, [&](std::string_view line) {
    if (!iequals_prefix(line, "* SEARCH")) return;
    auto rest = line.substr(8);
    if (!rest.empty() && rest[0] != ' ') return;
    for (auto atom : split_atoms(rest)) {
      if (auto v = parse_number(atom)) out.push_back(*v);
    }
  });
  return out;
}

std::vector<std::string> parse_capability_response(std::string_view text) {
  std::vector<std::string> out;
  for_each_line(text, [&](std::string_view line) {
    if (!iequals_prefix(line, "* CAPABILITY ")) return;
    out.clear();
    for (auto atom : split_atoms(line.substr(13))) out.push_back(upper(atom));
  });
  return out;
}

std::optional<std::string> find_fetch_internaldate(std::string_view text, std::uint32_t uid) {
  std::optional<std::string> result;
  for_each_line(text, [&](std::string_view line) {
    auto attrs = fetch_attributes(line);
    if (!attrs || fetch_uid(*attrs) != uid) return;
    std::string up = upper(*attrs);
    auto p = up.find("INTERNALDATE \"");
    if (p == std::string::npos) return;
    auto start = p + 14;
    auto end = attrs->find('"', start);
    if (end == std::string_view::npos) return;
    result = std::string(attrs->substr(start, end - start));
  });
  return result;
}

bool has_fetch_for_uid(std::string_view text, std::uint32_t uid) {
  bool found = false;
  for_each_line(text, [&](std::string_view line) {
    auto attrs = fetch_attributes(line);
    if (attrs && fetch_uid(*attrs) == uid) found = true;
  });
  return found;
}

bool has_expunge(std::string_view text) {
  bool found = false;
  for_each_line(text, [&](std::string_view line) {
    if (!iequals_prefix(line, "* ")) return;
    auto rest = line.substr(2);
    auto sp = rest.find(' ');
    if (sp != std::string_view::npos && parse_number(rest.substr(0, sp)) && upper(rest.substr(sp + 1)) == "EXPUNGE")
      found = true;
  });
  return found;
}

std::optional<std::chrono::sys_seconds> parse_imap_date_time(std::string_view s) {
  using namespace std::chrono;
  // date-day-fixed "-" date-month "-" date-year SP time SP zone
  if (!s.empty() && s[0] == ' ') s.remove_prefix(1);
  auto dash1 = s.find('-');
  if (dash1 == std::string_view::npos || dash1 == 0 || dash1 > 2) return std::nullopt;
  auto day = parse_number(s.substr(0, dash1));
  if (s.size() < dash1 + 1 + 3 + 1 + 4 + 1 + 8 + 1 + 5) return std::nullopt;
  std::string_view rest = s.substr(dash1 + 1);
  static constexpr std::array<std::string_view, 12> months = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                             "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  std::string mon = upper(rest.substr(0, 3));
  auto it = std::find(months.begin(), months.end(), mon);
  if (it == months.end() || rest[3] != '-') return std::nullopt;
  auto year = parse_number(rest.substr(4, 4));
  if (rest.size() != 4 + 4 + 1 + 8 + 1 + 5 || rest[8] != ' ' || rest[17] != ' ') return std::nullopt;
  std::string_view t = rest.substr(9, 8);
  if (t[2] != ':' || t[5] != ':') return std::nullopt;
  auto hh = parse_number(t.substr(0, 2)), mm = parse_number(t.substr(3, 2)), ss = parse_number(t.substr(6, 2));
  std::string_view zone = rest.substr(18, 5);
  if (zone[0] != '+' && zone[0] != '-') return std::nullopt;
  auto zh = parse_number(zone.substr(1, 2)), zm = parse_number(zone.substr(3, 2));
  if (!day || !year || !hh || !mm || !ss || !zh || !zm) return std::nullopt;
  if (*hh > 23 || *mm > 59 || *ss > 60 || *zm > 59) return std::nullopt;
  year_month_day ymd{std::chrono::year{static_cast<int>(*year)},
                     std::chrono::month{static_cast<unsigned>(it - months.begin() + 1)},
                     std::chrono::day{*day}};
  if (!ymd.ok()) return std::nullopt;
  seconds offset = hours{*zh} + minutes{*zm};
  if (zone[0] == '-') offset = -offset;
  return sys_seconds{sys_days{ymd}} + hours{*hh} + minutes{*mm} + seconds{*ss} - offset;
}

std::optional<std::string> quote_imap_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '\r' || c == '\n' || c == '\0' || c >= 0x80) return std::nullopt;
    if (c == '"' || c == '\\') out += '\\';
    out += static_cast<char>(c);
  }
  out += '"';
  return out;
}

std::string uid_set(std::vector<std::uint32_t> uids) {
  std::sort(uids.begin(), uids.end());
  uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
  std::string out;
  for (std::size_t i = 0; i < uids.size();) {
    std::size_t j = i;
    while (j + 1 < uids.size() && uids[j + 1] == uids[j] + 1) ++j;
    if (!out.empty()) out += ',';
    out += std::to_string(uids[i]);
    if (j > i) out += ':' + std::to_string(uids[j]);
    i = j + 1;
  }
  return out;
}

}  // namespace pst
