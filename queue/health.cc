// health.cc: see health.h.
#include "queue/health.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace pst {
namespace {

using std::chrono::seconds;

std::string key(HealthChannel c, std::string_view name) { return fmt::format("{}.{}", to_string(c), name); }

void put(Database& db, const std::string& k, const std::string& value, Instant at) {
  db.prepare(
        "INSERT INTO daemon_health(key, value, at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, at = excluded.at")
      .bind(1, k)
      .bind(2, value)
      .bind(3, static_cast<std::int64_t>(at.time_since_epoch().count()))
      .run();
}

void erase(Database& db, const std::string& k) { db.prepare("DELETE FROM daemon_health WHERE key = ?").bind(1, k).run(); }

/// One line (line breaks and tabs become one space), at most 500 bytes (cut at a UTF-8 boundary).
std::string clip_error(const std::string& in) {
  std::string s;
  for (char ch : in) {
    const bool blank = ch == '\r' || ch == '\n' || ch == '\t';
    if (blank && !s.empty() && s.back() == ' ') continue;
    s += blank ? ' ' : ch;
  }
  if (s.size() > 500) {
    std::size_t cut = 500;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xc0) == 0x80) --cut;
    s = s.substr(0, cut) + "...";
  }
  return s;
}

}  // namespace

std::string_view to_string(HealthChannel c) { return c == HealthChannel::poll ? "poll" : "send"; }

ChannelHealth load_channel_health(Database& db, HealthChannel c) {
  ChannelHealth h;
  Statement s = db.prepare("SELECT key, value, at FROM daemon_health WHERE key LIKE ? || '.%'");
  s.bind(1, std::string(to_string(c)));
  const std::string prefix = std::string(to_string(c)) + ".";
  while (s.step()) {
    const std::string name = s.text(0).substr(prefix.size());
    const std::string value = s.text(1);
    const Instant at{seconds{s.int64(2)}};
    if (name == "last_ok") {
      h.last_ok = at;
    } else if (name == "last_error") {
      h.last_error = value;
      h.last_error_at = at;
    } else if (name == "failing_since") {
      h.failing_since = at;
      h.failed_attempts = std::atoi(value.c_str());
    } else if (name == "alerted") {
      h.alerted_at = at;
      h.alerted = value;
    } else if (name == "recovered") {
      h.recovered_at = at;
      h.recovered = value;
    }
  }
  return h;
}

DaemonHealth load_health(Database& db) {
  return DaemonHealth{load_channel_health(db, HealthChannel::poll), load_channel_health(db, HealthChannel::send)};
}

std::optional<ChannelHealth> record_success(Database& db, HealthChannel c, Instant now) {
  put(db, key(c, "last_ok"), "", now);
  ChannelHealth before = load_channel_health(db, c);
  if (!before.failing_since) return std::nullopt;
  put(db, key(c, "recovered"),
      fmt::format("after {} failed attempt{} in {}", before.failed_attempts, before.failed_attempts == 1 ? "" : "s",
                  human_duration(now - *before.failing_since)),
      now);
  erase(db, key(c, "failing_since"));
  erase(db, key(c, "alerted"));
  return before;
}

void record_failure(Database& db, HealthChannel c, const std::string& error, Instant now) {
  put(db, key(c, "last_error"), clip_error(error), now);
  db.prepare(
        "INSERT INTO daemon_health(key, value, at) VALUES (?1, '1', ?2) "
        "ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)")
      .bind(1, key(c, "failing_since"))
      .bind(2, static_cast<std::int64_t>(now.time_since_epoch().count()))
      .run();
}

void record_alerted(Database& db, HealthChannel c, const std::string& value, Instant now) {
  put(db, key(c, "alerted"), value, now);
}

bool alert_due(const ChannelHealth& h, std::chrono::seconds after, Instant now) {
  return h.failing_since && !h.alerted_at && h.failed_attempts >= 2 && now - *h.failing_since >= after;
}

BacklogCounts backlog_counts(Database& db) {
  BacklogCounts b;
  Statement o = db.prepare(
      "SELECT count(*) FILTER (WHERE state = 'queued'), min(created) FILTER (WHERE state = 'queued'), "
      "count(*) FILTER (WHERE state = 'failed') FROM outbox");
  if (o.step()) {
    b.outbox_queued = o.integer(0);
    if (!o.is_null(1)) b.oldest_queued = Instant{seconds{o.int64(1)}};
    b.outbox_failed = o.integer(2);
  }
  Statement m = db.prepare(
      "SELECT count(*) FILTER (WHERE state = 'new'), count(*) FILTER (WHERE state = 'failed') FROM messages");
  if (m.step()) {
    b.messages_new = m.integer(0);
    b.messages_failed = m.integer(1);
  }
  return b;
}

std::vector<std::string> health_problems(const DaemonHealth& h, std::chrono::seconds poll_interval, Instant now) {
  std::vector<std::string> out;
  if (!h.poll.last_ok)
    out.push_back("no successful poll recorded yet");
  else if (now - *h.poll.last_ok > 3 * poll_interval)
    out.push_back(fmt::format("last successful poll {} ago (more than 3 x imap.poll_seconds = {})",
                              human_duration(now - *h.poll.last_ok), human_duration(3 * poll_interval)));
  for (auto [c, ch] : {std::pair{HealthChannel::poll, &h.poll}, std::pair{HealthChannel::send, &h.send}}) {
    if (!ch->failing_since) continue;
    out.push_back(fmt::format("{} failing for {} ({} attempt{}): {}",
                              c == HealthChannel::poll ? "fetching mail (IMAP)" : "sending mail (SMTP)",
                              human_duration(now - *ch->failing_since), ch->failed_attempts,
                              ch->failed_attempts == 1 ? "" : "s", ch->last_error.value_or("")));
  }
  return out;
}

std::string human_duration(std::chrono::seconds d) {
  long long s = std::max<long long>(0, d.count());
  if (s < 60) return fmt::format("{} s", s);
  long long m = s / 60;
  if (m < 60) return fmt::format("{} min", m);
  long long h = m / 60;
  if (h < 24) return m % 60 ? fmt::format("{} h {} min", h, m % 60) : fmt::format("{} h", h);
  return h % 24 ? fmt::format("{} d {} h", h / 24, h % 24) : fmt::format("{} d", h / 24);
}

namespace {
// `s` with every measurement - a run of digits followed by a unit ("0 ms", "30001 milliseconds",
// "512 bytes") - written as "#": curl's messages carry how long a try took and how much came.
// Other numbers (ports, status and reply codes) stay: they tell one failure from another.
std::string measurements_folded(std::string_view s) {
  static constexpr std::string_view kUnits[] = {" ms", " milliseconds", " seconds", " bytes"};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) {
      out += s[i++];
      continue;
    }
    std::size_t e = i;
    while (e < s.size() && s[e] >= '0' && s[e] <= '9') ++e;
    const std::string_view rest = s.substr(e);
    const bool measured = std::any_of(std::begin(kUnits), std::end(kUnits), [&](std::string_view u) {
      return rest.starts_with(u) && (rest.size() == u.size() || !std::isalpha(static_cast<unsigned char>(rest[u.size()])));
    });
    if (measured) out += '#';
    else out.append(s.substr(i, e - i));
    i = e;
  }
  return out;
}
}  // namespace

bool same_failure(std::string_view a, std::string_view b) { return measurements_folded(a) == measurements_folded(b); }

}  // namespace pst
