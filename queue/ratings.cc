// ratings.cc: see ratings.h.
#include "queue/ratings.h"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "common/ticket_number.h"
#include "config/config.h"
#include "config/secrets.h"
#include "parsers/charset.h"
#include "queue/tickets.h"

namespace pst {
namespace {

constexpr std::size_t kMacBytes = 32;
constexpr std::size_t kMacChars = 43;  // base64url of 32 bytes without padding
constexpr std::size_t kMinKeyBytes = 16;

bool is_b64url(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

std::string hmac_sha256(std::string_view key, std::string_view message) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
            reinterpret_cast<const unsigned char*>(message.data()), message.size(), md, &len) ||
      len != kMacBytes)
    throw std::runtime_error("HMAC-SHA256 failed");
  return std::string(reinterpret_cast<const char*>(md), len);
}

std::string random_nonce() {
  unsigned char b[16];
  if (RAND_bytes(b, sizeof b) != 1) throw std::runtime_error("no random bytes for a rating token nonce");
  return base64url(std::string_view(reinterpret_cast<const char*>(b), sizeof b));
}

nlohmann::json elements_json(const std::array<std::optional<int>, kElementCount>& e) {
  nlohmann::json j = nlohmann::json::object();
  for (std::size_t i = 0; i < kElementCount; ++i)
    if (e[i]) j[survey_elements()[i].key] = *e[i];
  return j;
}

std::array<std::optional<int>, kElementCount> elements_from_json(const std::string& text) {
  std::array<std::optional<int>, kElementCount> out;
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return out;
  for (std::size_t i = 0; i < kElementCount; ++i)
    if (auto it = j.find(survey_elements()[i].key); it != j.end() && it->is_number_integer()) {
      int v = it->get<int>();
      if (v >= 1 && v <= 4) out[i] = v;
    }
  return out;
}

StoredRating rating_from_row(Statement& s) {
  StoredRating r;
  r.ticket_id = s.int64(0);
  r.ticket_number = s.text(1);
  r.source = s.text(2);
  if (!s.is_null(3)) r.overall = s.integer(3);
  r.as_written = s.optional_text(4);
  r.elements = elements_from_json(s.text(5));
  r.feedback = s.text(6);
  r.created = Instant(std::chrono::seconds(s.int64(7)));
  r.updated = Instant(std::chrono::seconds(s.int64(8)));
  r.channel = s.text(9);
  return r;
}

constexpr const char* kRatingColumns =
    "SELECT r.ticket_id, t.number, r.source, r.overall, r.as_written, r.elements, r.feedback, r.created, r.updated, "
    "t.channel FROM ratings r JOIN tickets t ON t.id = r.ticket_id ";

}  // namespace

const char* to_string(TokenCheck c) {
  switch (c) {
    case TokenCheck::ok: return "ok";
    case TokenCheck::malformed: return "malformed";
    case TokenCheck::forged: return "forged";
    case TokenCheck::expired: return "expired";
  }
  return "?";
}

const char* to_string(RatingSource s) { return s == RatingSource::web ? "web" : "reply"; }

std::string base64url(std::string_view bytes) {
  static const char* const kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  out.reserve((bytes.size() * 4 + 2) / 3);
  std::size_t i = 0;
  auto byte = [&](std::size_t k) { return static_cast<unsigned>(static_cast<unsigned char>(bytes[k])); };
  for (; i + 3 <= bytes.size(); i += 3) {
    unsigned v = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
    for (int s = 18; s >= 0; s -= 6) out += kAlphabet[(v >> s) & 63];
  }
  if (bytes.size() - i == 1) {
    unsigned v = byte(i) << 16;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
  } else if (bytes.size() - i == 2) {
    unsigned v = byte(i) << 16 | byte(i + 1) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
  }
  return out;
}

