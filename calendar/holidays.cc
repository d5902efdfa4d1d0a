// holidays.cc: see holidays.h. The YAML tree is walked by hand so that every message names the
// key path and the position (yaml-cpp's own conversion errors name neither).
#include "calendar/holidays.h"

#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace pst {
namespace {

constexpr std::array<std::string_view, 7> kIndonesianWeekdayShort = {"Min", "Sen", "Sel", "Rab",
                                                                     "Kam", "Jum", "Sab"};
constexpr std::array<std::string_view, 7> kIndonesianWeekday = {"Minggu", "Senin", "Selasa", "Rabu",
                                                                "Kamis",  "Jumat", "Sabtu"};

std::string at(const std::string& path, const YAML::Mark& mark) {
  // yaml-cpp marks are 0-based; a null mark (-1) becomes 1:1.
  const int line = mark.line >= 0 ? mark.line + 1 : 1;
  const int column = mark.column >= 0 ? mark.column + 1 : 1;
  return fmt::format("{}:{}:{}", path, line, column);
}

/// A scalar's text, or nullopt for null, sequences and maps.
std::optional<std::string> scalar_text(const YAML::Node& node) {
  if (!node || !node.IsScalar()) return std::nullopt;
  return node.Scalar();
}

class Checker {
 public:
  explicit Checker(const std::string& path) : path_(path) {}
  void error(const YAML::Mark& mark, const std::string& key, const std::string& message) {
    errors_.push_back(fmt::format("{}: {}: {}", at(path_, mark), key, message));
  }
  std::vector<std::string>& errors() { return errors_; }

 private:
  const std::string& path_;
  std::vector<std::string> errors_;
};

}  // namespace

std::string_view holiday_kind_name(HolidayKind kind) {
  switch (kind) {
    case HolidayKind::national: return "national";
    case HolidayKind::cuti_bersama: return "cuti_bersama";
    case HolidayKind::bali_regional: return "bali_regional";
  }
  return "?";
}

std::optional<HolidayKind> parse_holiday_kind(std::string_view text) {
  for (HolidayKind k : {HolidayKind::national, HolidayKind::cuti_bersama, HolidayKind::bali_regional}) {
    if (text == holiday_kind_name(k)) return k;
  }
  return std::nullopt;
}

std::optional<date::year_month_day> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
    int value = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (!y || !m || !d) return std::nullopt;
  date::year_month_day ymd{date::year{*y}, date::month(unsigned(*m)), date::day(unsigned(*d))};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::vector<int> HolidayFile::covered_years() const {
  std::set<int> years;
  for (const auto& h : holidays) {
    if (h.kind == HolidayKind::national) years.insert(int(h.date.year()));
  }
  return {years.begin(), years.end()};
}

HolidayFileError::HolidayFileError(std::vector<std::string> errors)
    : std::runtime_error(errors.empty() ? std::string("invalid holiday file") : errors.front()),
      errors_(std::move(errors)) {}

