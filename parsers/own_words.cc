// own_words.cc: see own_words.h.
#include "parsers/own_words.h"

#include <algorithm>
#include <array>
#include <vector>

#include "common/ticket_number.h"
#include "parsers/text_scan.h"

namespace pst {

using namespace std::string_view_literals;
namespace {

using text::istarts_with;
using text::trim;

// Strips leading '*' (bold from HTML), spaces and '>' markers' absence is checked by callers.
std::string_view unbold(std::string_view l) {
  l = trim(l);
  while (!l.empty() && (l.front() == '*' || l.front() == '_')) l.remove_prefix(1);
  return trim(l);
}

bool is_quote_line(std::string_view l) { return !trim(l).empty() && trim(l).front() == '>'; }

constexpr std::array<std::string_view, 24> kHeaderKeys = {
    "from:", "dari:", "sent:", "dikirim:", "date:", "tanggal:", "to:", "kepada:", "subject:", "perihal:",
    "subjek:", "cc:", "bcc:", "reply-to:", "balas ke:", "terkirim:", "sent by:", "importance:", "tembusan:",
    "judul:", "de:", "envoyé:", "à:", "objet:"};

bool is_header_line(std::string_view l) {
  std::string_view u = unbold(l);
  for (auto k : kHeaderKeys) {
    if (istarts_with(u, k)) return true;
    // "From :" with a space before the colon, and "*From:*" from HTML bold.
    std::string_view key = k.substr(0, k.size() - 1);
    if (istarts_with(u, key)) {
      std::string_view rest = trim(u.substr(key.size()));
      while (!rest.empty() && rest.front() == '*') rest.remove_prefix(1);
      if (!rest.empty() && rest.front() == ':') return true;
    }
  }
  return false;
}

bool is_from_line(std::string_view l) {
  std::string_view u = unbold(l);
  return istarts_with(u, "from") || istarts_with(u, "dari") || istarts_with(u, "de:");
}

// "On <date>, <name> <addr> wrote:" possibly wrapped over up to three lines.
bool is_attribution_at(const std::vector<std::string_view>& lines, std::size_t i) {
  std::string_view l = trim(lines[i]);
  while (!l.empty() && l.front() == '>') l = trim(l.substr(1));
  bool on = istarts_with(l, "on ");
  bool pada = istarts_with(l, "pada ");
  bool le = istarts_with(l, "le ") || istarts_with(l, "am ");
  auto ends_with_colon_word = [&](std::string_view word) {
    // The attribution ends at the first line whose end has the word followed by ':' (in any case: the line is not
    // lowered, a paragraph that opens with "On" is one line).
    for (std::size_t k = 0; k <= 2 && i + k < lines.size(); ++k) {
      const std::string_view cur = trim(lines[i + k]);
      std::string_view end = cur;
      while (!end.empty() && (end.back() == ' ' || end.back() == '*')) end.remove_suffix(1);
      if (end.size() >= word.size() && text::iequals(end.substr(end.size() - word.size()), word)) return true;
      if (cur.empty()) return false;
    }
    return false;
  };
  if (on && ends_with_colon_word("wrote:")) return true;
  if (pada && (ends_with_colon_word("menulis:") || ends_with_colon_word("wrote:"))) return true;
  if (le && (ends_with_colon_word("a écrit :") || ends_with_colon_word("schrieb:"))) return true;
  // "<name> <addr> wrote:" / "... menulis:" on one short line right above a quote.
  auto iends_with = [&](std::string_view suffix) {
    return l.size() >= suffix.size() && text::iequals(l.substr(l.size() - suffix.size()), suffix);
  };
  bool ends_wrote = l.size() > 7 && (iends_with("wrote:") || iends_with("menulis:"));
  if (ends_wrote && l.size() < 200) {
    if (i + 1 < lines.size() && (is_quote_line(lines[i + 1]) || (i + 2 < lines.size() && trim(lines[i + 1]).empty() &&
                                                                   is_quote_line(lines[i + 2]))))
      return true;
    if (l.find('@') != std::string_view::npos) return true;
  }
  return false;
}

bool is_separator_marker(std::string_view l) {
  std::string_view u = unbold(l);
  if (!u.starts_with("---")) return false;  // every marker below opens with a rule
  std::string low = text::lower(u);
  if (low.size() >= 3 && low.starts_with("---")) {
    if (low.find("original message") != std::string::npos || low.find("pesan asli") != std::string::npos || low.find("pesan awal") != std::string::npos ||
        low.find("message d'origine") != std::string::npos)
      return true;
  }
  return false;
}

// The words a forward marker may open with, whatever its length ("Begin forwarded message:" and the Indonesian
// mail apps' own). Every other marker below is short or opens with a rule, which is what lets the scan in
// extract_own_words ask a long line only for these.
constexpr std::array<std::string_view, 3> kForwardOpenings = {"begin forwarded message", "awal pesan yang diteruskan",
                                                              "mulai pesan terusan"};

bool opens_as_forward(std::string_view u) {
  return std::any_of(kForwardOpenings.begin(), kForwardOpenings.end(),
                     [&](std::string_view o) { return istarts_with(u, o); });
}

bool is_forward_marker(std::string_view l) {
  std::string low = text::lower(unbold(l));
  if (low.find("forwarded message") != std::string::npos && (low.starts_with("-") || low.starts_with("=") || low.size() < 50))
    return true;
  if (low.find("pesan terusan") != std::string::npos && (low.starts_with("-") || low.size() < 50)) return true;
  if (low.find("pesan yang diteruskan") != std::string::npos && low.size() < 60) return true;
  return opens_as_forward(low);
}

// Whether `l` holds "forward" or "terus" in any case: one pass for both words.
bool names_forward(std::string_view l) {
  auto rest_is = [&](std::size_t i, std::string_view rest) {
    if (l.size() - i - 1 < rest.size()) return false;
    for (std::size_t k = 0; k < rest.size(); ++k)
      if ((l[i + 1 + k] | 0x20) != rest[k]) return false;
    return true;
  };
  for (std::size_t i = 0; i < l.size(); ++i) {
    const char c = static_cast<char>(l[i] | 0x20);
    if ((c == 'f' && rest_is(i, "orward")) || (c == 't' && rest_is(i, "erus"))) return true;
  }
  return false;
}

bool is_underscore_rule(std::string_view l) {
  l = trim(l);
  if (l.size() < 10) return false;
  for (char c : l)
    if (c != '_' && c != '-' && c != '=') return false;
  return true;
}

// An Outlook-style block: a From/Dari line and, within the next five lines, another header line.
bool is_outlook_block_at(const std::vector<std::string_view>& lines, std::size_t i) {
  if (!is_from_line(lines[i]) || !is_header_line(lines[i])) return false;
  int more = 0;
  for (std::size_t k = i + 1; k < lines.size() && k <= i + 6; ++k)
    if (is_header_line(lines[k])) ++more;
  return more >= 1;
}

bool is_footer_line(std::string_view l) {
  const std::string_view t = trim(l);
  if (t.empty() || t.size() > 90) return false;
  // Compared in either case where the words stand (a lowered copy of every short line was most of the cost).
  constexpr std::array<std::string_view, 22> kStarts = {
      "sent from my",      "sent from mail for windows", "sent from yahoo mail", "sent from outlook",
      "sent from the all new aol", "sent via",            "sent from samsung",   "sent from huawei",
      "sent from xiaomi",  "get outlook for",            "dikirim dari",        "terkirim dari",
      "dapatkan outlook",  "diketik dari",               "dikirim melalui",     "dikirim menggunakan",
      "sent using",        "sent from gmail",            "sent from proton",    "kirim dari",
      "sent with",         "sent from iphone"};
  // (Each opening asked only of a line that starts with its first letter: most lines start with none of them.)
  const char first = text::fold(t[0]);
  for (auto s : kStarts)
    if (first == s[0] && istarts_with(t, s)) return true;
  if (text::icontains(t, "avast.com")) return true;
  if (text::iequals(t, "virus-free.") || text::iequals(t, "virus-free") || istarts_with(t, "virus-free. www") ||
      text::iequals(t, "bebas virus.") || text::iequals(t, "bebas virus") || istarts_with(t, "bebas virus. www"))
    return true;
  if (istarts_with(t, "please consider the environment") || istarts_with(t, "mohon pertimbangkan lingkungan"))
    return true;
  // A mail app's tracking mark ("<#dab4fad8-2dd7-40bb-a1b8-4e2aa1f9fdf2>").
  if (t.starts_with("<#")) return true;
  return false;
}

bool is_disclaimer_start(std::string_view l) {
  const std::string_view u = unbold(l);
  constexpr std::array<std::string_view, 18> kStarts = {
      "disclaimer",        "confidentiality notice", "confidentiality:",       "this e-mail and any",
      "this email and any", "this message and any",  "this e-mail message",    "this email message is",
      "this email is confidential", "the information contained in this", "this communication is confidential",
      "email ini dan lampiran", "e-mail ini dan lampiran", "email ini bersifat rahasia", "informasi dalam email ini",
      "informasi yang terdapat dalam email", "pernyataan penyangkalan", "peringatan kerahasiaan"};
  for (auto s : kStarts)
    if (istarts_with(u, s)) return true;
  return false;
}

struct Cleaned {
  std::vector<std::string_view> lines;
  bool cut = false;
};

// Whether line `l` may open history at all, by its first byte and its last: an attribution opens with "On", "Pada",
// "Le" or "Am" or ends with ':' ("... wrote:"), a separator with "---", an Outlook block with "From"/"Dari"/"De:", a
// rule with '_', '-' or '='; a '>', '*' or '_' first is read in full below. Most lines of a mail open none, and the
// readers below each trim and unbold the line again.
bool may_open_history(std::string_view l) {
  l = trim(l);
  if (l.empty()) return false;
  if (l.back() == ':') return true;
  switch (text::fold(l.front())) {
    case 'o': case 'p': case 'l': case 'a': case 'f': case 'd': case '-': case '_': case '=': case '>': case '*':
      return true;
    default:
      return false;
  }
}

// Where the history starts at line i: an attribution, a separator, an Outlook header block, or an
// underscore rule above a "From:" line.
bool is_history_at(const std::vector<std::string_view>& in, std::size_t i) {
  if (!may_open_history(in[i])) return false;
  return is_attribution_at(in, i) || is_separator_marker(in[i]) || is_outlook_block_at(in, i) ||
         (is_underscore_rule(in[i]) && i + 1 < in.size() &&
          (is_from_line(in[i + 1]) || (i + 2 < in.size() && trim(in[i + 1]).empty() && is_from_line(in[i + 2]))));
}

// A bottom-posted or interleaved answer: under an attribution ("Pada ... menulis:") and the history
// it quotes with '>', the requester wrote on. Those lines, up to the next history marker; none when
// the history is not quoted with '>' (Outlook and Yahoo quote without it, and what follows their
// attribution is the older mail itself).
std::vector<std::string_view> written_under_the_quote(const std::vector<std::string_view>& in, std::size_t at) {
  std::size_t j = at;
  for (std::size_t k = 0; k <= 2 && at + k < in.size(); ++k) {  // the attribution's last line ends in ':'
    std::string_view l = trim(in[at + k]);
    while (!l.empty() && l.back() == '*') l.remove_suffix(1);
    if (l.ends_with(':')) {
      j = at + k + 1;
      break;
    }
  }
  if (j == at) return {};
  while (j < in.size() && trim(in[j]).empty()) ++j;
  if (j >= in.size() || !is_quote_line(in[j])) return {};
  std::vector<std::string_view> below;
  for (; j < in.size(); ++j) {
    if (is_quote_line(in[j])) continue;
    if (!trim(in[j]).empty() && is_history_at(in, j)) break;
    if (!below.empty() || !trim(in[j]).empty()) below.push_back(in[j]);
  }
  return below;
}

// Reply cleaning over lines: cut at the first history marker (keeping what the requester wrote under
// a quote), drop '>' lines and footers, cut a disclaimer near the end.
// A memo's heading typed with its colons aligned ("Dari      : Ayu ..., Kepala Bagian ...\nUnit      :
// ...\nKepada    : PST ..."): mail programs write "Dari:" unpadded, a person lines the colons up.
bool aligned_colon(std::string_view l) {
  const std::size_t colon = l.find(':');
  return colon != std::string_view::npos && colon >= 2 && l.substr(0, colon).find("  ") != std::string_view::npos;
}

// `new_mail`: the subject is no reply's nor forward's. Such a mail quotes no history, so a header block
// in it typed as a memo's heading is its own words.
Cleaned clean_reply(const std::vector<std::string_view>& in, bool new_mail = false) {
  Cleaned out;
  std::size_t cut = in.size();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (new_mail && aligned_colon(in[i]) && is_outlook_block_at(in, i)) continue;
    if (is_history_at(in, i)) {
      cut = i;
      out.cut = true;
      break;
    }
  }
  std::vector<std::string_view> under;
  if (cut < in.size() && is_attribution_at(in, cut)) under = written_under_the_quote(in, cut);
  std::vector<std::string_view> kept;
  kept.reserve(cut + under.size() + 1);  // (grown a line at a time it was reallocated a dozen times on a long mail)
  auto keep = [&](std::string_view l) {
    if (is_quote_line(l)) {
      out.cut = true;
      return;
    }
    if (!is_footer_line(l)) kept.push_back(l);
  };
  for (std::size_t i = 0; i < cut; ++i) keep(in[i]);
  if (!under.empty()) {
    kept.emplace_back();  // a paragraph break between what was written above and under the quote
    for (std::string_view l : under) keep(l);
  }
  // Disclaimers sit at the end: cut from one that starts within the last 25 lines.
  for (std::size_t i = 1; i < kept.size(); ++i) {
    if (kept.size() - i <= 25 && is_disclaimer_start(kept[i])) {
      kept.resize(i);
      break;
    }
  }
  // Collapse runs of blank lines, trim blank lines at both ends.
  out.lines.reserve(kept.size());
  for (auto l : kept) {
    bool blank = trim(l).empty();
    if (blank && (out.lines.empty() || trim(out.lines.back()).empty())) continue;
    out.lines.push_back(l);
  }
  while (!out.lines.empty() && trim(out.lines.back()).empty()) out.lines.pop_back();
  return out;
}

std::string join(const std::vector<std::string_view>& lines) {
  std::string s;
  std::size_t total = lines.size();
  for (std::string_view l : lines) total += l.size();
  s.reserve(total);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) s += '\n';
    std::string_view l = lines[i];
    while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
    s += l;
  }
  return s;
}

