// property_test.cc: random outgoing mail, built by compose/ (mimetic for the MIME entity), read back by
// parsers/: the same text and the same attachment bytes and names, for random UTF-8 text (every
// line-ending style, long lines, leading dots, "From ", '=', trailing blanks) and random attachment
// bytes and names (UTF-8, spaces, ';', quotes). Built twice: as compose_property_test in the normal
// build, and in tests/sanitised/'s sanitised_test with AddressSanitizer + UndefinedBehaviorSanitizer over
// compose/, parsers/ and common/. PST_PROPERTY_SEED and PST_PROPERTY_ROUNDS change the run.
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "compose/message_builder.h"
#include "parsers/mime_decode.h"

namespace pst {
namespace {

using namespace std::chrono;

unsigned env_number(const char* name, unsigned fallback) {
  const char* v = std::getenv(name);
  return v ? static_cast<unsigned>(std::strtoul(v, nullptr, 10)) : fallback;
}

class Random {
 public:
  explicit Random(unsigned seed) : rng_(seed) {}
  std::size_t below(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }

  // One character of text: mostly letters, some of everything QP and MIME must survive.
  std::string text_piece() {
    static const std::vector<std::string> kPieces = {
        " ", " ", "\t", ".", "=", "From ", "é", "–", "“", "”", "🙏", "數", "ü", "--", "=_", "?", "=?utf-8?q?x?=",
    };
    if (chance(75)) return std::string(1, static_cast<char>('a' + below(26)));
    return kPieces[below(kPieces.size())];
  }
  std::string text() {
    std::string t;
    const std::size_t lines = 1 + below(40);
    for (std::size_t l = 0; l < lines; ++l) {
      const std::size_t len = chance(10) ? 200 + below(700) : below(90);
      if (chance(15)) t += '.';
      for (std::size_t i = 0; i < len; ++i) t += text_piece();
      if (chance(10)) t += chance(50) ? " " : "\t";
      static const char* kEnds[] = {"\n", "\r\n", "\r"};
      if (l + 1 < lines || chance(70)) t += kEnds[below(3)];
    }
    return t;
  }
  std::string name() {
    static const std::vector<std::string> kPieces = {" ", ";", "\"", "é", "–", "🙏", "(", ")", "%", "'", "=", "數"};
    std::string n = std::string(1, static_cast<char>('A' + below(26)));
    const std::size_t len = below(chance(20) ? 120 : 30);
    for (std::size_t i = 0; i < len; ++i)
      n += chance(70) ? std::string(1, static_cast<char>('a' + below(26))) : kPieces[below(kPieces.size())];
    return n + ".bin";
  }
  std::string bytes() {
    std::string b(below(chance(10) ? 200000 : 3000), '\0');
    for (auto& c : b) c = static_cast<char>(below(256));
    return b;
  }

 private:
  std::mt19937 rng_;
};

// What a reader gets back from our text: LF line ends. Blanks and line breaks at the very end are not
// compared (the builder adds a line break, the decoder trims the end); inside the text they are.
std::string expected_text(const std::string& t) {
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\r') {
      out += '\n';
      if (i + 1 < t.size() && t[i + 1] == '\n') ++i;
    } else {
      out += t[i];
    }
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ' || out.back() == '\t')) out.pop_back();
  return out;
}

TEST(ComposeProperty, WhatIsBuiltReadsBackTheSame) {
  const unsigned seed = env_number("PST_PROPERTY_SEED", 20261204);
  const unsigned rounds = env_number("PST_PROPERTY_ROUNDS", 300);
  Random r(seed);
  for (unsigned round = 0; round < rounds; ++round) {
    SCOPED_TRACE("seed " + std::to_string(seed) + " round " + std::to_string(round));
    OutgoingMail m;
    m.from = {"bps5101@bps.go.id", "PST BPS Kabupaten Jembrana"};
    m.to = {{"ayu@example.org", "Ni Luh Ayú"}};
    m.subject = "[PST-2026-00042] Re: data";
    m.message_id = "pstmail.property." + std::to_string(round) + "@bps.go.id";
    m.date = sys_days{2026y / December / 4};
    m.text_body = r.text();
    const std::size_t n_attachments = r.below(4);
    for (std::size_t i = 0; i < n_attachments; ++i) m.attachments.push_back({r.name(), "application/octet-stream", r.bytes()});

    const std::string raw = build_message(m);
    const DecodedMail d = decode_mail(raw, MimeLimits{});
    ASSERT_TRUE(d.problems.empty()) << raw.substr(0, 2000);
    std::string text = d.text;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\t')) text.pop_back();
    ASSERT_EQ(text, expected_text(m.text_body)) << raw.substr(0, 4000);
    ASSERT_EQ(d.attachments.size(), m.attachments.size());
    for (std::size_t i = 0; i < n_attachments; ++i) {
      EXPECT_EQ(d.attachments[i].filename, m.attachments[i].filename);
      const auto bytes = extract_part(raw, d.attachments[i].part_id, MimeLimits{});
      ASSERT_TRUE(bytes.has_value());
      EXPECT_TRUE(*bytes == m.attachments[i].bytes) << "attachment " << i << " differs";
    }
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace pst
