// instant_format.cc: see instant_format.h.
#include "calendar/instant_format.h"

#include <array>

#include <fmt/format.h>

namespace pst {
namespace {

constexpr std::array<std::string_view, 7> kHariId = {"Minggu", "Senin", "Selasa", "Rabu",
                                                     "Kamis",  "Jumat", "Sabtu"};
constexpr std::array<std::string_view, 12> kBulanId = {"Januari", "Februari", "Maret",     "April",
                                                       "Mei",     "Juni",     "Juli",      "Agustus",
                                                       "September", "Oktober", "November", "Desember"};
constexpr std::array<std::string_view, 7> kDayEn = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                    "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 12> kMonthEn = {"January", "February", "March",     "April",
                                                       "May",     "June",     "July",      "August",
                                                       "September", "October", "November", "December"};

struct LocalParts {
  date::year_month_day ymd;
  date::weekday weekday;
  date::hh_mm_ss<std::chrono::seconds> time;
};

LocalParts local_parts(const date::time_zone& zone, std::chrono::sys_seconds t) {
  const auto local = zone.to_local(t);
  const auto day = date::floor<date::days>(local);
  return {date::year_month_day{day}, date::weekday{day}, date::hh_mm_ss{local - day}};
}

}  // namespace

std::string zone_abbreviation(const date::time_zone& zone, std::chrono::sys_seconds t) {
  const std::string_view name = zone.name();
  if (name == "Asia/Jakarta" || name == "Asia/Pontianak") return "WIB";
  if (name == "Asia/Makassar" || name == "Asia/Ujung_Pandang") return "WITA";
  if (name == "Asia/Jayapura") return "WIT";
  return zone.get_info(t).abbrev;
}

std::string format_iso8601(const date::time_zone& zone, std::chrono::sys_seconds t) {
  const auto offset = zone.get_info(t).offset;
  const auto local = date::local_seconds{t.time_since_epoch() + offset};
  const long total = offset.count();
  const long magnitude = total < 0 ? -total : total;
  return fmt::format("{}{}{:02}:{:02}", date::format("%FT%T", local), total < 0 ? '-' : '+',
                     magnitude / 3600, magnitude % 3600 / 60);
}

std::string format_human(const date::time_zone& zone, std::chrono::sys_seconds t, Language language) {
  const LocalParts p = local_parts(zone, t);
  const unsigned wd = p.weekday.c_encoding();
  const unsigned month = unsigned(p.ymd.month()) - 1;
  const auto hours = p.time.hours().count();
  const auto minutes = p.time.minutes().count();
  const std::string abbrev = zone_abbreviation(zone, t);
  if (language == Language::id) {
    return fmt::format("{}, {} {} {} pukul {:02}.{:02} {}", kHariId[wd], unsigned(p.ymd.day()),
                       kBulanId[month], int(p.ymd.year()), hours, minutes, abbrev);
  }
  return fmt::format("{}, {} {} {}, {:02}:{:02} {}", kDayEn[wd], unsigned(p.ymd.day()), kMonthEn[month],
                     int(p.ymd.year()), hours, minutes, abbrev);
}

std::optional<std::chrono::sys_seconds> parse_iso8601(std::string_view s) {
  std::size_t pos = 0;
  auto digits = [&](std::size_t n) -> std::optional<int> {
    if (pos + n > s.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const char c = s[pos + i];
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
    }
    pos += n;
    return value;
  };
  auto expect = [&](char c) {
    if (pos < s.size() && s[pos] == c) {
      ++pos;
      return true;
    }
    return false;
  };

  const auto year = digits(4);
  if (!year || !expect('-')) return std::nullopt;
  const auto month = digits(2);
  if (!month || !expect('-')) return std::nullopt;
  const auto day = digits(2);
  if (!day) return std::nullopt;
  if (!(expect('T') || expect('t') || expect(' '))) return std::nullopt;
  const auto hour = digits(2);
  if (!hour || !expect(':')) return std::nullopt;
  const auto minute = digits(2);
  if (!minute) return std::nullopt;
  int second = 0;
  if (expect(':')) {
    const auto sec = digits(2);
    if (!sec) return std::nullopt;
    second = *sec;
    if (expect('.') || expect(',')) {
      std::size_t fraction = 0;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos, ++fraction;
      if (fraction == 0) return std::nullopt;
    }
  }
  int offset_seconds = 0;
  if (expect('Z') || expect('z')) {
    offset_seconds = 0;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    const int sign = s[pos] == '-' ? -1 : 1;
    ++pos;
    const auto oh = digits(2);
    if (!oh) return std::nullopt;
    int om = 0;
    if (pos < s.size()) {
      expect(':');
      const auto m = digits(2);
      if (!m) return std::nullopt;
      om = *m;
    }
    if (*oh > 23 || om > 59) return std::nullopt;
    offset_seconds = sign * (*oh * 3600 + om * 60);
  } else {
    return std::nullopt;
  }
  if (pos != s.size()) return std::nullopt;

  const date::year_month_day ymd{date::year{*year}, date::month(unsigned(*month)),
                                 date::day(unsigned(*day))};
  // 24:00 and leap seconds are not accepted: the mailbox server never writes them.
  if (!ymd.ok() || *hour > 23 || *minute > 59 || second > 59) return std::nullopt;
  return date::sys_days{ymd} + std::chrono::hours{*hour} + std::chrono::minutes{*minute} +
         std::chrono::seconds{second} - std::chrono::seconds{offset_seconds};
}

}  // namespace pst