// "Name <addr>", "\"Name\" <addr>", "addr", "Name [mailto:addr]".
Address parse_loose_address(std::string_view v) {
  Address a;
  v = trim(v);
  std::size_t lt = v.find('<');
  std::size_t gt = v.find('>', lt == std::string_view::npos ? 0 : lt);
  std::size_t open = lt, close = gt;
  if (lt == std::string_view::npos || gt == std::string_view::npos) {
    open = v.find("[mailto:");
    close = v.find(']', open == std::string_view::npos ? 0 : open);
    if (open != std::string_view::npos && close != std::string_view::npos) {
      a.address = std::string(trim(v.substr(open + 8, close - open - 8)));
      a.name = std::string(trim(v.substr(0, open)));
    } else if (v.find('@') != std::string_view::npos && v.find(' ') == std::string_view::npos) {
      a.address = std::string(v);
    } else {
      a.name = std::string(v);
    }
  } else {
    a.address = std::string(trim(v.substr(lt + 1, gt - lt - 1)));
    if (a.address.starts_with("mailto:")) a.address.erase(0, 7);
    a.name = std::string(trim(v.substr(0, lt)));
  }
  while (!a.name.empty() && (a.name.front() == '"' || a.name.front() == '\'' || a.name.front() == '*'))
    a.name.erase(0, 1);
  while (!a.name.empty() && (a.name.back() == '"' || a.name.back() == '\'' || a.name.back() == '*' ||
                             a.name.back() == ' '))
    a.name.pop_back();
  std::size_t at = a.address.find('@');
  if (at != std::string::npos)
    for (std::size_t k = at; k < a.address.size(); ++k) a.address[k] = text::lower(a.address.substr(k, 1))[0];
  return a;
}