std::optional<TokenParts> parse_rating_token(std::string_view token) {
  if (token.empty() || token.size() > kMaxTokenLength) return std::nullopt;
  auto dot2 = token.rfind('.');
  if (dot2 == std::string_view::npos || dot2 == 0) return std::nullopt;
  auto dot1 = token.rfind('.', dot2 - 1);
  if (dot1 == std::string_view::npos) return std::nullopt;
  std::string_view number = token.substr(0, dot1);
  std::string_view expiry = token.substr(dot1 + 1, dot2 - dot1 - 1);
  std::string_view mac = token.substr(dot2 + 1);
  auto parsed = parse_ticket_number(number);
  if (!parsed || parsed->str() != number) return std::nullopt;  // canonical form only
  if (expiry.empty() || expiry.size() > 12 || expiry[0] == '0') return std::nullopt;
  std::int64_t e = 0;
  for (char c : expiry) {
    if (c < '0' || c > '9') return std::nullopt;
    e = e * 10 + (c - '0');
  }
  if (mac.size() != kMacChars) return std::nullopt;
  for (char c : mac)
    if (!is_b64url(c)) return std::nullopt;
  return TokenParts{std::string(number), e, std::string(mac)};
}

std::string redact_rating_tokens(std::string_view text) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    // ".<expiry>.<mac>" with a mac of exactly kMacChars base64url characters.
    if (text[i] == '.') {
      std::size_t j = i + 1;
      while (j < text.size() && digit(text[j]) && j - i <= 12) ++j;
      if (j > i + 1 && j < text.size() && text[j] == '.') {
        std::size_t k = j + 1;
        while (k < text.size() && is_b64url(text[k])) ++k;
        if (k - (j + 1) == kMacChars) {
          out += ".…";
          i = k;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

std::string make_rating_token(std::string_view key, std::string_view ticket_number, std::int64_t expires,
                              std::string_view nonce) {
  std::string message = fmt::format("{}\n{}\n{}", ticket_number, expires, nonce);
  return fmt::format("{}.{}.{}", ticket_number, expires, base64url(hmac_sha256(key, message)));
}

VerifiedToken verify_rating_token(Database& db, std::string_view key, std::string_view token, Instant now) {
  VerifiedToken v;
  std::optional<TokenParts> parts = parse_rating_token(token);
  if (!parts) return v;  // malformed
  v.check = TokenCheck::forged;
  Statement s = db.prepare(
      "SELECT t.id, k.nonce FROM tickets t JOIN rating_tokens k ON k.ticket_id = t.id WHERE t.number = ?");
  s.bind(1, parts->ticket_number);
  // An unknown ticket still costs one HMAC, so the answer time says little about which tickets exist.
  std::string nonce = s.step() ? s.text(1) : std::string("-");
  std::int64_t ticket_id = nonce == "-" ? 0 : s.int64(0);
  std::string expected = make_rating_token(key, parts->ticket_number, parts->expires, nonce);
  std::string_view expected_mac = std::string_view(expected).substr(expected.size() - kMacChars);
  bool equal = CRYPTO_memcmp(expected_mac.data(), parts->mac.data(), kMacChars) == 0;
  if (!equal || ticket_id == 0) return v;
  v.ticket_id = ticket_id;
  v.expires = Instant(std::chrono::seconds(parts->expires));
  v.check = v.expires > now ? TokenCheck::ok : TokenCheck::expired;
  return v;
}

std::string issue_rating_token(Database& db, std::string_view key, std::int64_t ticket_id, int expire_days,
                               Instant now) {
  std::optional<Ticket> t = find_ticket(db, ticket_id);
  if (!t) throw std::invalid_argument(fmt::format("ticket id {}: no such ticket", ticket_id));
  std::int64_t wanted = (now + std::chrono::days(expire_days)).time_since_epoch().count();
  Statement s = db.prepare("SELECT nonce, expires FROM rating_tokens WHERE ticket_id = ?");
  s.bind(1, ticket_id);
  std::string nonce;
  std::int64_t expires = wanted;
  if (s.step()) {
    nonce = s.text(0);
    expires = std::max(wanted, s.int64(1));
    db.prepare("UPDATE rating_tokens SET expires = ? WHERE ticket_id = ?").bind(1, expires).bind(2, ticket_id).run();
  } else {
    nonce = random_nonce();
    db.prepare("INSERT INTO rating_tokens(ticket_id, nonce, expires) VALUES (?, ?, ?)")
        .bind(1, ticket_id)
        .bind(2, nonce)
        .bind(3, expires)
        .run();
  }
  return make_rating_token(key, t->number, expires, nonce);
}

std::optional<std::string> read_rating_key(const Config& cfg) {
  if (!cfg.rating) return std::nullopt;
  std::optional<std::string> key = read_secret(cfg.rating->key_file, "rating-key");
  if (!key)
    throw SecretError(fmt::format("rating: no key (set rating.key_file or the credential rating-key)"));
  if (key->size() < kMinKeyBytes)
    throw std::runtime_error(fmt::format("{}: the rating key is shorter than {} bytes",
                                         secret_source(cfg.rating->key_file, "rating-key"), kMinKeyBytes));
  return key;
}

std::optional<std::string> rating_link_for(Database& db, const Config& cfg, std::int64_t ticket_id, Instant now) {
  std::optional<std::string> key = read_rating_key(cfg);
  if (!key) return std::nullopt;
  std::string base = cfg.rating->base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/" + issue_rating_token(db, *key, ticket_id, cfg.rating->expire_days, now);
}

// The nine elements (unsur) of Lampiran PermenPANRB 14/2017, Bab II "Ruang lingkup", a-i, with the
// questions and answer options of the appendix's sample questionnaire (a = 1 ... d = 4).
const std::array<SurveyElement, kElementCount>& survey_elements() {
  static const std::array<SurveyElement, kElementCount> kElements = {{
      {"requirements", "Persyaratan", "Requirements",
       "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
       "How well did the requirements match the kind of service?",
       {"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"},
       {"Not appropriate", "Less appropriate", "Appropriate", "Very appropriate"}},
      {"procedure", "Sistem, mekanisme, dan prosedur", "System, mechanism and procedure",
       "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
       "How easy was the service procedure?",
       {"Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"},
       {"Not easy", "Less easy", "Easy", "Very easy"}},
      {"time", "Waktu penyelesaian", "Completion time",
       "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
       "How fast was the service?",
       {"Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"},
       {"Not fast", "Less fast", "Fast", "Very fast"}},
      {"cost", "Biaya/tarif", "Cost/fee",
       "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
       "How fair was the cost of the service?",
       {"Sangat mahal", "Cukup mahal", "Murah", "Gratis"},
       {"Very expensive", "Rather expensive", "Cheap", "Free of charge"}},
      {"product", "Produk spesifikasi jenis pelayanan", "Service product",
       "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar "
       "pelayanan dengan hasil yang diberikan?",
       "How well did what you received match what the service standard promises?",
       {"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"},
       {"Not appropriate", "Less appropriate", "Appropriate", "Very appropriate"}},
      {"competence", "Kompetensi pelaksana", "Staff competence",
       "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
       "How competent were the staff?",
       {"Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"},
       {"Not competent", "Less competent", "Competent", "Very competent"}},
      {"behaviour", "Perilaku pelaksana", "Staff behaviour",
       "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
       "How polite and friendly were the staff?",
       {"Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"},
       {"Not polite and friendly", "Less polite and friendly", "Polite and friendly", "Very polite and friendly"}},
      {"complaints", "Penanganan pengaduan, saran dan masukan", "Handling of complaints and suggestions",
       "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
       "How are complaints from service users handled?",
       {"Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"},
       {"Not available", "Available but not working", "Working, not fully", "Well managed"}},
      {"facilities", "Sarana dan prasarana", "Facilities",
       "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
       "How good were the facilities (here: the mail and online channels)?",
       {"Buruk", "Cukup", "Baik", "Sangat baik"},
       {"Poor", "Fair", "Good", "Very good"}},
  }};
  return kElements;
}

bool record_rating(Database& db, std::int64_t ticket_id, const RatingInput& r, Instant now) {
  if (r.overall && (*r.overall < 1 || *r.overall > 5))
    throw std::invalid_argument(fmt::format("overall score {} is not 1..5", *r.overall));
  for (std::size_t i = 0; i < kElementCount; ++i)
    if (r.elements[i] && (*r.elements[i] < 1 || *r.elements[i] > 4))
      throw std::invalid_argument(fmt::format("{} score {} is not 1..4", survey_elements()[i].key, *r.elements[i]));
  bool existed = false;
  {
    Statement s = db.prepare("SELECT 1 FROM ratings WHERE ticket_id = ?");
    s.bind(1, ticket_id);
    existed = s.step();
  }
  std::int64_t at = now.time_since_epoch().count();
  db.prepare(
        "INSERT INTO ratings(ticket_id, source, overall, as_written, elements, feedback, created, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(ticket_id) DO UPDATE SET source = excluded.source, overall = excluded.overall, "
        "as_written = excluded.as_written, elements = excluded.elements, feedback = excluded.feedback, "
        "updated = excluded.updated")
      .bind(1, ticket_id)
      .bind(2, to_string(r.source))
      .bind(3, r.overall ? std::optional<std::int64_t>(*r.overall) : std::nullopt)
      .bind(4, r.as_written)
      .bind(5, elements_json(r.elements).dump())
      .bind(6, r.feedback)
      .bind(7, at)
      .bind(8, at)
      .run();
  std::size_t answered = 0;
  for (const auto& e : r.elements) answered += e ? 1 : 0;
  add_event(db, ticket_id, now, "requester", existed ? "rating_replaced" : "rating_recorded",
            fmt::format("{}: overall {}{}, {} of 9 elements, feedback {} bytes", to_string(r.source),
                        r.overall ? std::to_string(*r.overall) : "-",
                        r.as_written ? fmt::format(" (as written: {})", *r.as_written) : "", answered,
                        r.feedback.size()));
  return existed;
}

std::optional<int> score_to_five(double value, std::optional<double> scale) {
  double s = scale.value_or(5);
  if (!std::isfinite(value) || !std::isfinite(s) || s < 2 || value < 0 || value > s) return std::nullopt;
  double five;
  if (s == 5)
    five = value;
  else if (s >= 100)
    five = value * 5 / s;  // percentages: 80/100 -> 4
  else {
    if (value < 1) return std::nullopt;
    five = 1 + (value - 1) * 4 / (s - 1);
  }
  int r = static_cast<int>(std::floor(five + 0.5));
  if (r < 1 || r > 5) return r < 1 && s >= 100 ? std::optional<int>(1) : std::nullopt;
  return r;
}

std::string clean_feedback(std::string_view text) {
  std::string valid;
  append_valid_utf8(valid, text);
  std::string out;
  out.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(valid[i]);
    if (c == '\r') {
      if (i + 1 < valid.size() && valid[i + 1] == '\n') continue;
      out += '\n';
    } else if (c < 0x20 && c != '\n' && c != '\t') {
      continue;
    } else if (c == 0x7f) {
      continue;
    } else {
      out += static_cast<char>(c);
    }
  }
  auto b = out.find_first_not_of(" \t\n");
  if (b == std::string::npos) return "";
  auto e = out.find_last_not_of(" \t\n");
  out = out.substr(b, e - b + 1);
  return std::string(utf8_prefix(out, kMaxFeedbackBytes));
}

std::optional<StoredRating> find_rating(Database& db, std::int64_t ticket_id) {
  Statement s = db.prepare(std::string(kRatingColumns) + "WHERE r.ticket_id = ?");
  s.bind(1, ticket_id);
  if (!s.step()) return std::nullopt;
  return rating_from_row(s);
}

std::vector<StoredRating> ratings_between(Database& db, std::optional<Instant> from, std::optional<Instant> to) {
  Statement s = db.prepare(std::string(kRatingColumns) +
                           "WHERE (?1 IS NULL OR r.updated >= ?1) AND (?2 IS NULL OR r.updated < ?2) "
                           "ORDER BY r.updated, r.ticket_id");
  auto secs = [](const std::optional<Instant>& i) {
    return i ? std::optional<std::int64_t>(i->time_since_epoch().count()) : std::nullopt;
  };
  s.bind(1, secs(from));
  s.bind(2, secs(to));
  std::vector<StoredRating> out;
  while (s.step()) out.push_back(rating_from_row(s));
  return out;
}

// Lampiran PermenPANRB 14/2017, Bab III (pengolahan data survei): the index is the weighted mean of
// the element means (NRR per unsur, equal weights 1/9) and is converted to 25..100 by multiplying by
// 25 ("IKM unit pelayanan x 25"). Its table "Nilai Persepsi, Interval IKM, Interval Konversi IKM,
// Mutu Pelayanan dan Kinerja Unit Pelayanan":
//   persepsi 1: IKM 1,00-2,5996   konversi 25,00-64,99   mutu D  tidak baik
//   persepsi 2: IKM 2,60-3,064    konversi 65,00-76,60   mutu C  kurang baik
//   persepsi 3: IKM 3,0644-3,532  konversi 76,61-88,30   mutu B  baik
//   persepsi 4: IKM 3,5324-4,00   konversi 88,31-100,00  mutu A  sangat baik
// The same values appear in the published SKM reports that apply it (e.g. Tabel 2.1 of the DPKD
// Kalimantan Timur 2021 report, "Berdasarkan Permenpan dan RB Nomor 14 Tahun 2017"). The converted
// index is rounded to two decimals first, as the table is, so every value falls in one interval.
char satisfaction_grade(double index) {
  double r = std::round(index * 100) / 100;
  if (r >= 88.31) return 'A';
  if (r >= 76.61) return 'B';
  if (r >= 65.00) return 'C';
  return 'D';
}

const char* grade_words(char grade, bool english) {
  switch (grade) {
    case 'A': return english ? "very good" : "sangat baik";
    case 'B': return english ? "good" : "baik";
    case 'C': return english ? "less than good" : "kurang baik";
    default: return english ? "not good" : "tidak baik";
  }
}

SatisfactionSummary summarise_ratings(const std::vector<StoredRating>& ratings) {
  SatisfactionSummary s;
  s.count = ratings.size();
  double overall_sum = 0;
  std::array<double, kElementCount> sums{};
  for (const auto& r : ratings) {
    if (r.overall && *r.overall >= 1 && *r.overall <= 5) {
      ++s.distribution[static_cast<std::size_t>(*r.overall - 1)];
      ++s.overall_count;
      overall_sum += *r.overall;
    }
    for (std::size_t i = 0; i < kElementCount; ++i)
      if (r.elements[i]) {
        ++s.element_counts[i];
        sums[i] += *r.elements[i];
      }
  }
  if (s.overall_count) s.overall_mean = overall_sum / static_cast<double>(s.overall_count);
  bool all = true;
  double mean_of_means = 0;
  for (std::size_t i = 0; i < kElementCount; ++i) {
    if (s.element_counts[i]) {
      s.element_means[i] = sums[i] / static_cast<double>(s.element_counts[i]);
      mean_of_means += *s.element_means[i] / static_cast<double>(kElementCount);
    } else {
      all = false;
    }
  }
  if (all) {
    s.index = std::round(mean_of_means * 25 * 100) / 100;
    s.grade = satisfaction_grade(*s.index);
  }
  return s;
}

}  // namespace pst
