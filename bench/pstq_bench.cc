// pstq_bench.cc: a benchmark (not a test) of `pstq list`, `search` and `remind --dry-run` on a generated database
// of 100,000 tickets (each with its inbound message row and a search_index row; 10% open, spread
// over five officers; Indonesian subjects and request words). Runs the real pstq binary (process
// start, config, calendar, database open included: what an officer waits for) several times per
// command and writes the median and best wall times to bench/results-pstq.json.
//   pstq_bench [--tickets N] [--runs R] [--dir DIR] [--out FILE]
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "queue/database.h"
#include "queue/schema.h"

namespace {

const char* const kTopics[] = {"penduduk", "kemiskinan", "inflasi", "pdrb", "pertanian", "pariwisata",
                               "pendidikan", "kesehatan", "ketenagakerjaan", "perumahan", "ipm", "upah"};
const char* const kPlaces[] = {"Negara", "Mendoyo", "Pekutatan", "Melaya", "Jembrana"};
const char* const kOfficers[] = {"made", "wayan", "nyoman", "ketut", "putu"};

void generate(const std::string& path, int n) {
  std::filesystem::remove(path);
  pst::Database db(path);
  pst::migrate(db);
  std::mt19937 rng(42);
  pst::Transaction tx(db);
  pst::Statement t = db.prepare(
      "INSERT INTO tickets(id, number, year, seq, kind, state, requester_address, requester_name, "
      "requester_institution, subject, officer, received, start, due, first_reply, closed, updated) "
      "VALUES (?1, ?2, 2026, ?1, 'request', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?9)");
  pst::Statement m = db.prepare(
      "INSERT INTO messages(id, mailbox, uidvalidity, uid, sha256, message_id, arrival, fetched, size, state, "
      "ticket_id, from_address, subject) VALUES (?1, 'INBOX', 1, ?1, ?2, ?3, ?4, ?4, 10, 'processed', ?1, ?5, ?6)");
  pst::Statement r = db.prepare("INSERT INTO raw_mail(id, raw) VALUES (?, X'78')");
  pst::Statement s = db.prepare(
      "INSERT INTO search_index(subject, body, requester, ticket_id, message_id) VALUES (?, ?, ?, ?, ?)");
  const std::int64_t base = 1767196800;  // 2026-01-01
  for (int i = 1; i <= n; ++i) {
    const char* topic = kTopics[rng() % std::size(kTopics)];
    const char* place = kPlaces[rng() % std::size(kPlaces)];
    const bool open = rng() % 10 == 0;
    const std::int64_t received = base + static_cast<std::int64_t>(i) * 300;
    const std::string addr = fmt::format("pemohon{}@example{}.ac.id", i, i % 97);
    const std::string subject = fmt::format("Permohonan data {} Kecamatan {} tahun {}", topic, place, 2015 + i % 11);
    const std::string body = fmt::format(
        "Selamat pagi, saya mahasiswa yang sedang menyusun skripsi. Saya membutuhkan data {} per desa di "
        "Kecamatan {} untuk tahun {} sampai {}. Terima kasih atas bantuannya. ref{}",
        topic, place, 2015 + i % 11, 2020 + i % 6, i);
    t.reset();
    t.bind(1, i).bind(2, fmt::format("PST-2026-{:05d}", i)).bind(3, open ? "open" : "closed").bind(4, addr);
    t.bind(5, fmt::format("Pemohon {}", i)).bind(6, fmt::format("Universitas {}", i % 40)).bind(7, subject);
    t.bind(8, kOfficers[i % 5]).bind(9, received).bind(10, received + 3 * 86400);
    if (open) t.bind_null(11).bind_null(12);
    else t.bind(11, received + 86400).bind(12, received + 2 * 86400);
    t.run();
    m.reset();
    m.bind(1, i).bind(2, fmt::format("{:064x}", i)).bind(3, fmt::format("req-{}@example.ac.id", i));
    m.bind(4, received).bind(5, addr).bind(6, subject).run();
    r.reset();
    r.bind(1, i).run();
    s.reset();
    s.bind(1, subject).bind(2, body).bind(3, addr + " Pemohon " + std::to_string(i)).bind(4, i).bind(5, i).run();
  }
  tx.commit();
  db.exec("ANALYZE");
}

double run_ms(const std::string& cmd) {
  auto start = std::chrono::steady_clock::now();
  int status = std::system((cmd + " >/dev/null").c_str());
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::cerr << "pstq_bench: failed: " << cmd << "\n";
    std::exit(1);
  }
  return ms;
}

}  // namespace

