// scenario.cc: see scenario.h. Times are WITA; "wh" = working hours (08:00-15:30, 7.5 h a day).
//
//  no. received            kind      institution (type)                  lang officer  story
//  01  Fri 27 Nov 10:00    request   BPS Provinsi Bali (gov)              id   made     November: reply+close 1 Dec 08:00, rated 4
//  02  Tue  1 Dec 09:00    request   Universitas Udayana (univ)           id   made     reply 1 Dec 11:00 (2 wh), close 2 Dec 09:00 (7.5)
//  03  Wed  2 Dec 08:00    request   Dinas Kesehatan ... (gov)            id   made     reply 3 Dec 08:00 (7.5), close 3 Dec 10:00 (9.5)
//  04  Fri  4 Dec 14:00    request   PT Bank Pembangunan ... (company)    en   wayan    due 9 Dec; reply+close 10 Dec 09:00 (25): late
//  05  Sat  5 Dec 10:00    request   - (public)                           id   wayan    clock 7 Dec 08:00; reply 12:00 (4); close 11 Dec 09:00 (31): late
//  06  Wed  9 Dec 13:00    complaint Koperasi Tani Makmur (company)       id   made     reply 15:00 (2), close 10 Dec 08:30 (3)
//  07  Thu 10 Dec 10:00    request   - (public)                           id   -        incomplete: never complete
//  08  Fri 11 Dec 11:00    request   -                                    id   -        spam (left out)
//  09  Mon 14 Dec 08:00    request   Politeknik Negeri Bali (univ)        en   wayan    wait 10:00, requester 16 Dec 08:00 (13 wh waiting,
//                                                                                       new due 21 Dec), reply+close 18 Dec 09:00 (31-13 = 18)
//  10  Mon 21 Dec 08:00    request   STIE Satya Dharma (univ)             en   made     reply 22 Dec 08:00 (7.5); close 29 Dec 09:00 (31): late
//  11  Tue 22 Dec 14:00    request   Mahasiswa (public)                   id   wayan    due 29 Dec; reply 30 Dec 08:30 (24.5): late; open
//  12  Wed 23 Dec 10:00    request   Bappeda Kabupaten Jembrana (gov)     id   made     due 30 Dec; reply 28 Dec 09:00 (6.5), close 10:00 (7.5)
//  13  Mon 28 Dec 09:00    complaint Kantor Desa Baluk (gov)              id   made     due 31 Dec; nothing: overdue now
//  14  Wed 30 Dec 10:00    request   CV Data Nusantara (company)          id   wayan    due 5 Jan 2027: pending
// Ratings (by their last change): 01 on 2 Dec (4), 02 on 3 Dec (5, all elements 3, formula-like
// feedback), 03 on 4 Dec (4), 04 on 11 Dec (2, U1 = 1, others 2, feedback with markup), 09 on
// 19 Dec (5, all elements 4, two-line feedback), 12 on 4 Jan 2027 08:30 (5: after the period).
#include "tests/report/scenario.h"

#include <fmt/format.h>

#include "calendar/instant_format.h"
#include "calendar/office_calendar.h"
#include "queue/ratings.h"
#include "queue/store.h"
#include "queue/ticket_actions.h"
#include "queue/tickets.h"