HolidayFile parse_holiday_file(std::string_view yaml_text, const std::string& path) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::ParserException& e) {
    throw HolidayFileError({fmt::format("{}: {}", at(path, e.mark), e.msg)});
  }
  Checker check(path);
  if (!root.IsMap()) {
    check.error(root.Mark(), "holidays", "expected a mapping with a \"holidays\" list");
    throw HolidayFileError(std::move(check.errors()));
  }

  // Optional `sources:` map; when present, every entry's source keys ("A+B") must be in it.
  std::set<std::string> source_keys;
  const YAML::Node sources = root["sources"];
  const bool check_sources = sources && !sources.IsNull();
  if (check_sources) {
    if (!sources.IsMap()) {
      check.error(sources.Mark(), "sources", "expected a mapping of source key to description");
    } else {
      for (const auto& kv : sources) source_keys.insert(kv.first.Scalar());
    }
  }

  const YAML::Node list = root["holidays"];
  if (!list || !list.IsSequence()) {
    check.error(list ? list.Mark() : root.Mark(), "holidays", "expected a list of holidays");
    throw HolidayFileError(std::move(check.errors()));
  }

  HolidayFile file;
  file.path = path;
  // (date, kind) -> index of its first entry, for duplicates.
  std::map<std::pair<int, HolidayKind>, std::size_t> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const YAML::Node entry = list[i];
    const std::string key = fmt::format("holidays[{}]", i);
    if (!entry.IsMap()) {
      check.error(entry.Mark(), key, "expected a mapping {date, name, kind, source}");
      continue;
    }
    Holiday h;
    h.line = entry.Mark().line + 1;
    bool ok = true;
    auto required = [&](const char* name) -> std::optional<std::string> {
      const YAML::Node node = entry[name];
      if (!node || node.IsNull()) {
        check.error(entry.Mark(), key, fmt::format("missing \"{}\"", name));
        return std::nullopt;
      }
      auto text = scalar_text(node);
      if (!text || text->empty()) {
        check.error(node.Mark(), key + "." + name, "expected a non-empty string");
        return std::nullopt;
      }
      return text;
    };

    std::optional<date::year_month_day> day;
    if (auto text = required("date")) {
      day = parse_iso_date(*text);
      if (!day) {
        check.error(entry["date"].Mark(), key + ".date",
                    fmt::format("\"{}\" is not a date (expected YYYY-MM-DD)", *text));
      }
    }
    ok = ok && day.has_value();
    auto name = required("name");
    ok = ok && name.has_value();

    std::optional<HolidayKind> kind;
    if (auto text = required("kind")) {
      kind = parse_holiday_kind(*text);
      if (!kind) {
        check.error(entry["kind"].Mark(), key + ".kind",
                    fmt::format("unknown kind \"{}\" (expected national, cuti_bersama or bali_regional)",
                                *text));
      }
    }
    ok = ok && kind.has_value();

    auto source = required("source");
    ok = ok && source.has_value();
    if (source && check_sources) {
      std::stringstream parts(*source);
      std::string part;
      while (std::getline(parts, part, '+')) {
        if (!source_keys.contains(part)) {
          check.error(entry["source"].Mark(), key + ".source",
                      fmt::format("unknown source \"{}\" (not in sources)", part));
          ok = false;
        }
      }
    }

    if (const YAML::Node wd = entry["wd"]; wd && day) {
      const unsigned index = date::weekday{date::sys_days{*day}}.c_encoding();
      const auto text = scalar_text(wd);
      if (!text || *text != kIndonesianWeekdayShort[index]) {
        check.error(wd.Mark(), key + ".wd",
                    fmt::format("\"{}\" does not match {}, a {} ({})", text.value_or(""),
                                date::format("%F", *day), kIndonesianWeekday[index],
                                kIndonesianWeekdayShort[index]));
        ok = false;
      }
    }

    if (day && kind) {
      const int serial = date::sys_days{*day}.time_since_epoch().count();
      auto [it, inserted] = seen.emplace(std::pair{serial, *kind}, i);
      if (!inserted) {
        check.error(entry["date"].Mark(), key + ".date",
                    fmt::format("{} is already listed as {} in holidays[{}] (line {})",
                                date::format("%F", *day), holiday_kind_name(*kind), it->second,
                                list[it->second].Mark().line + 1));
        ok = false;
      }
    }
    if (!ok) continue;
    h.date = *day;
    h.name = *name;
    h.kind = *kind;
    h.source = *source;
    file.holidays.push_back(std::move(h));
  }
  if (!check.errors().empty()) throw HolidayFileError(std::move(check.errors()));
  return file;
}

HolidayFile load_holiday_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw HolidayFileError({fmt::format("{}: cannot read: {}", path, std::strerror(errno))});
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw HolidayFileError({fmt::format("{}: cannot read: {}", path, std::strerror(errno))});
  return parse_holiday_file(text.str(), path);
}

}  // namespace pst
