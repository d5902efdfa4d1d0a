// indonesian.cc: see indonesian.h.
#include "report/indonesian.h"

#include <array>
#include <string_view>

#include <fmt/format.h>

namespace pst {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                                      "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
constexpr std::array<std::string_view, 12> kShort = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                                     "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};

std::size_t month_index(const date::year_month_day& d) { return static_cast<unsigned>(d.month()) - 1; }

}  // namespace

std::string date_id(date::local_days day) {
  const date::year_month_day d{day};
  return fmt::format("{} {} {}", static_cast<unsigned>(d.day()), kMonths[month_index(d)], static_cast<int>(d.year()));
}

std::string month_short_id(date::local_days day) { return std::string(kShort[month_index(date::year_month_day{day})]); }

std::string day_range_id(date::local_days first, date::local_days last) {
  const date::year_month_day a{first}, b{last};
  if (first == last) return fmt::format("{} {}", static_cast<unsigned>(a.day()), month_short_id(first));
  if (a.month() == b.month())
    return fmt::format("{}\u2013{} {}", static_cast<unsigned>(a.day()), static_cast<unsigned>(b.day()),
                       month_short_id(last));
  return fmt::format("{} {}\u2013{} {}", static_cast<unsigned>(a.day()), month_short_id(first),
                     static_cast<unsigned>(b.day()), month_short_id(last));
}

std::string decimal_id(double value, int decimals) {
  std::string s = fmt::format("{:.{}f}", value, decimals);
  if (s.starts_with('-') && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);  // "-0,0"
  for (char& c : s)
    if (c == '.') c = ',';
  return s;
}

std::string percent_id(std::optional<double> fraction) {
  if (!fraction) return "\u2013";
  return decimal_id(*fraction * 100.0, 1) + "%";
}

}  // namespace pst
