// confidence.cc: see confidence.h.
#include "parsers/confidence.h"

#include <array>
#include <fmt/format.h>

#include "common/untrusted_text.h"
#include "parsers/indonesian_words.h"
#include "parsers/introduction.h"
#include "parsers/phrase_set.h"
#include "parsers/text_scan.h"
#include "parsers/words_view.h"

namespace pst {

using namespace std::string_view_literals;
namespace {

using text::Token;
using text::TokenKind;

// Words that open an organisation's name: the parser's own lexicon (parsers/lexicon/, plus the office's),
// without the names of areas (desa, kecamatan, ...): those are where people live; "Pemerintah Desa
// ..." and "Kantor Camat ..." are caught by their first word.
bool is_organisation_word(std::string_view low) {
  if (low == "desa"sv || low == "kecamatan"sv || low == "kelurahan"sv || low == "banjar"sv || low == "dusun"sv)
    return false;
  return opens_an_organisation(low);
}

// A value from the mail, quoted in a doubt an officer reads: one line, bounded.
std::string quoted(std::string_view value) { return "\"" + clean_inline(value, 80) + "\""; }

// A word that could be part of a name: letters only, capitalised or all capitals (a single capital
// is an initial or the Balinese "I").
bool name_shaped(const Token& t) {
  if (t.kind != TokenKind::word || t.has_digit || t.low.empty() || !t.capitalised) return false;
  // A pictograph ("🌸", 4-byte UTF-8) or a symbol is no letter.
  if (static_cast<unsigned char>(t.text[0]) >= 0xE2) return false;
  if (is_indonesian_verb_form(t.low)) return false;
  for (char c : t.low)
    if (!text::is_alpha_ascii(c) && static_cast<unsigned char>(c) < 0x80) return false;
  return true;
}

constexpr std::array<std::string_view, 16> kNotNames = {
    "terima", "kasih", "salam", "hormat", "regards", "thanks", "thank", "best", "wassalam", "sincerely",
    "bapak",  "ibu",   "yth",   "kami",   "saya",    "dear"};

bool closing_word(std::string_view low) {
  for (auto w : kNotNames)
    if (w == low) return true;
  return false;
}

// "an organisation word followed by a name" anywhere in the own words.
std::optional<std::string> organisation_phrase(const std::vector<Token>& toks) {
  for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
    // Written as a name ("Dinas", "SMA"): a lower-case "sekolah" or "kantor" is an ordinary word.
    if (toks[i].kind != TokenKind::word || !toks[i].capitalised || !is_organisation_word(toks[i].low)) continue;
    const Token& next = toks[i + 1];
    if (next.kind == TokenKind::word && (next.capitalised || next.has_digit))
      return std::string(toks[i].text) + " " + std::string(next.text);
  }
  return std::nullopt;
}

// The sender's display-name words that the text writes too (as names: capitalised). A display name
// with an organisation word is an organisation's ("Bappeda Jembrana"), not a person's.
std::optional<std::string> sender_name_in_text(const std::vector<Token>& toks, const DecodedMail& mail) {
  if (!mail.from || mail.from->name.empty()) return std::nullopt;
  const std::string display_low = text::lower(mail.from->name);
  const std::vector<Token> display = text::tokenize(mail.from->name, display_low);
  for (const Token& f : display)
    if (f.kind == TokenKind::word && is_organisation_word(f.low)) return std::nullopt;
  for (const Token& f : display) {
    if (!name_shaped(f) || f.low.size() < 3 || closing_word(f.low)) continue;
    // The cheap tests first: most words differ in length or first byte (a compare of the bytes was a call each).
    for (const Token& t : toks)
      if (t.low.size() == f.low.size() && t.low[0] == f.low[0] && t.low == f.low && name_shaped(t))
        return std::string(f.text);
  }
  return std::nullopt;
}

// The last line of the own words when it is 2-5 name-shaped words (a signature the detector did not take).
std::optional<std::string> name_shaped_last_line(const std::vector<Token>& toks) {
  std::size_t end = toks.size();
  while (end > 0 && toks[end - 1].kind != TokenKind::word) --end;
  std::size_t start = end;
  while (start > 0 && toks[start - 1].kind != TokenKind::line_break) --start;
  if (end - start < 2 || end - start > 5) return std::nullopt;
  std::string line;
  for (std::size_t i = start; i < end; ++i) {
    if (!name_shaped(toks[i]) || closing_word(toks[i].low) || is_organisation_word(toks[i].low)) return std::nullopt;
    if (!line.empty()) line += ' ';
    line += toks[i].text;
  }
  return line;
}

// Thanks for something already received ("terima kasih atas datanya", "thank you for sending the
// data") with no question: a follow-up whose thread was lost (a new mail instead of a reply), not a
// new request short of details. Evidence against "request missing": an officer should look before
// the requester is asked to complete anything. Anticipatory thanks ("terima kasih atas bantuannya",
// "thanks in advance") are no evidence: requests end with them.
bool thanks_for_something_received(std::string_view low) {
  static const text::PhraseSet thanks{"terima kasih", "terimakasih", "makasih", "trims", "thanks", "thank you",
                                      "suksma", "matur nuwun", "hatur nuhun"};
  static const text::PhraseSet received{
      "atas data", "atas datanya", "datanya sudah", "data sudah", "data yang sudah", "data yang telah",
      "sudah dikirim", "sudah dikirimkan", "telah dikirim", "telah dikirimkan", "sudah saya terima",
      "sudah kami terima", "sudah diterima", "telah diterima", "telah saya terima", "atas jawaban",
      "atas jawabannya", "atas balasan", "atas balasannya", "atas tanggapan", "atas tanggapannya",
      "atas kirimannya", "atas informasinya", "atas infonya", "for the data", "for sending", "for your reply",
      "for your answer", "for the reply", "for the answer", "for your response", "for the information",
      "i have received", "i received", "we have received", "we received"};
  return low.find('?') == std::string_view::npos && thanks.any(low) && received.any(low);
}

}  // namespace

