// verb_ratings.cc: `pstq ratings [--from DATE] [--to DATE] [--json]`: the requesters' ratings in a
// period (by their last change; office days, --to inclusive; all time by default): count,
// distribution and mean of the overall score (1-5), mean per survey element (1-4), the satisfaction
// index (PermenPANRB 14/2017: mean of the nine element means x 25) with its grade, and the feedback.
// Figures and feedback texts, no requester addresses; any known officer may run it.
#include <date/tz.h>
#include <fmt/format.h>

#include "pstq/table.h"
#include "calendar/holidays.h"
#include "pstq/verb_helpers.h"
#include "queue/ratings.h"

namespace pst::pstq {
namespace {

std::optional<Instant> local_day_start(VerbContext& ctx, const std::string& zone, const std::string& day, int plus_days,
                                       const char* flag) {
  auto ymd = parse_iso_date(day);
  if (!ymd) {
    ctx.error(fmt::format("{} \"{}\": expected a date YYYY-MM-DD", flag, day));
    throw ExitError(kUsage);
  }
  date::local_days d{*ymd};
  auto z = date::locate_zone(zone);
  return std::chrono::time_point_cast<std::chrono::seconds>(
      z->to_sys(d + date::days(plus_days), date::choose::earliest));
}

nlohmann::json opt(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

}  // namespace

int run_ratings(VerbContext& ctx) {
  CLI::App app{"Ratings: overall scores, the nine survey elements, the satisfaction index, feedback",
               "pstq ratings"};
  std::optional<std::string> as, from, to;
  bool json = false;
  app.add_option("--from", from, "first office day (YYYY-MM-DD)");
  app.add_option("--to", to, "last office day, inclusive (YYYY-MM-DD)");
  app.add_flag("--json", json, "one JSON object with count and ratings");
  app.footer("examples:\n  pstq ratings --from 2026-01-01 --to 2026-06-30\n  pstq ratings --json | jq .index");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  std::optional<Instant> f, t;
  if (from) f = local_day_start(ctx, s.config.office.timezone, *from, 0, "--from");
  if (to) t = local_day_start(ctx, s.config.office.timezone, *to, 1, "--to");
  std::vector<StoredRating> rs = run_action(ctx, [&] { return ratings_between(*s.db, f, t); });
  SatisfactionSummary sum = summarise_ratings(rs);
  const auto& els = survey_elements();
  if (json) {
    nlohmann::json j;
    j["from"] = from ? nlohmann::json(*from) : nlohmann::json();
    j["to"] = to ? nlohmann::json(*to) : nlohmann::json();
    j["count"] = sum.count;
    j["overall"] = {{"count", sum.overall_count}, {"mean", opt(sum.overall_mean)},
                    {"distribution", nlohmann::json::object()}};
    for (int v = 1; v <= 5; ++v) j["overall"]["distribution"][std::to_string(v)] = sum.distribution[v - 1];
    j["elements"] = nlohmann::json::object();
    for (std::size_t i = 0; i < kElementCount; ++i)
      j["elements"][els[i].key] = {{"name", els[i].name_id}, {"count", sum.element_counts[i]},
                                   {"mean", opt(sum.element_means[i])}};
    j["index"] = opt(sum.index);
    // Issue 18: the same figures per channel (e-mail, WhatsApp).
    j["by_channel"] = nlohmann::json::object();
    for (const char* channel : {"email", "whatsapp"}) {
      std::vector<StoredRating> of;
      for (const auto& r : rs)
        if (r.channel == channel) of.push_back(r);
      const SatisfactionSummary cs = summarise_ratings(of);
      j["by_channel"][channel] = {{"count", cs.count}, {"overall_mean", opt(cs.overall_mean)}, {"index", opt(cs.index)}};
    }
    j["grade"] = sum.grade ? nlohmann::json(std::string(1, *sum.grade)) : nlohmann::json();
    j["ratings"] = nlohmann::json::array();
    for (const auto& r : rs) {
      nlohmann::json e = nlohmann::json::object();
      for (std::size_t i = 0; i < kElementCount; ++i)
        if (r.elements[i]) e[els[i].key] = *r.elements[i];
      j["ratings"].push_back({{"ticket", r.ticket_number},
                              {"channel", r.channel},
                              {"source", r.source},
                              {"overall", r.overall ? nlohmann::json(*r.overall) : nlohmann::json()},
                              {"as_written", r.as_written ? nlohmann::json(*r.as_written) : nlohmann::json()},
                              {"elements", e},
                              {"feedback", r.feedback},
                              {"created", r.created.time_since_epoch().count()},
                              {"updated", r.updated.time_since_epoch().count()}});
    }
    ctx.out << j.dump(2) << "\n";
    return kOk;
  }
  const Terminal term = terminal_for(ctx.out);
  ctx.out << fmt::format("ratings: {}{}\n", sum.count,
                         from || to ? fmt::format(" ({} to {})", from.value_or("start"), to.value_or("now")) : "");
  ctx.out << fmt::format("overall (1-5): {} given, mean {}\n", sum.overall_count,
                         sum.overall_mean ? fmt::format("{:.2f}", *sum.overall_mean) : "-");
  Table dist;
  dist.headers = {"SCORE", "RATINGS"};
  for (int v = 5; v >= 1; --v) dist.rows.push_back({std::to_string(v), std::to_string(sum.distribution[v - 1])});
  print_table(ctx.out, dist, term);
  ctx.out << "\n";
  Table by_channel;  // issue 18
  by_channel.headers = {"CHANNEL", "RATINGS", "MEAN (1-5)"};
  for (const char* channel : {"email", "whatsapp"}) {
    std::vector<StoredRating> of;
    for (const auto& r : rs)
      if (r.channel == channel) of.push_back(r);
    const SatisfactionSummary cs = summarise_ratings(of);
    by_channel.rows.push_back({channel == std::string("email") ? "e-mail" : "WhatsApp", std::to_string(cs.count),
                               cs.overall_mean ? fmt::format("{:.2f}", *cs.overall_mean) : "-"});
  }
  print_table(ctx.out, by_channel, term);
  ctx.out << "\n";
  Table el;
  el.headers = {"ELEMENT", "ANSWERS", "MEAN (1-4)"};
  for (std::size_t i = 0; i < kElementCount; ++i)
    el.rows.push_back({fmt::format("U{} {}", i + 1, els[i].name_id), std::to_string(sum.element_counts[i]),
                       sum.element_means[i] ? fmt::format("{:.2f}", *sum.element_means[i]) : "-"});
  print_table(ctx.out, el, term);
  if (sum.index)
    ctx.out << fmt::format("\nsatisfaction index (IKM, PermenPANRB 14/2017): {:.2f}, grade {} ({})\n", *sum.index,
                           *sum.grade, grade_words(*sum.grade, false));
  else
    ctx.out << "\nsatisfaction index: - (needs answers on all nine elements)\n";
  bool any = false;
  for (const auto& r : rs)
    if (!r.feedback.empty()) {
      if (!any) ctx.out << "\nfeedback:\n";
      any = true;
      ctx.out << fmt::format("- {} ({}): {}\n", r.ticket_number, r.overall ? std::to_string(*r.overall) : "-",
                             r.feedback);
    }
  return kOk;
}

}  // namespace pst::pstq
