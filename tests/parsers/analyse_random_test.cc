// analyse_random_test.cc: the whole parse path on hostile but realistic input. 3,000 mails whose subject and body
// are random stretches of the labelled corpus (corpus_stretches.h) - plain or quoted-printable, some replying
// above a quoted message, some under a closure's subject that asks for a score - are read by decode_mail and
// analyse. For any input: the analysis serialises to valid UTF-8 JSON, a name or institution found is not
// empty, the request's summary keeps to its 200 bytes, a rating lies on its scale, and "missing" lists only what
// a request lacks. Under ASan + UBSan (tests/sanitised/) a read out of bounds or through a dangling view aborts.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "parsers/analyse.h"
#include "parsers/charset.h"
#include "parsers/mime_decode.h"
#include "parsers/parsed_mail_json.h"
#include "tests/parsers/corpus_stretches.h"

namespace pst {
namespace {

// A line of `text` fit for a header: its first line, at most 90 bytes, cut before a UTF-8 continuation byte.
std::string header_line(const std::string& text) {
  std::string s = text.substr(0, text.find('\n'));
  if (s.size() > 90) {
    std::size_t cut = 90;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s.resize(cut);
  }
  return s;
}

// `text` as quoted-printable, lines under 76 bytes.
std::string quoted_printable(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  std::size_t line = 0;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    std::string piece;
    if (c == '\n') {
      out += "\r\n";
      line = 0;
      continue;
    }
    if (c == '=' || c >= 0x80) piece = {'=', kHex[c >> 4], kHex[c & 15]};
    else piece = std::string(1, ch);
    if (line + piece.size() > 73) {
      out += "=\r\n";
      line = 0;
    }
    out += piece;
    line += piece.size();
  }
  return out;
}

TEST(AnalyseRandom, StretchesOfTheCorpusAsMailsGiveValidAnalyses) {
  const std::vector<std::vector<std::string>> bodies =
      testing_corpus::corpus_bodies(testing_corpus::corpus_mails());
  ASSERT_GT(bodies.size(), 3000u);
  std::mt19937 rng(20261208);
  const auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  const MimeLimits limits;
  std::size_t named = 0, requests = 0;
  for (int n = 0; n < 3000; ++n) {
    std::string subject = header_line(testing_corpus::random_stretches(bodies, rng));
    const std::size_t shape = pick(6);
    if (shape == 0) subject = "Re: [PST-2026-00012] Layanan selesai - mohon penilaian Anda";
    if (shape == 1) subject = "Re: " + subject;
    std::string body = testing_corpus::random_stretches(bodies, rng);
    if (pick(2) == 0) body += "\n" + testing_corpus::random_stretches(bodies, rng);
    if (shape == 1) body += "\n\nPada Sen, 7 Des 2026, PST <bps5101@bps.go.id> menulis:\n> " +
                            testing_corpus::random_stretches(bodies, rng) + "\n";
    const bool qp = pick(3) == 0;
    std::string raw = "From: Penguji <penguji@example.com>\r\nTo: PST <bps5101@bps.go.id>\r\nSubject: " + subject +
                      "\r\nDate: Mon, 7 Dec 2026 09:00:00 +0800\r\nMessage-ID: <random." + std::to_string(n) +
                      "@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n" +
                      (qp ? "Content-Transfer-Encoding: quoted-printable\r\n" : "") + "\r\n";
    if (qp) {
      raw += quoted_printable(body);
    } else {
      for (const char c : body) raw += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    const ParsedMail p = analyse(decode_mail(raw, limits));
    const std::string json = parsed_mail_json(p);
    ASSERT_TRUE(is_valid_utf8(json)) << raw;
    if (p.requester.name) {
      EXPECT_FALSE(p.requester.name->empty()) << raw;
    }
    if (p.requester.institution) {
      EXPECT_FALSE(p.requester.institution->empty()) << raw;
    }
    if (p.request) {
      EXPECT_LE(p.request->size(), 200u) << raw;
    }
    if (p.rating) {
      const double scale = p.rating_scale.value_or(5);
      EXPECT_TRUE(*p.rating >= 0 && *p.rating <= scale) << raw;
    }
    for (const std::string& m : p.missing) EXPECT_TRUE(m == "name" || m == "institution" || m == "request") << m;
    if (p.kind != MailKind::request) {
      EXPECT_TRUE(p.missing.empty()) << raw;
    }
    named += p.requester.name.has_value();
    requests += p.request.has_value();
  }
  // The mails reach the rules: many name someone, many state a request.
  EXPECT_GT(named, 300u);
  EXPECT_GT(requests, 600u);
}

}  // namespace
}  // namespace pst
