// ratings.h: the requester's rating of a closed ticket - the one-click rating link's token, recording
// (and replacing) a rating, and the satisfaction index of the Survei Kepuasan Masyarakat
// (PermenPANRB 14/2017: nine service elements scored 1-4).
//
// Token: "<ticket number>.<expiry, Unix seconds>.<mac>", mac = base64url (no padding) of
// HMAC-SHA256(key, "<ticket number>\n<expiry>\n<nonce>") where the nonce is random per ticket and
// stored in rating_tokens. The ticket number is not a secret (it is in the mail's subject); the mac
// is. Deleting a ticket's rating_tokens row revokes every link of that ticket.
// SECURITY: the mac is compared with CRYPTO_memcmp (constant time); a token is checked for form and
// length before any database access; expiry is checked only after the mac (an expired forged token is
// "forged"). A GET of a link never records anything (link scanners): only record_rating() does.
// Not for: HTTP (web/rating_server.h) or the HTML (web/rating_page.h).
// Every function that writes expects the caller to hold a Transaction, like tickets.h.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "queue/database.h"

namespace pst {

struct Config;
using Instant = std::chrono::sys_seconds;

// ---- tokens -------------------------------------------------------------------------------------

inline constexpr std::size_t kMaxTokenLength = 128;

enum class TokenCheck { ok, malformed, forged, expired };
[[nodiscard]] const char* to_string(TokenCheck c);

struct TokenParts {
  std::string ticket_number;
  std::int64_t expires = 0;
  std::string mac;  // base64url as written
};

/// The three parts of a token, or nullopt when it is not of the form (characters, lengths, digits).
[[nodiscard]] std::optional<TokenParts> parse_rating_token(std::string_view token);

/// HMAC-SHA256 token for (ticket number, expiry, nonce) under `key`. Pure.
[[nodiscard]] std::string make_rating_token(std::string_view key, std::string_view ticket_number,
                                            std::int64_t expires, std::string_view nonce);

/// RFC 4648 section 5 base64url without padding. Pure.
[[nodiscard]] std::string base64url(std::string_view bytes);

/// `text` with every rating token in it (a ticket number, '.', an expiry, '.', a 43-character mac)
/// cut to "<ticket number>.…": officers see that a link was sent, not the link. Pure.
[[nodiscard]] std::string redact_rating_tokens(std::string_view text);

struct VerifiedToken {
  TokenCheck check = TokenCheck::malformed;
  std::int64_t ticket_id = 0;  // set for ok and expired
  Instant expires{};
};

/// Checks a token against the key and the ticket's stored nonce. Reads only.
[[nodiscard]] VerifiedToken verify_rating_token(Database& db, std::string_view key, std::string_view token,
                                                Instant now);

/// The token for a ticket's closure mail: reuses the ticket's nonce when it has one, else creates it;
/// the expiry becomes max(stored expiry, now + expire_days). Caller holds the transaction.
[[nodiscard]] std::string issue_rating_token(Database& db, std::string_view key, std::int64_t ticket_id,
                                             int expire_days, Instant now);

/// The rating key: credential `rating-key`, else rating.key_file. Throws SecretError (config/secrets.h)
/// when it cannot be read, or std::runtime_error when it is shorter than 16 bytes.
/// nullopt when the config has no rating section.
[[nodiscard]] std::optional<std::string> read_rating_key(const Config& cfg);

/// "<rating.base_url>/<token>" for a ticket's closure mail (creating or reusing its token), or nullopt
/// when the config has no rating section (the closure mail then asks for a reply with a score).
/// Reads the key (read_rating_key) each call. Caller holds the transaction.
[[nodiscard]] std::optional<std::string> rating_link_for(Database& db, const Config& cfg, std::int64_t ticket_id,
                                                         Instant now);

// ---- the nine survey elements (PermenPANRB 14/2017, unsur U1..U9) ------------------------------

inline constexpr std::size_t kElementCount = 9;

struct SurveyElement {
  const char* key;                  // JSON key in ratings.elements and the form field name
  const char* name_id;              // the regulation's name
  const char* name_en;
  const char* question_id;          // the questionnaire's question (appendix)
  const char* question_en;
  std::array<const char*, 4> labels_id;  // response labels for 1..4 (appendix questionnaire)
  std::array<const char*, 4> labels_en;
};

/// U1 requirements, U2 procedure, U3 time, U4 cost, U5 product, U6 competence, U7 behaviour,
/// U8 complaints, U9 facilities.
[[nodiscard]] const std::array<SurveyElement, kElementCount>& survey_elements();

// ---- recording ----------------------------------------------------------------------------------

enum class RatingSource { web, reply };
[[nodiscard]] const char* to_string(RatingSource s);

struct RatingInput {
  RatingSource source = RatingSource::web;
  std::optional<int> overall;                            // 1..5
  std::optional<std::string> as_written;                 // "3/4" for a reply on another scale
  std::array<std::optional<int>, kElementCount> elements;  // 1..4 each, optional
  std::string feedback;
};

/// Inserts the ticket's rating or replaces the earlier one (one per ticket), with an event
/// "rating_recorded" / "rating_replaced". Throws std::invalid_argument on values out of range.
/// Returns true when it replaced. Caller holds the transaction.
bool record_rating(Database& db, std::int64_t ticket_id, const RatingInput& r, Instant now);

/// A score as the requester gave it on `scale` (default 5) converted to 1..5, rounded half up:
/// 1 + (value - 1) * 4 / (scale - 1) for scales with a 1 bottom ("3/4" -> 4, "9/10" -> 5),
/// value * 5 / scale for scale 100. nullopt when it cannot be a score on that scale.
[[nodiscard]] std::optional<int> score_to_five(double value, std::optional<double> scale);

/// Limits on what a requester may send (web form, reply).
inline constexpr std::size_t kMaxFeedbackBytes = 4000;

/// The requester's words as feedback: trimmed, valid UTF-8 kept, control characters other than
/// newline and tab dropped, CRLF -> LF, cut at kMaxFeedbackBytes on a character boundary.
[[nodiscard]] std::string clean_feedback(std::string_view text);

struct StoredRating {
  std::int64_t ticket_id = 0;
  std::string ticket_number;
  std::string source;
  std::optional<int> overall;
  std::optional<std::string> as_written;
  std::array<std::optional<int>, kElementCount> elements;
  std::string feedback;
  Instant created{};
  Instant updated{};
  std::string channel = "email";  // of its ticket (issue 18: ratings are reported per channel)
};

[[nodiscard]] std::optional<StoredRating> find_rating(Database& db, std::int64_t ticket_id);

/// Ratings whose last change (updated) lies in [from, to), oldest first.
[[nodiscard]] std::vector<StoredRating> ratings_between(Database& db, std::optional<Instant> from,
                                                        std::optional<Instant> to);

// ---- the satisfaction index ---------------------------------------------------------------------

struct SatisfactionSummary {
  std::size_t count = 0;
  std::array<std::size_t, 5> distribution{};  // overall 1..5
  std::size_t overall_count = 0;
  std::optional<double> overall_mean;
  std::array<std::optional<double>, kElementCount> element_means;  // NRR per element
  std::array<std::size_t, kElementCount> element_counts{};
  std::optional<double> index;                // mean of element means x 25, two decimals
  std::optional<char> grade;                  // 'A'..'D'
};

/// Pure: the summary of a list of ratings. The index needs an answer on every one of the nine
/// elements (the regulation's index is over all nine); otherwise index and grade are empty.
[[nodiscard]] SatisfactionSummary summarise_ratings(const std::vector<StoredRating>& ratings);

/// The regulation's grade (mutu pelayanan) of a converted index 25..100; see ratings.cc for the table.
[[nodiscard]] char satisfaction_grade(double index);

/// "Sangat baik" / "very good" ... for a grade.
[[nodiscard]] const char* grade_words(char grade, bool english);

}  // namespace pst
