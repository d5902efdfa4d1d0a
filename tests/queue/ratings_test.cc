// ratings_test.cc: rating tokens (form, forgery, expiry, reuse), recording and replacing ratings,
// score conversion from other scales, feedback cleaning, and the satisfaction index with the grade
// table of PermenPANRB 14/2017.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "config/config.h"
#include "queue/ratings.h"
#include "queue/store.h"
#include "queue/tickets.h"

namespace pst {
namespace {
namespace fs = std::filesystem;
using std::chrono::days;
using std::chrono::seconds;

const Instant kNow = Instant{seconds{1796004000}};  // 2026-11-30 02:00 UTC
const std::string kKey = "0123456789abcdef0123456789abcdef";

class RatingsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pst-ratings-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    db_ = open_store((dir_ / "pst.db").string());
    Transaction tx(*db_);
    Ticket t;
    t.kind = TicketKind::request;
    t.state = TicketState::closed;
    t.requester_address = "putu@example.test";
    t.subject = "Data penduduk";
    t.received = kNow - days(3);
    insert_ticket(*db_, t, "PST", 2026, kNow);
    ticket_ = t;
    tx.commit();
  }
  void TearDown() override {
    db_.reset();
    fs::remove_all(dir_);
  }

  std::string issue(Instant at = kNow, int days_valid = 30) {
    Transaction tx(*db_);
    std::string token = issue_rating_token(*db_, kKey, ticket_.id, days_valid, at);
    tx.commit();
    return token;
  }

  int count(const std::string& sql) {
    Statement s = db_->prepare(sql);
    return s.step() ? s.integer(0) : -1;
  }

  fs::path dir_;
  std::unique_ptr<Database> db_;
  Ticket ticket_;
};

TEST_F(RatingsTest, IssuedTokenVerifiesUntilItExpires) {
  std::string token = issue();
  EXPECT_EQ(token.rfind(ticket_.number + ".", 0), 0u) << token;
  VerifiedToken v = verify_rating_token(*db_, kKey, token, kNow + days(29));
  EXPECT_EQ(v.check, TokenCheck::ok);
  EXPECT_EQ(v.ticket_id, ticket_.id);
  EXPECT_EQ(verify_rating_token(*db_, kKey, token, kNow + days(30)).check, TokenCheck::expired);
}

TEST_F(RatingsTest, SecondClosureReusesTheNonceAndExtendsTheExpiry) {
  std::string first = issue(kNow);
  std::string second = issue(kNow + days(10));
  EXPECT_NE(first, second);  // later expiry
  // The first link still works until its own expiry; the second lasts longer.
  EXPECT_EQ(verify_rating_token(*db_, kKey, first, kNow + days(29)).check, TokenCheck::ok);
  EXPECT_EQ(verify_rating_token(*db_, kKey, first, kNow + days(31)).check, TokenCheck::expired);
  EXPECT_EQ(verify_rating_token(*db_, kKey, second, kNow + days(39)).check, TokenCheck::ok);
  EXPECT_EQ(count("SELECT count(*) FROM rating_tokens"), 1);
}

TEST_F(RatingsTest, ForgedTokensAreRefused) {
  std::string token = issue();
  auto parts = *parse_rating_token(token);
  struct Case {
    std::string name, token;
  } cases[] = {
      {"other key", make_rating_token("another key of 16+ bytes", parts.ticket_number, parts.expires, "x")},
      {"longer expiry", parts.ticket_number + "." + std::to_string(parts.expires + 86400) + "." + parts.mac},
      {"flipped mac char", token.substr(0, token.size() - 1) + (token.back() == 'A' ? "B" : "A")},
      {"other ticket", "PST-2026-00099." + std::to_string(parts.expires) + "." + parts.mac},
  };
  for (const auto& c : cases) EXPECT_EQ(verify_rating_token(*db_, kKey, c.token, kNow).check, TokenCheck::forged) << c.name;
  // An expired forgery is still a forgery.
  EXPECT_EQ(verify_rating_token(*db_, kKey, cases[1].token, kNow + days(400)).check, TokenCheck::forged);
  // Revoking: without the stored nonce no token of the ticket verifies.
  db_->exec("DELETE FROM rating_tokens");
  EXPECT_EQ(verify_rating_token(*db_, kKey, token, kNow).check, TokenCheck::forged);
}