std::string_view header_value(std::string_view l) {
  std::string_view u = unbold(l);
  std::size_t colon = u.find(':');
  if (colon == std::string_view::npos) return {};
  std::string_view v = u.substr(colon + 1);
  while (!v.empty() && v.front() == '*') v.remove_prefix(1);
  return trim(v);
}

}  // namespace

namespace {
// "Re:", "RE:", "AW:", "SV:", "Balas:": what an answer's subject opens with.
constexpr std::array<std::string_view, 7> kReplyPrefixes = {"re:", "re :", "aw:", "sv:", "vs:", "bls:", "balas:"};
bool opens_with_reply_prefix(std::string_view s) {
  return std::any_of(kReplyPrefixes.begin(), kReplyPrefixes.end(),
                     [&](std::string_view p) { return istarts_with(s, p); });
}
}  // namespace

bool subject_is_reply(std::string_view subject) {
  std::string_view s = trim(subject);
  for (int guard = 0; guard < 10 && !s.empty(); ++guard) {
    if (s.front() == '[') {
      std::size_t close = s.find(']');
      if (close == std::string_view::npos) break;
      // A ticket's tag answers, whatever the office's prefix ("[PST-2026-00042]", "[JMB-2026-00042]"); a list's or
      // a writer's own tag ("[Permohonan Data]") does not.
      if (parse_ticket_number(s.substr(1, close - 1))) return true;
      s = trim(s.substr(close + 1));
      continue;
    }
    if (opens_with_reply_prefix(s)) return true;
    break;
  }
  return false;
}

