// ticket_number_test.cc: finding a ticket number in free text. The search looks only where a '-'
// follows a letter; it must find exactly what a scan from every word start finds (the rule it
// replaced on the hot path, kept here as the reference), on table cases and random texts.
#include "common/ticket_number.h"

#include <gtest/gtest.h>

#include <cctype>
#include <random>

namespace pst {
namespace {

std::string shown(const std::optional<TicketNumber>& t) { return t ? t->str() : "none"; }

TEST(FindTicketNumberInText, TableCases) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"mohon info tiket PST-2026-00042 ya", "PST-2026-00042"},
      {"pst-2026-00042", "PST-2026-00042"},
      {"(PST-2026-00042)", "PST-2026-00042"},
      {"xPST-2026-00042 and PST-2026-00043", "XPST-2026-00042"},
      {"1PST-2026-00042", "none"},
      {"PST-2026-000421", "none"},
      {"PST-2026-0042", "none"},
      {"ABCDEFGHIJKLMNOPQ-2026-00042", "none"},  // 17 letters
      {"ABCDEFGHIJKLMNOP-2026-00042", "ABCDEFGHIJKLMNOP-2026-00042"},
      {"no-2026 PST-2025-00001", "PST-2025-00001"},
      {"-2026-00042 PST-2026-00007", "PST-2026-00007"},
      {"", "none"},
      {"nomor laporan CS-2611-08832 dan tiket PST-2026-02833", "PST-2026-02833"},  // not this century's year
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(shown(find_ticket_number_in_text(text)), want) << text;
}

// Another system's case number tagging our subject before our tag is passed over.
TEST(FindSubjectTag, AnotherSystemsCaseNumberIsNotOurs) {
  EXPECT_EQ(shown(find_subject_tag("[CS-2611-08832] Re: [PST-2026-02833] Permintaan data")), "PST-2026-02833");
  EXPECT_EQ(shown(find_subject_tag("Re: [PST-2026-00001] Data")), "PST-2026-00001");
  EXPECT_EQ(shown(find_subject_tag("[CS-2611-08832] Re: Data")), "none");
}

TEST(FindTicketNumberInText, AgreesWithAScanFromEveryWordStart) {
  // The reference as the code had it: every word start, match_number_at's rule via parse on the
  // exact length of a number (letters, '-', 4 digits, '-', 5 digits, not followed by a digit).
  auto reference = [](std::string_view text) -> std::optional<TicketNumber> {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (!std::isalpha(static_cast<unsigned char>(text[i]))) continue;
      if (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) continue;
      std::size_t k = i;
      while (k < text.size() && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
      const std::size_t len = (k - i) + 1 + 4 + 1 + 5;
      if (k - i > 16 || i + len > text.size()) continue;
      if (i + len < text.size() && std::isdigit(static_cast<unsigned char>(text[i + len]))) continue;
      if (auto t = parse_ticket_number(text.substr(i, len))) return t;
    }
    return std::nullopt;
  };
  const std::vector<std::string_view> pieces = {"PST", "pst", "x", "1", "-", "2026", "00042", "0004", "000421",
                                                " ", "(", ")", "é", "ab"};
  std::mt19937 rng(5);
  for (int round = 0; round < 50000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 10);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    ASSERT_EQ(shown(find_ticket_number_in_text(text)), shown(reference(text))) << "\"" << text << "\"";
  }
}

}  // namespace
}  // namespace pst