void assess_confidence(ParsedMail& p, std::string_view head) {
  const WordsView words(head);
  assess_confidence(p, words);
}

void assess_confidence(ParsedMail& p, const WordsView& words) {
  p.doubts.clear();
  const std::vector<Token>& toks = words.tokens();
  auto verdict = [&](bool found, std::vector<std::string> against) {
    if (found || against.empty()) return kSure;
    for (auto& d : against) p.doubts.push_back(std::move(d));
    return kDoubtful;
  };

  std::vector<std::string> name_doubts;
  if (!p.requester.name) {
    if (auto n = sender_name_in_text(toks, p.mail))
      name_doubts.push_back(fmt::format("name: the sender's own name {} is written in the text", quoted(*n)));
    if (auto l = name_shaped_last_line(toks))
      name_doubts.push_back(fmt::format("name: the last line {} looks like a name", quoted(*l)));
  }
  p.confidence.name = verdict(p.requester.name.has_value(), std::move(name_doubts));

  std::vector<std::string> institution_doubts;
  if (!p.requester.institution)
    if (auto o = organisation_phrase(toks))
      institution_doubts.push_back(fmt::format("institution: the text names an organisation ({})", quoted(*o)));
  p.confidence.institution = verdict(p.requester.institution.has_value(), std::move(institution_doubts));

  std::vector<std::string> request_doubts;
  p.thanks_for_received = !p.request && thanks_for_something_received(words.low());
  if (!p.request) {
    if (!p.mail.attachments.empty())
      request_doubts.push_back(fmt::format("request: a file is attached ({})", quoted(p.mail.attachments.front().filename)));
    if (p.thanks_for_received)
      request_doubts.push_back(
          "request: the mail thanks for something received and asks nothing (a follow-up without its thread?)");
  }
  p.confidence.request = verdict(p.request.has_value(), std::move(request_doubts));
}

bool missing_is_unsure(const ParsedMail& p) {
  for (const auto& field : p.missing) {
    const double c = field == "name"sv ? p.confidence.name : field == "institution"sv ? p.confidence.institution
                                                                                 : p.confidence.request;
    if (c < kActOnMissing) return true;
  }
  return false;
}

}  // namespace pst
