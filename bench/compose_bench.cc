// compose_bench.cc: build_message() throughput — the part of sending that compose/ (mimetic since
// issue 21) owns: 5,000 acknowledgements (the Indonesian template text, quoted-printable) and 500
// officers' replies with three attachments (300 KB, base64, RFC 2231 names). Prints the median and
// best of the passes (wall clock) and writes bench/results-compose.json.
//   build/bench/compose_bench [--passes P] [--out FILE]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compose/message_builder.h"

namespace {

using namespace std::chrono;

std::string read(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

pst::OutgoingMail base(const std::string& rendered, int i) {
  const auto eol = rendered.find('\n');
  pst::OutgoingMail m;
  m.from = {"bps5101@bps.go.id", "PST BPS Kabupaten Jembrana"};
  m.to = {{"pemohon" + std::to_string(i) + "@student.example.ac.id", "Ni Luh Ayú Sriwahyuni"}};
  m.subject = rendered.substr(9, eol - 9);
  m.text_body = rendered.substr(eol + 2);
  m.message_id = "pstmail.PST-2026-" + std::to_string(10000 + i) + ".0123456789abcdef@bps.go.id";
  m.in_reply_to = "CAF=abc" + std::to_string(i) + "@mail.example.org";
  m.references = {m.in_reply_to};
  m.date = sys_days{2026y / December / 4};
  m.auto_submitted = "auto-replied";
  return m;
}

struct Figures {
  double median_ms, best_ms;
  std::size_t bytes;
};

Figures run(const std::vector<pst::OutgoingMail>& mails, int passes) {
  std::vector<double> times;
  std::size_t bytes = 0;
  for (int p = 0; p < passes; ++p) {
    bytes = 0;
    const auto t0 = steady_clock::now();
    for (const auto& m : mails) bytes += pst::build_message(m).size();
    times.push_back(duration<double, std::milli>(steady_clock::now() - t0).count());
  }
  std::sort(times.begin(), times.end());
  return {times[times.size() / 2], times.front(), bytes};
}

}  // namespace

int main(int argc, char** argv) {
  int passes = 7;
  std::string out = PST_SOURCE_DIR "/bench/results-compose.json";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--passes")) passes = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--out")) out = argv[i + 1];
  }
  const std::string ack = read(PST_SOURCE_DIR "/tests/compose/golden/acknowledgement.id.txt");
  const std::string reply = read(PST_SOURCE_DIR "/tests/compose/golden/officer_reply.id.txt");
  std::vector<pst::OutgoingMail> acks, replies;
  for (int i = 0; i < 5000; ++i) acks.push_back(base(ack, i));
  std::string binary(100000, '\0');
  for (std::size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>((i * 131 + 7) & 0xff);
  for (int i = 0; i < 500; ++i) {
    auto m = base(reply, i);
    m.attachments = {{"Tabel PDRB Désa Négara – Jembrana 2021-2025.xlsx", "application/vnd.ms-excel", binary},
                     {"catatan metodologi.pdf", "application/pdf", binary},
                     {"🙏 data.csv", "text/csv", binary}};
    replies.push_back(std::move(m));
  }
  const Figures a = run(acks, passes), r = run(replies, passes);
  std::printf("5,000 acknowledgements: median %.1f ms (%.1f us each), best %.1f ms, %zu bytes\n", a.median_ms,
              a.median_ms * 1000 / 5000, a.best_ms, a.bytes);
  std::printf("500 replies with 3 x 100 KB attachments: median %.1f ms (%.1f us each), best %.1f ms, %zu bytes\n",
              r.median_ms, r.median_ms * 1000 / 500, r.best_ms, r.bytes);
  std::ofstream(out) << "{\"acknowledgements\": {\"mails\": 5000, \"median_ms\": " << a.median_ms
                     << ", \"best_ms\": " << a.best_ms << "}, \"replies_with_attachments\": {\"mails\": 500, \"median_ms\": "
                     << r.median_ms << ", \"best_ms\": " << r.best_ms << "}, \"passes\": " << passes << "}\n";
}