bool subject_is_forward(std::string_view subject) {
  std::string_view s = trim(subject);
  for (int guard = 0; guard < 10 && !s.empty(); ++guard) {
    if (s.front() == '[') {  // "[PST-2026-00042] Fwd: ..." or a list tag
      std::size_t close = s.find(']');
      if (close == std::string_view::npos) break;
      s = trim(s.substr(close + 1));
      continue;
    }
    if (opens_with_reply_prefix(s)) {
      s = trim(s.substr(s.find(':') + 1));
      continue;
    }
    break;
  }
  return istarts_with(s, "fwd:") || istarts_with(s, "fw:") || istarts_with(s, "tr:") || istarts_with(s, "wg:") ||
         istarts_with(s, "fwd ") || istarts_with(s, "terusan:") || istarts_with(s, "[fwd:");
}


OwnWords extract_own_words(std::string_view body, std::string_view subject) {
  OwnWords out;
  // The own words are what officers read: typography stays as written (issue 20); each analyser
  // folds it for itself (text::normalize).
  std::string norm =
      text::normalize(body.substr(0, std::min(body.size(), text::kMaxScanBytes)), text::Typography::keep);
  std::vector<std::string_view> lines = text::split_lines(norm);

  // Where does a forwarded message start? Every forward marker says "forward" or "terus(an)" and is
  // short, or opens with a rule ("-----", "=====") or with "Begin"/"Awal"/"Mulai": the long lines of
  // a mail's text are not asked, and the rest only when they hold one of the two words.
  std::vector<char> may_mark(lines.size(), 0);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view u = unbold(lines[i]);
    if (u.empty()) continue;
    const char first = static_cast<char>(u.front() | 0x20);
    if (u.size() >= 60 && first != '-' && first != '=') {
      // A long line that opens with no rule is a marker only by its opening words (kForwardOpenings): asked at its
      // start, not searched for throughout (a search through every long line was 2 % of understanding a long mail).
      may_mark[i] = opens_as_forward(u);
      continue;
    }
    may_mark[i] = names_forward(u);
  }
  std::size_t fwd = lines.size();
  std::size_t header_start = lines.size();
  bool fw_subject = subject_is_forward(subject);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (may_mark[i] && is_forward_marker(lines[i])) {
      fwd = i;
      header_start = i + 1;
      break;
    }
    // Outlook forwards look like replies; the subject tells them apart. A forward's note is short.
    if (fw_subject && i < 40 && !is_quote_line(lines[i])) {
      if (is_separator_marker(lines[i])) {
        fwd = i;
        header_start = i + 1;
        break;
      }
      if (is_underscore_rule(lines[i]) && i + 1 < lines.size() && is_from_line(lines[i + 1])) {
        fwd = i;
        header_start = i + 1;
        break;
      }
      if (is_outlook_block_at(lines, i)) {
        fwd = i;
        header_start = i;
        break;
      }
    }
  }

  if (fwd == lines.size()) {
    Cleaned c = clean_reply(lines, !fw_subject && !opens_with_reply_prefix(trim(subject)));
    out.text = join(c.lines);
    out.cut_history = c.cut;
    return out;
  }

  out.forwarded = true;
  out.cut_history = true;
  std::vector<std::string_view> note(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(fwd));
  out.forward_note = join(clean_reply(note).lines);
  // The forwarded header block: header lines, possibly after blank lines, possibly wrapped values.
  std::size_t i = header_start;
  while (i < lines.size() && trim(lines[i]).empty()) ++i;
  bool in_headers = true;
  while (i < lines.size() && in_headers) {
    std::string_view l = lines[i];
    if (is_header_line(l)) {
      std::string_view v = header_value(l);
      std::string_view key = unbold(l);
      if (is_from_line(l)) out.forwarded_from = parse_loose_address(v);
      else if (istarts_with(key, "to:") || istarts_with(key, "kepada:")) out.forwarded_to = std::string(v);
      else if (istarts_with(key, "subject") || istarts_with(key, "subjek") || istarts_with(key, "perihal") ||
               istarts_with(key, "judul"))
        out.forwarded_subject = std::string(v);
      ++i;
    } else if (trim(l).empty()) {
      in_headers = false;
      ++i;
    } else if (i > header_start && (l.front() == ' ' || l.front() == '\t')) {
      ++i;  // folded continuation of a header value
    } else {
      in_headers = false;
    }
  }
  std::vector<std::string_view> rest(lines.begin() + static_cast<std::ptrdiff_t>(std::min(i, lines.size())),
                                     lines.end());
  // The forwarded body may itself carry history or a second forward: keep only its own words.
  Cleaned c = clean_reply(rest);
  out.text = join(c.lines);
  if (out.forwarded_from && out.forwarded_from->address.empty() && out.forwarded_from->name.empty())
    out.forwarded_from.reset();
  return out;
}

OwnWords own_words_of(const DecodedMail& mail) {
  OwnWords ow = extract_own_words(mail.text, mail.subject);
  // A mail forwarded as an attachment (message/rfc822): when the forwarder wrote little or nothing
  // of substance, the request is the attached mail's.
  if (!ow.forwarded && !mail.forwarded.empty()) {
    const ForwardedMail& f = mail.forwarded.front();
    OwnWords inner = extract_own_words(f.text, f.subject);
    if (!text::trim(inner.text).empty()) {
      inner.forward_note = ow.text;
      inner.forwarded = true;
      inner.cut_history = true;
      inner.forwarded_from = f.from;
      inner.forwarded_subject = f.subject;
      for (const Address& a : f.to) inner.forwarded_to += (inner.forwarded_to.empty() ? "" : ", ") + a.address;
      ow = std::move(inner);
    }
  }
  return ow;
}

}  // namespace pst