namespace pst::test {
namespace {

constexpr const char* kZone = "Asia/Makassar";

struct Spec {
  Instant received;
  TicketKind kind;
  std::optional<std::string> institution;
  std::string language;
  std::optional<std::string> officer;
  bool complete = true;
  std::string subject;
};

std::string clock_detail(const WorkCalendar& cal, const Deadline& d) {
  return fmt::format("start {}, due {}", format_iso8601(*cal.zone, d.start), format_iso8601(*cal.zone, d.due));
}

/// As intake's new_ticket: the ticket, "opened", "assigned", "clock_started" (or waiting for details).
std::int64_t open(Scenario& s, const Spec& spec) {
  Ticket t;
  t.kind = spec.kind;
  t.state = spec.complete ? TicketState::open : TicketState::incomplete;
  t.requester_address = fmt::format("requester{}@example.test", spec.received.time_since_epoch().count() % 1000);
  t.requester_name = "Pemohon";
  t.requester_institution = spec.institution;
  t.subject = spec.subject;
  t.language = spec.language;
  t.officer = spec.officer;
  t.received = spec.received;
  std::optional<Deadline> d;
  if (spec.complete) {
    d = compute_deadline(s.calendar, spec.received, s.config.sla);
    t.start = d->start;
    t.due = d->due;
  }
  Transaction tx(*s.db);
  insert_ticket(*s.db, t, "PST", 2026, spec.received);
  add_event(*s.db, t.id, spec.received, "pstmaild", "opened", "request");
  if (t.officer) add_event(*s.db, t.id, spec.received, "pstmaild", "assigned", *t.officer);
  if (d)
    add_event(*s.db, t.id, spec.received, "pstmaild", "clock_started", clock_detail(s.calendar, *d));
  else
    add_event(*s.db, t.id, spec.received, "pstmaild", "waiting_for_requester", "institution");
  tx.commit();
  return t.id;
}

ActionContext at(Scenario& s, const std::string& who, Instant when) {
  return make_action_context(*s.db, s.config, s.calendar, who, when);
}

void reply(Scenario& s, std::int64_t id, const std::string& who, Instant when, bool close = false) {
  auto c = at(s, who, when);
  reply_to_ticket(c, id, ReplyOptions{"Terlampir data yang diminta.", {}, close, std::nullopt});
}

void close(Scenario& s, std::int64_t id, const std::string& who, Instant when) {
  auto c = at(s, who, when);
  close_ticket(c, id);
}

/// As intake's join() for a waiting ticket: the requester answered; a fresh deadline from arrival.
void requester_answers(Scenario& s, std::int64_t id, Instant arrival) {
  Transaction tx(*s.db);
  Ticket t = *find_ticket(*s.db, id);
  Deadline d = compute_deadline(s.calendar, arrival, s.config.sla);
  t.state = TicketState::open;
  t.start = d.start;
  t.due = d.due;
  update_ticket(*s.db, t, arrival);
  add_event(*s.db, t.id, arrival, "requester", "requester_mail", "message 1");
  add_event(*s.db, t.id, arrival, "pstmaild", "clock_resumed", clock_detail(s.calendar, d));
  tx.commit();
}

void rate(Scenario& s, std::int64_t id, Instant when, int overall, std::optional<int> u1, std::optional<int> others,
          const std::string& feedback) {
  RatingInput r;
  r.overall = overall;
  r.feedback = feedback;
  for (std::size_t i = 0; i < kElementCount; ++i) r.elements[i] = i == 0 ? u1 : others;
  Transaction tx(*s.db);
  record_rating(*s.db, id, r, when);
  tx.commit();
}

}  // namespace

Scenario::~Scenario() {
  db.reset();
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}

Instant wita(int y, unsigned m, unsigned d, int hh, int mm) {
  const date::local_seconds local =
      date::local_days{date::year{y} / m / d} + std::chrono::hours(hh) + std::chrono::minutes(mm);
  return std::chrono::time_point_cast<std::chrono::seconds>(date::locate_zone(kZone)->to_sys(local));
}

std::unique_ptr<Scenario> build_scenario(const std::string& tag) {
  auto s = std::make_unique<Scenario>();
  s->dir = std::filesystem::temp_directory_path() / fmt::format("pst-report-{}-{}", ::getpid(), tag);
  std::filesystem::remove_all(s->dir);
  std::filesystem::create_directories(s->dir);
  s->db = open_store((s->dir / "pst.db").string());
  s->config.templates_dir = PSTMAIL_SOURCE_DIR "/templates";
  s->config.office.timezone = kZone;
  s->config.office.hours = default_office_hours();
  s->config.office.holiday_files = {PSTMAIL_SOURCE_DIR "/config/holidays/id-2026.yaml",
                                    PSTMAIL_SOURCE_DIR "/config/holidays/id-2027.yaml"};
  s->config.officers = {{"made", "I Made Sudarma", "made@example.test", "officer"},
                        {"wayan", "I Wayan Sudiarta", "wayan@example.test", "officer"},
                        {"ayu", "Ni Luh Ayu", "ayu@example.test", "supervisor"}};
  s->calendar = make_work_calendar(s->config.office);
  s->now = wita(2027, 1, 4, 10, 0);
  Scenario& sc = *s;
  using K = TicketKind;
  const std::string id = "id", en = "en";

  const auto t01 = open(sc, {wita(2026, 11, 27, 10, 0), K::request, "BPS Provinsi Bali", id, "made", true, "Data inflasi"});
  const auto t02 = open(sc, {wita(2026, 12, 1, 9, 0), K::request, "Universitas Udayana", id, "made", true, "Data penduduk"});
  const auto t03 =
      open(sc, {wita(2026, 12, 2, 8, 0), K::request, "Dinas Kesehatan Kabupaten Jembrana", id, "made", true, "Data stunting"});
  const auto t04 = open(sc, {wita(2026, 12, 4, 14, 0), K::request, "PT Bank Pembangunan Daerah Bali", en, "wayan", true,
                             "Regional GDP"});
  const auto t05 = open(sc, {wita(2026, 12, 5, 10, 0), K::request, std::nullopt, id, "wayan", true, "Data kemiskinan"});
  const auto t06 = open(sc, {wita(2026, 12, 9, 13, 0), K::complaint, "Koperasi Tani Makmur", id, "made", true,
                             "Keluhan: tabel <script>alert(1)</script> & angka salah"});
  open(sc, {wita(2026, 12, 10, 10, 0), K::request, std::nullopt, id, std::nullopt, false, "Minta data"});
  const auto t08 = open(sc, {wita(2026, 12, 11, 11, 0), K::request, std::nullopt, id, std::nullopt, true, "Promo"});
  const auto t09 = open(sc, {wita(2026, 12, 14, 8, 0), K::request, "Politeknik Negeri Bali", en, "wayan", true,
                             "Tourism statistics"});
  const auto t10 = open(sc, {wita(2026, 12, 21, 8, 0), K::request, "STIE Satya Dharma", en, "made", true, "Wages"});
  const auto t11 = open(sc, {wita(2026, 12, 22, 14, 0), K::request, "Mahasiswa", id, "wayan", true, "Data IPM"});
  const auto t12 =
      open(sc, {wita(2026, 12, 23, 10, 0), K::request, "Bappeda Kabupaten Jembrana", id, "made", true, "Data PDRB"});
  open(sc, {wita(2026, 12, 28, 9, 0), K::complaint, "Kantor Desa Baluk", id, "made", true, "Data desa keliru"});
  open(sc, {wita(2026, 12, 30, 10, 0), K::request, "CV Data Nusantara", id, "wayan", true, "Data UMKM"});

  reply(sc, t01, "made", wita(2026, 12, 1, 8, 0), true);
  reply(sc, t02, "made", wita(2026, 12, 1, 11, 0));
  close(sc, t02, "made", wita(2026, 12, 2, 9, 0));
  reply(sc, t03, "made", wita(2026, 12, 3, 8, 0));
  close(sc, t03, "made", wita(2026, 12, 3, 10, 0));
  reply(sc, t04, "wayan", wita(2026, 12, 10, 9, 0), true);
  reply(sc, t05, "wayan", wita(2026, 12, 7, 12, 0));
  close(sc, t05, "wayan", wita(2026, 12, 11, 9, 0));
  reply(sc, t06, "made", wita(2026, 12, 9, 15, 0));
  close(sc, t06, "made", wita(2026, 12, 10, 8, 30));
  {
    auto c = at(sc, "ayu", wita(2026, 12, 11, 11, 5));
    mark_spam(c, t08);
  }
  {
    auto c = at(sc, "wayan", wita(2026, 12, 14, 10, 0));
    ask_requester(c, t09, "Untuk tahun berapa?");
  }
  requester_answers(sc, t09, wita(2026, 12, 16, 8, 0));
  reply(sc, t09, "wayan", wita(2026, 12, 18, 9, 0), true);
  reply(sc, t10, "made", wita(2026, 12, 22, 8, 0));
  close(sc, t10, "made", wita(2026, 12, 29, 9, 0));
  reply(sc, t11, "wayan", wita(2026, 12, 30, 8, 30));
  reply(sc, t12, "made", wita(2026, 12, 28, 9, 0));
  close(sc, t12, "made", wita(2026, 12, 28, 10, 0));

  rate(sc, t01, wita(2026, 12, 2, 9, 0), 4, std::nullopt, std::nullopt, "");
  rate(sc, t02, wita(2026, 12, 3, 9, 0), 5, 3, 3, "=SUM(A1) cepat sekali");
  rate(sc, t03, wita(2026, 12, 4, 9, 0), 4, std::nullopt, std::nullopt, "");
  rate(sc, t04, wita(2026, 12, 11, 9, 0), 2, 1, 2, "Jawaban terlambat <b>sekali</b> & kurang lengkap");
  rate(sc, t09, wita(2026, 12, 19, 9, 0), 5, 4, 4, "Sangat membantu, terima kasih!\nSukses selalu.");
  rate(sc, t12, wita(2027, 1, 4, 8, 30), 5, std::nullopt, std::nullopt, "");
  return s;
}

}  // namespace pst::test
