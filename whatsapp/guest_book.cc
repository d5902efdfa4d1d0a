// guest_book.cc: see guest_book.h.
#include "whatsapp/guest_book.h"

#include <algorithm>
#include <array>
#include <vector>

#include "parsers/introduction.h"
#include "parsers/request_detail.h"
#include "parsers/text_scan.h"

namespace pst::whatsapp {
namespace {

// Words of a short answer (letters and the usual name punctuation), or nothing when it is not one.
std::vector<std::string_view> short_answer_words(std::string_view s, std::size_t max_words) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    std::size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') ++i;
    if (i > b) words.emplace_back(s.substr(b, i - b));
    if (words.size() > max_words) return {};
  }
  return words;
}

std::string join(const std::vector<std::string_view>& words) {
  std::string out;
  for (auto w : words) out += (out.empty() ? "" : " ") + std::string(w);
  return out;
}

// "Budi Santoso", "budi", "I Made Sudarma": a short answer of letters only (a name has no digits, no
// '@', no '?'), at most six words, that says nothing else ("tidak mau", "kenapa?").
std::optional<std::string> answer_as_name(std::string_view text) {
  auto words = short_answer_words(text::trim(text), 6);
  if (words.empty()) return std::nullopt;
  static constexpr std::array<std::string_view, 14> kNotAName = {"tidak", "nggak", "gak", "ga", "enggak", "rahasia",
                                                                 "kenapa", "why", "no", "ok", "oke", "ya", "iya",
                                                                 "halo"};
  for (auto w : words) {
    for (char c : w)
      if (text::is_digit(c) || c == '@' || c == '?' || c == '/' || c == ':') return std::nullopt;
    const std::string low = text::lower(w);
    if (std::find(kNotAName.begin(), kNotAName.end(), low) != kNotAName.end()) return std::nullopt;
  }
  std::string name = join(words);
  while (!name.empty() && (name.back() == '.' || name.back() == ',' || name.back() == '!')) name.pop_back();
  // Each word capitalised as people write their names ("budi santoso" -> "Budi Santoso").
  bool start = true;
  for (auto& c : name) {
    if (start && text::is_lower_ascii(c)) c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-';
  }
  return name.empty() ? std::nullopt : std::optional<std::string>(name);
}

// An answer to "which institution?" that gives none: "pribadi", "umum saja", "tidak ada", "-".
bool says_no_institution(std::string_view answer) {
  std::string low = text::lower(text::trim(answer));
  while (!low.empty() && (low.back() == '.' || low.back() == '!' || low.back() == ' ')) low.pop_back();
  if (low == "-" || low == "--") return true;
  if (short_answer_words(low, 4).empty()) return false;
  for (std::string_view w : {"pribadi", "umum", "perorangan", "personal", "individu", "tidak ada", "belum ada",
                             "tdk ada", "gak ada", "nggak ada", "none", "private", "independent"})
    if (text::contains_word(low, w)) return true;
  return false;
}

}  // namespace

Question next_question(const GuestBook& book) {
  if (!book.name) return Question::name;
  if (!book.institution && !book.no_institution) return Question::institution;
  if (!book.need) return Question::need;
  return Question::none;
}

Question read_into(GuestBook& book, std::string_view message) {
  const std::string text = text::understood_part(message);
  // What the message says on its own, as in mail.
  const Introduction intro = find_introduction(text);
  const RequestDetail request = find_request(text);
  // An answer to the question asked, taken as that field when the understanding found nothing.
  switch (book.asked) {
    case Question::name:
      if (!book.name && !intro.name) book.name = answer_as_name(text);
      break;
    case Question::institution:
      if (!book.institution && !intro.institution) {
        if (says_no_institution(text)) {
          book.no_institution = true;
        } else if (auto org = find_institution_in(text)) {
          book.institution = org;
        } else if (auto words = short_answer_words(text::trim(text), 12); !words.empty()) {
          book.institution = join(words);  // "Kelompok Tani Sari Merta", "kantor desa": as written
        }
      }
      break;
    case Question::need:
      if (!book.need && !request.concrete && !text::trim(text).empty())
        book.need = std::string(text::trim(text.substr(0, std::min<std::size_t>(text.size(), 1000))));
      break;
    case Question::none:
      break;
  }
  if (!book.name && intro.name) book.name = intro.name;
  if (!book.institution && !book.no_institution) {
    if (intro.institution) book.institution = intro.institution;
    else if (text::contains_word(text::lower(text), "pribadi"))
      book.no_institution = true;  // "saya Budi, untuk keperluan pribadi, ..."
  }
  if (!book.need && request.concrete) book.need = request.summary;
  book.asked = next_question(book);
  return book.asked;
}

}  // namespace pst::whatsapp
