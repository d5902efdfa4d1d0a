// ticket_number.cc: see ticket_number.h.
#include "common/ticket_number.h"

#include <cctype>
#include <charconv>

#include <fmt/format.h>

namespace pst {
namespace {

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Parses PREFIX-YYYY-NNNNN at the start of s; returns the length consumed, 0 if no match.
std::size_t match_number_at(std::string_view s, TicketNumber& out) {
  std::size_t i = 0;
  while (i < s.size() && i < 17 && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
  if (i == 0 || i > 16 || i >= s.size() || s[i] != '-') return 0;
  std::string prefix(s.substr(0, i));
  for (auto& c : prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  ++i;
  if (s.size() < i + 4 + 1 + 5) return 0;
  for (std::size_t k = 0; k < 4; ++k)
    if (!is_digit(s[i + k])) return 0;
  int year = 0;
  std::from_chars(s.data() + i, s.data() + i + 4, year);
  // A ticket's year is this century's: another system's case number of the same shape ("[CS-2611-08832]", a bank's
  // contact centre tagging our subject) is none of ours.
  if (year < 2000 || year > 2099) return 0;
  i += 4;
  if (s[i] != '-') return 0;
  ++i;
  std::size_t start = i;
  while (i < s.size() && is_digit(s[i]) && i - start < 6) ++i;
  if (i - start != 5) return 0;
  if (i < s.size() && is_digit(s[i])) return 0;
  int seq = 0;
  std::from_chars(s.data() + start, s.data() + i, seq);
  out = TicketNumber{std::move(prefix), year, seq};
  return i;
}

}  // namespace

std::string TicketNumber::str() const { return fmt::format("{}-{:04d}-{:05d}", prefix, year, sequence); }

std::optional<TicketNumber> parse_ticket_number(std::string_view s) {
  TicketNumber t;
  if (match_number_at(s, t) == s.size() && !s.empty()) return t;
  return std::nullopt;
}

std::optional<TicketNumber> find_subject_tag(std::string_view subject) {
  for (std::size_t pos = subject.find('['); pos != std::string_view::npos; pos = subject.find('[', pos + 1)) {
    TicketNumber t;
    std::size_t n = match_number_at(subject.substr(pos + 1), t);
    if (n > 0 && pos + 1 + n < subject.size() && subject[pos + 1 + n] == ']') return t;
  }
  return std::nullopt;
}

std::optional<TicketNumber> find_ticket_number_in_text(std::string_view text) {
  // A number is a word of letters, '-', four digits, '-', five digits: look only where a '-' follows
  // a letter and precedes a digit, and go back to the start of the word (earliest first, as a scan
  // from every word start would find it).
  for (std::size_t dash = text.find('-'); dash != std::string_view::npos; dash = text.find('-', dash + 1)) {
    if (dash == 0 || dash + 1 >= text.size() || !is_digit(text[dash + 1]) ||
        !std::isalpha(static_cast<unsigned char>(text[dash - 1])))
      continue;
    std::size_t start = dash;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
    if (start > 0 && is_alnum(text[start - 1])) continue;  // letters glued to digits: not a word start
    TicketNumber t;
    if (match_number_at(text.substr(start), t) > 0) return t;
  }
  return std::nullopt;
}

std::string make_message_id(const TicketNumber& t, std::string_view unique, std::string_view domain) {
  return fmt::format("pstmail.{}.{}@{}", t.str(), unique, domain);
}

std::optional<TicketNumber> ticket_from_message_id(std::string_view id) {
  if (!id.empty() && id.front() == '<') id.remove_prefix(1);
  constexpr std::string_view kTag = "pstmail.";
  if (id.substr(0, kTag.size()) != kTag) return std::nullopt;
  id.remove_prefix(kTag.size());
  TicketNumber t;
  std::size_t n = match_number_at(id, t);
  if (n == 0 || n >= id.size() || id[n] != '.') return std::nullopt;
  return t;
}

std::optional<TicketNumber> parse_ticket_argument(std::string_view s, std::string_view prefix, int default_year) {
  if (auto t = parse_ticket_number(s)) return t;
  auto all_digits = [](std::string_view v) {
    if (v.empty() || v.size() > 9) return false;
    for (char c : v)
      if (!is_digit(c)) return false;
    return true;
  };
  int year = default_year;
  std::string_view seq = s;
  if (auto dash = s.find('-'); dash != std::string_view::npos) {
    std::string_view y = s.substr(0, dash);
    if (y.size() != 4 || !all_digits(y)) return std::nullopt;
    std::from_chars(y.data(), y.data() + 4, year);
    seq = s.substr(dash + 1);
  }
  if (!all_digits(seq)) return std::nullopt;
  int n = 0;
  std::from_chars(seq.data(), seq.data() + seq.size(), n);
  if (n <= 0 || n > 99999) return std::nullopt;
  return TicketNumber{std::string(prefix), year, n};
}

}  // namespace pst