int main(int argc, char** argv) {
  int tickets = 100000, runs = 15;
  std::string dir = "/tmp/pstq-bench", out = PST_SOURCE_DIR "/bench/results-pstq.json";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--tickets") tickets = std::stoi(argv[i + 1]);
    else if (a == "--runs") runs = std::stoi(argv[i + 1]);
    else if (a == "--dir") dir = argv[i + 1];
    else if (a == "--out") out = argv[i + 1];
  }
  std::filesystem::create_directories(dir);
  const std::string db = dir + "/pstmail.db", config = dir + "/pstmail.yaml";
  auto g0 = std::chrono::steady_clock::now();
  generate(db, tickets);
  std::cerr << fmt::format("generated {} tickets in {:.1f} s\n", tickets,
                           std::chrono::duration<double>(std::chrono::steady_clock::now() - g0).count());
  std::ofstream(config) << "office:\n  mailbox: bps5101@bps.go.id\n  timezone: Asia/Makassar\n"
                           "  holidays: [" PST_SOURCE_DIR "/config/holidays/id-2026.yaml]\n"
                           "imap:\n  url: \"imaps://127.0.0.1/INBOX\"\n  user: pst\n  password_file: /dev/null\n"
                           "smtp:\n  url: \"smtp://127.0.0.1:25\"\n  from: \"PST <bps5101@bps.go.id>\"\n  allow_insecure: true\n"
                        << "database: " << db << "\ntemplates: " PST_SOURCE_DIR "/templates\nofficers:\n"
                        << "  - {login: made, name: Made, email: made@example.test}\n"
                           "  - {login: wayan, name: Wayan, email: wayan@example.test}\n"
                           "  - {login: nyoman, name: Nyoman, email: nyoman@example.test}\n"
                           "  - {login: ketut, name: Ketut, email: ketut@example.test}\n"
                           "  - {login: putu, name: Putu, email: putu@example.test}\n"
                           "  - {login: ayu, name: Ayu, email: ayu@example.test, role: supervisor}\n";
  const std::string pstq = fmt::format("'{}' --config '{}'", PSTQ_BINARY, config);
  struct Case {
    std::string name, args;
  };
  std::vector<Case> cases = {
      {"list_mine", "list --as made"},
      {"list_all_json", "list --as ayu --all --json"},
      {"list_overdue", "list --as ayu --all --overdue"},
      {"search_common_word", "search penduduk --as ayu"},
      {"search_two_words", "search kemiskinan melaya --as ayu"},
      {"search_address", "search pemohon4242@example71.ac.id --as ayu"},
      {"remind_dry_run", "remind --dry-run --now 2026-12-02T10:00:00+08:00"},
      {"deadline_baseline", "deadline --from 2026-11-30T10:00:00+08:00"},
  };
  nlohmann::json results;
  results["tickets"] = tickets;
  results["runs"] = runs;
  results["note"] = "wall time of the whole pstq process (start, config, calendar, db open, query, output), ms";
  for (const auto& c : cases) {
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) ms.push_back(run_ms(pstq + " " + c.args));
    std::sort(ms.begin(), ms.end());
    results["commands"][c.name] = {{"args", c.args}, {"median_ms", ms[ms.size() / 2]}, {"best_ms", ms.front()}};
    std::cout << fmt::format("{:<20} median {:7.1f} ms  best {:7.1f} ms   pstq {}\n", c.name, ms[ms.size() / 2],
                             ms.front(), c.args);
  }
  std::ofstream(out) << results.dump(2) << "\n";
  std::cout << "wrote " << out << "\n";
  return 0;
}
