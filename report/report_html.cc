// report_html.cc: see report_html.h. Small functions per block; every one returns markup.
#include "report/report_html.h"

#include <fmt/format.h>

#include "calendar/instant_format.h"
#include "report/indonesian.h"
#include "report/svg_chart.h"

namespace pst {
namespace {

using Cells = std::vector<std::string>;  // already escaped markup

constexpr const char* kBlue = "#1f5f99";
constexpr const char* kOrange = "#d9822b";
constexpr const char* kGreen = "#3a8d4f";

constexpr const char* kStyle = R"(
@page { size: A4; margin: 14mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #222; margin: 24px auto; max-width: 900px; font-size: 13px; }
h1 { font-size: 22px; margin: 0 0 4px 0; color: #1f3f66; }
h2 { font-size: 17px; border-bottom: 2px solid #1f5f99; padding-bottom: 3px; margin-top: 28px; color: #1f3f66; }
h3 { font-size: 14px; margin: 16px 0 6px 0; }
p.meta { margin: 2px 0; color: #555; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0; }
.card { border: 1px solid #ccd; border-radius: 6px; padding: 8px 12px; min-width: 140px; background: #f6f8fb; }
.card .v { font-size: 22px; font-weight: bold; color: #1f5f99; }
.card .k { font-size: 11px; color: #555; }
table { border-collapse: collapse; margin: 6px 0 12px 0; }
th, td { border: 1px solid #ccd; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 10px 0; break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 4px; }
svg.chart { max-width: 100%; height: auto; }
blockquote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid #ccd; white-space: pre-wrap; }
footer { margin-top: 30px; color: #777; font-size: 11px; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table, blockquote { break-inside: avoid; } }
)";

std::string e(std::string_view s) { return xml_escape(s); }

std::string when_id(const date::time_zone& zone, Instant t) {
  const auto local = date::floor<std::chrono::minutes>(zone.to_local(t));
  const auto day = date::floor<date::days>(local);
  const date::hh_mm_ss<std::chrono::minutes> hm{local - day};
  return fmt::format("{} pukul {:02}.{:02} {}", date_id(day), hm.hours().count(), hm.minutes().count(),
                     zone_abbreviation(zone, t));
}

std::string day_of(const date::time_zone& zone, Instant t) {
  return date_id(date::floor<date::days>(zone.to_local(t)));
}

std::string hours_id(std::optional<double> h) { return h ? decimal_id(*h, 1) + " jam" : "\u2013"; }
std::string num(int v) { return std::to_string(v); }

std::string table(const Cells& header, const std::vector<Cells>& rows, const std::vector<bool>& numeric = {}) {
  std::string o = "<table><thead><tr>";
  for (const auto& h : header) o += "<th>" + h + "</th>";
  o += "</tr></thead><tbody>\n";
  for (const auto& r : rows) {
    o += "<tr>";
    for (std::size_t i = 0; i < r.size(); ++i)
      o += (i < numeric.size() && numeric[i] ? "<td class=\"n\">" : "<td>") + r[i] + "</td>";
    o += "</tr>\n";
  }
  return o + "</tbody></table>\n";
}

std::string figure(const std::string& caption, const std::string& svg) {
  return "<figure><figcaption>" + e(caption) + "</figcaption>" + svg + "</figure>\n";
}

std::string card(const std::string& value, const std::string& key) {
  return "<div class=\"card\"><div class=\"v\">" + e(value) + "</div><div class=\"k\">" + e(key) + "</div></div>";
}

std::vector<std::string> week_labels(const Report& r) {
  std::vector<std::string> out;
  for (const auto& w : r.weeks) out.push_back(day_range_id(w.first, w.last));
  return out;
}

std::string header(const Report& r, const date::time_zone& zone) {
  std::string o = "<header><h1>Laporan Layanan Konsultasi Statistik</h1>\n";
  o += "<p class=\"meta\">" + e(r.office) + "</p>\n";
  o += "<p class=\"meta\">Periode: " + e(date_id(r.period.first)) + " s.d. " + e(date_id(r.period.last)) +
       " \u00b7 Data per " + e(when_id(zone, r.now)) + "</p></header>\n";
  o += "<div class=\"cards\">" + card(num(r.requests), "Permintaan masuk") + card(num(r.complaints), "Pengaduan masuk") +
       card(num(r.replies), "Balasan petugas") + card(percent_id(r.answered_on_time_share), "Dijawab tepat waktu") +
       card(r.satisfaction.index ? decimal_id(*r.satisfaction.index, 2) + " (" + *r.satisfaction.grade + ")" : "\u2013",
            "Indeks kepuasan (IKM)") +
       "</div>\n";
  return o;
}

std::string counts_table(const char* first, const std::vector<CountRow>& rows, bool replies) {
  Cells head{e(first), "Permintaan", "Pengaduan", "Jumlah"};
  if (replies) head.push_back("Balasan");
  std::vector<Cells> body;
  for (const auto& c : rows) {
    Cells row{e(c.label), num(c.requests), num(c.complaints), num(c.requests + c.complaints)};
    if (replies) row.push_back(num(c.replies));
    body.push_back(std::move(row));
  }
  return table(head, body, {false, true, true, true, true});
}

std::string volumes(const Report& r) {
  std::string o = "<section><h2>1. Volume layanan</h2>\n";
  o += table({"Uraian", "Jumlah"},
             {{"Permintaan konsultasi masuk", num(r.requests)},
              {"\u2003di antaranya tidak pernah lengkap", num(r.never_complete)},
              {"Pengaduan masuk", num(r.complaints)},
              {"Balasan petugas", num(r.replies)},
              {"Pertanyaan petugas kepada pemohon", num(r.questions)},
              {"Spam (tidak dihitung)", num(r.spam)},
              {"Digabung ke tiket lain (tidak dihitung)", num(r.merged)}},
             {false, true});
  BarChart c{"Volume per minggu", week_labels(r), {}, std::nullopt, 0, "", 640, 240};
  BarSeries req{"Permintaan", kBlue, {}}, com{"Pengaduan", kOrange, {}}, rep{"Balasan petugas", kGreen, {}};
  for (const auto& w : r.weeks) {
    req.values.push_back(w.requests);
    com.values.push_back(w.complaints);
    rep.values.push_back(w.replies);
  }
  c.series = {req, com, rep};
  o += figure("Volume per minggu", svg_bar_chart(c));
  o += "<h3>Menurut petugas</h3>\n" + counts_table("Petugas", r.by_officer, true);
  o += "<h3>Menurut jenis instansi</h3>\n" + counts_table("Jenis instansi", r.by_institution, false);
  o += "<h3>Menurut bahasa</h3>\n" + counts_table("Bahasa", r.by_language, false);
  o += "<h3>Menurut saluran</h3>\n" + counts_table("Saluran", r.by_channel, false);
  return o + "</section>\n";
}

std::string service(const Report& r, const date::time_zone& zone) {
  std::string o = "<section><h2>2. Standar waktu pelayanan</h2>\n";
  const int judged = r.answered_on_time + r.answered_late + r.reply_overdue;
  const int judged_close = r.closed_on_time + r.closed_late + r.close_overdue;
  o += table({"Uraian", "Nilai"},
             {{"Permintaan lengkap dalam periode (jam layanan mulai)", num(r.complete)},
              {"Dijawab tepat waktu", e(fmt::format("{} dari {} ({})", r.answered_on_time, judged,
                                                    percent_id(r.answered_on_time_share)))},
              {"Dijawab terlambat", num(r.answered_late)},
              {"Belum dijawab, lewat tenggat", num(r.reply_overdue)},
              {"Masih dalam tenggat atau menunggu pemohon", num(r.reply_pending)},
              {"Ditutup tanpa balasan", num(r.closed_without_reply)},
              {"Ditutup tepat waktu", e(fmt::format("{} dari {} ({})", r.closed_on_time, judged_close,
                                                    percent_id(r.closed_on_time_share)))},
              {"Jam kerja sampai balasan pertama (median / p90)",
               e(hours_id(r.to_first_reply.median_hours) + " / " + hours_id(r.to_first_reply.p90_hours))},
              {"Jam kerja sampai ditutup (median / p90)",
               e(hours_id(r.to_close.median_hours) + " / " + hours_id(r.to_close.p90_hours))},
              {"Menunggu jawaban pemohon",
               e(fmt::format("{} tiket, {} jam kerja", r.waiting.count, decimal_id(r.waiting.total_hours, 1)))},
              {"Lewat tenggat saat ini (semua periode)", num(static_cast<int>(r.overdue_now.size()))}},
             {false, true});
  BarChart share{"Persentase dijawab tepat waktu per minggu", week_labels(r), {}, 100.0, 0, "%", 640, 220};
  BarSeries s{"Tepat waktu", kGreen, {}};
  for (const auto& w : r.weeks)
    s.values.push_back(w.judged ? std::optional<double>(100.0 * w.answered_on_time / w.judged) : std::nullopt);
  share.series = {s};
  o += figure("Persentase dijawab tepat waktu per minggu (menurut minggu permintaan lengkap)", svg_bar_chart(share));
  const auto b = reply_bin_bounds(r.day_hours);
  BarChart dist{"Sebaran jam kerja sampai balasan pertama",
                {"< 1 jam", "1 jam \u2013 1 hari", "1\u20132 hari", "2\u20133 hari", "\u2265 3 hari"},
                {}, std::nullopt, 0, "", 640, 220};
  BarSeries d{"Tiket", kBlue, {}};
  for (int n : r.reply_bins) d.values.push_back(n);
  dist.series = {d};
  o += figure(fmt::format("Sebaran jam kerja sampai balasan pertama (1 hari kerja = {} jam)",
                          decimal_id(b[1].to_hours.value_or(r.day_hours), 1)),
              svg_bar_chart(dist));
  std::vector<Cells> weeks;
  for (const auto& w : r.weeks)
    weeks.push_back({e(day_range_id(w.first, w.last)), num(w.requests), num(w.complaints), num(w.replies),
                     num(w.complete), e(fmt::format("{} dari {}", w.answered_on_time, w.judged)),
                     e(percent_id(w.judged ? std::optional<double>(static_cast<double>(w.answered_on_time) / w.judged)
                                           : std::nullopt))});
  o += "<h3>Per minggu</h3>\n" +
       table({"Minggu", "Permintaan", "Pengaduan", "Balasan", "Lengkap", "Tepat waktu", "Persentase"}, weeks,
             {false, true, true, true, true, true, true});
  if (!r.overdue_now.empty()) {
    std::vector<Cells> rows;
    for (const auto& x : r.overdue_now)
      rows.push_back({e(x.number), x.kind == "complaint" ? "Pengaduan" : "Permintaan", e(x.officer), e(when_id(zone, x.due))});
    o += "<h3>Lewat tenggat saat ini</h3>\n" + table({"Tiket", "Jenis", "Petugas", "Tenggat"}, rows);
  }
  return o + "</section>\n";
}

std::string satisfaction(const Report& r) {
  const SatisfactionSummary& s = r.satisfaction;
  std::string o = "<section><h2>3. Kepuasan pemohon</h2>\n";
  o += table({"Uraian", "Nilai"},
             {{"Jumlah penilaian", num(static_cast<int>(s.count))},
              {"Tingkat respons (tiket ditutup dalam periode yang dinilai)",
               e(fmt::format("{} dari {} ({})", r.closed_rated, r.closed_in_period, percent_id(r.response_rate)))},
              {"Rata-rata nilai keseluruhan (1\u20135)", s.overall_mean ? decimal_id(*s.overall_mean, 2) : "\u2013"},
              {"Indeks Kepuasan Masyarakat (IKM)", s.index ? decimal_id(*s.index, 2) : "\u2013"},
              {"Mutu pelayanan", s.grade ? e(fmt::format("{} ({})", *s.grade, grade_words(*s.grade, false))) : "\u2013"}},
             {false, true});
  BarChart c{"Sebaran nilai keseluruhan", {"1", "2", "3", "4", "5"}, {}, std::nullopt, 0, "", 640, 200};
  BarSeries v{"Penilaian", kBlue, {}};
  for (std::size_t n : s.distribution) v.values.push_back(static_cast<double>(n));
  c.series = {v};
  o += figure("Sebaran nilai keseluruhan (1 = sangat tidak puas, 5 = sangat puas)", svg_bar_chart(c));
  std::vector<Cells> els;
  const auto& list = survey_elements();
  for (std::size_t i = 0; i < kElementCount; ++i)
    els.push_back({e(fmt::format("U{} {}", i + 1, list[i].name_id)), num(static_cast<int>(s.element_counts[i])),
                   s.element_means[i] ? decimal_id(*s.element_means[i], 2) : "\u2013"});
  o += "<h3>Nilai rata-rata per unsur (1\u20134)</h3>\n" + table({"Unsur", "Jawaban", "Rata-rata"}, els, {false, true, true});
  o += "<h3>Saran dan masukan</h3>\n";
  if (r.feedback.empty()) o += "<p>Tidak ada.</p>\n";
  for (const auto& f : r.feedback)
    o += "<blockquote><strong>" + e(f.number) + "</strong> (nilai " +
         (f.overall ? std::to_string(*f.overall) : std::string("\u2013")) + "): " + e(f.text) + "</blockquote>\n";
  return o + "</section>\n";
}

std::string state_id(const std::string& s) {
  if (s == "open") return "Terbuka";
  if (s == "waiting") return "Menunggu pemohon";
  if (s == "answered") return "Sudah dijawab";
  if (s == "closed") return "Ditutup";
  if (s == "incomplete") return "Belum lengkap";
  return s;
}

std::string complaints(const Report& r, const date::time_zone& zone) {
  std::string o = "<section><h2>4. Pengaduan</h2>\n";
  if (r.complaint_list.empty()) return o + "<p>Tidak ada pengaduan dalam periode ini.</p></section>\n";
  std::vector<Cells> rows;
  for (const auto& c : r.complaint_list)
    rows.push_back({e(c.number), e(day_of(zone, c.received)), e(c.institution), e(c.subject), e(state_id(c.state)),
                    e(c.officer), e(hours_id(c.hours_to_close))});
  o += table({"Tiket", "Diterima", "Instansi", "Perihal", "Status", "Petugas", "Jam kerja sampai ditutup"}, rows,
             {false, false, false, false, false, false, true});
  return o + "</section>\n";
}

}  // namespace

std::string report_html(const Report& r, const date::time_zone& zone) {
  std::string o = "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\"/>\n";
  o += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
  o += "<title>" + e(fmt::format("Laporan Layanan Konsultasi Statistik {} s.d. {}", date_id(r.period.first),
                                 date_id(r.period.last))) +
       "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  o += header(r, zone);
  o += volumes(r);
  o += service(r, zone);
  o += satisfaction(r);
  o += complaints(r, zone);
  o += "<footer>Dibuat dengan pstq report. Jam kerja dihitung menurut jam layanan kantor dan hari libur; waktu "
       "menunggu jawaban pemohon tidak dihitung.</footer>\n</body>\n</html>\n";
  return o;
}

}  // namespace pst