TEST_F(RatingsTest, MalformedTokensAreRefusedBeforeAnyLookup) {
  std::string token = issue();
  const char* bad[] = {"", "x", "PST-2026-00001", "PST-2026-00001.123", "pst-2026-00001.1798000000.abc",
                       "PST-2026-1.1798000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                       "PST-2026-00001.01798000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                       "PST-2026-00001.17980x0000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                       "PST-2026-00001.1798000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                       "PST-2026-00001.1798000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                       "../../etc/passwd"};
  for (const char* b : bad) EXPECT_EQ(verify_rating_token(*db_, kKey, b, kNow).check, TokenCheck::malformed) << b;
  EXPECT_EQ(verify_rating_token(*db_, kKey, token + std::string(200, 'A'), kNow).check, TokenCheck::malformed);
}

TEST_F(RatingsTest, Base64UrlFollowsRfc4648TestVectorsWithoutPadding) {
  // RFC 4648 section 10, in the URL alphabet and without "=".
  EXPECT_EQ(base64url(""), "");
  EXPECT_EQ(base64url("f"), "Zg");
  EXPECT_EQ(base64url("fo"), "Zm8");
  EXPECT_EQ(base64url("foo"), "Zm9v");
  EXPECT_EQ(base64url("foob"), "Zm9vYg");
  EXPECT_EQ(base64url("fooba"), "Zm9vYmE");
  EXPECT_EQ(base64url("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64url("\xfb\xff"), "-_8");
}

TEST_F(RatingsTest, RatingLinkNeedsTheRatingSectionAndAKey) {
  Config cfg;
  EXPECT_EQ(rating_link_for(*db_, cfg, ticket_.id, kNow), std::nullopt);
  cfg.rating.emplace();
  cfg.rating->base_url = "https://pst.example/r/";
  cfg.rating->key_file = (dir_ / "rating.key").string();
  { std::ofstream(*cfg.rating->key_file) << "short\n"; }
  EXPECT_THROW((void)rating_link_for(*db_, cfg, ticket_.id, kNow), std::runtime_error);
  { std::ofstream(*cfg.rating->key_file) << kKey << "\n"; }
  Transaction tx(*db_);
  std::optional<std::string> link = rating_link_for(*db_, cfg, ticket_.id, kNow);
  ASSERT_TRUE(link);
  ASSERT_EQ(link->rfind("https://pst.example/r/" + ticket_.number + ".", 0), 0u) << *link;
  std::string token = link->substr(std::string("https://pst.example/r/").size());
  EXPECT_EQ(verify_rating_token(*db_, kKey, token, kNow).check, TokenCheck::ok);
}

TEST_F(RatingsTest, LaterRatingReplacesTheEarlierOneAndKeepsItsCreationTime) {
  RatingInput a;
  a.overall = 2;
  a.elements[0] = 1;
  a.feedback = "lambat";
  {
    Transaction tx(*db_);
    EXPECT_FALSE(record_rating(*db_, ticket_.id, a, kNow));
    tx.commit();
  }
  RatingInput b;
  b.overall = 5;
  b.elements[8] = 4;
  b.feedback = "ternyata cepat";
  {
    Transaction tx(*db_);
    EXPECT_TRUE(record_rating(*db_, ticket_.id, b, kNow + days(1)));
    tx.commit();
  }
  std::optional<StoredRating> r = find_rating(*db_, ticket_.id);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->overall, 5);
  EXPECT_EQ(r->elements[0], std::nullopt);
  EXPECT_EQ(r->elements[8], 4);
  EXPECT_EQ(r->feedback, "ternyata cepat");
  EXPECT_EQ(r->created, kNow);
  EXPECT_EQ(r->updated, kNow + days(1));
  EXPECT_EQ(count("SELECT count(*) FROM ratings"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'rating_recorded'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'rating_replaced'"), 1);
}

TEST_F(RatingsTest, OutOfRangeScoresAreRefused) {
  RatingInput r;
  r.overall = 6;
  Transaction tx(*db_);
  EXPECT_THROW(record_rating(*db_, ticket_.id, r, kNow), std::invalid_argument);
  r.overall = 3;
  r.elements[2] = 5;
  EXPECT_THROW(record_rating(*db_, ticket_.id, r, kNow), std::invalid_argument);
}

TEST(ScoreToFive, ConvertsStatedScales) {
  struct Case {
    double value;
    std::optional<double> scale;
    std::optional<int> five;
  } cases[] = {
      {4, std::nullopt, 4}, {5, 5.0, 5}, {1, 5.0, 1}, {3, 4.0, 4}, {4, 4.0, 5}, {1, 4.0, 1}, {2, 4.0, 2},
      {9, 10.0, 5},         {7, 10.0, 4}, {1, 10.0, 1}, {80, 100.0, 4}, {2, 3.0, 3}, {6, std::nullopt, std::nullopt},
      {0, 5.0, std::nullopt}, {5, 4.0, std::nullopt}, {4.5, 5.0, 5},
  };
  for (const auto& c : cases)
    EXPECT_EQ(score_to_five(c.value, c.scale), c.five) << c.value << "/" << c.scale.value_or(-1);
}

TEST(CleanFeedback, KeepsTextDropsControlsAndCutsOnACharacterBoundary) {
  EXPECT_EQ(clean_feedback("  Terima kasih,\r\nsangat membantu!\x01\x7f  \n"), "Terima kasih,\nsangat membantu!");
  EXPECT_EQ(clean_feedback("caf\xc3"), "caf\xef\xbf\xbd");  // invalid UTF-8 replaced
  std::string long_text(kMaxFeedbackBytes - 1, 'a');
  long_text += "\xc3\xa9\xc3\xa9";
  std::string cut = clean_feedback(long_text);
  EXPECT_EQ(cut.size(), kMaxFeedbackBytes - 1);
}

TEST(SatisfactionGrade, FollowsTheRegulationsConversionTable) {
  struct Case {
    double index;
    char grade;
  } cases[] = {{100, 'A'}, {88.31, 'A'}, {88.305, 'A'}, {88.30, 'B'}, {76.61, 'B'}, {76.60, 'C'},
               {65.00, 'C'}, {64.99, 'D'}, {25.00, 'D'}};
  for (const auto& c : cases) EXPECT_EQ(satisfaction_grade(c.index), c.grade) << c.index;
}

TEST(SummariseRatings, ElementMeansIndexAndDistribution) {
  std::vector<StoredRating> rs(2);
  rs[0].overall = 5;
  rs[1].overall = 3;
  for (std::size_t i = 0; i < kElementCount; ++i) {
    rs[0].elements[i] = 4;
    rs[1].elements[i] = 3;
  }
  rs[1].elements[3] = std::nullopt;  // cost not answered by the second: its mean is 4
  SatisfactionSummary s = summarise_ratings(rs);
  EXPECT_EQ(s.count, 2u);
  EXPECT_EQ(s.distribution[4], 1u);
  EXPECT_EQ(s.distribution[2], 1u);
  EXPECT_DOUBLE_EQ(*s.overall_mean, 4.0);
  EXPECT_DOUBLE_EQ(*s.element_means[0], 3.5);
  EXPECT_DOUBLE_EQ(*s.element_means[3], 4.0);
  // (8 x 3.5 + 4) / 9 x 25 = 88.888... -> 88.89, grade A.
  EXPECT_DOUBLE_EQ(*s.index, 88.89);
  EXPECT_EQ(s.grade, 'A');

  rs[0].elements[8] = std::nullopt;
  rs[1].elements[8] = std::nullopt;
  s = summarise_ratings(rs);
  EXPECT_FALSE(s.index) << "the index needs all nine elements";
  EXPECT_FALSE(summarise_ratings({}).overall_mean);
}

}  // namespace
}  // namespace pst

namespace pst {
namespace {

TEST(RedactRatingTokens, HidesExpiryAndMacButKeepsTheTicketAndTheRestOfTheText) {
  const std::string mac(43, 'A');
  const std::string mac2 = "abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJ-01234";
  ASSERT_EQ(mac2.size(), 43u);
  EXPECT_EQ(redact_rating_tokens("Nilai: https://pst.example/r/PST-2026-00042.1798000000." + mac + "\nTerima kasih."),
            "Nilai: https://pst.example/r/PST-2026-00042.…\nTerima kasih.");
  EXPECT_EQ(redact_rating_tokens("> https://x/r/PST-2026-7.17." + mac2 + "> lagi PST-2026-8.1." + mac),
            "> https://x/r/PST-2026-7.…> lagi PST-2026-8.…");
  // Not tokens: a mac one character short or long, a decimal number, an ordinary sentence.
  for (const std::string& keep : {"PST-2026-1.1798." + mac.substr(1), "PST-2026-1.1798." + mac + "B",
                                  std::string("versi 1.2.3 dan 3.14."), std::string("Jumlah penduduk 85.000 jiwa.")})
    EXPECT_EQ(redact_rating_tokens(keep), keep);
}

}  // namespace
}  // namespace pst
