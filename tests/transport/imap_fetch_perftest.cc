// imap_fetch_perftest.cc: how fast the IMAP side pulls a backlog from a private Dovecot: one URL fetch
// per mail (+ INTERNALDATE) vs one pipelined fetch_range, over imap and imaps. Not a ctest test (ninja's
// *_perftest habit): run by hand, ideally with TMPDIR=/dev/shm so disk speed does not dominate:
//   TMPDIR=/dev/shm build/tests/transport/imap_fetch_perftest [mails=5000] [bytes=26000]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "tests/harness/mailstack.h"
#include "transport/imap_client.h"

using namespace std::chrono;

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IONBF, 0);
  const int mails = argc > 1 ? std::atoi(argv[1]) : 5000;
  const std::size_t bytes = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 26000;
  pst::test::MailStack stack;
  std::vector<std::string> raw;
  std::string line(76, 'x');
  for (int i = 0; i < mails; ++i) {
    std::string m = "From: r" + std::to_string(i) + "@example.test\r\nSubject: mail " + std::to_string(i) + "\r\n\r\n";
    while (m.size() < bytes) m += line + "\r\n";
    raw.push_back(std::move(m));
  }
  auto d0 = steady_clock::now();
  stack.deliver(raw);
  std::printf("deliver: %d mails in %.2f s\n", mails, duration<double>(steady_clock::now() - d0).count());
  for (bool tls : {false, true}) {
    pst::MailServerOptions o{.url = tls ? stack.imaps_url() : stack.imap_url(),
                             .user = stack.user(),
                             .password = stack.password(),
                             .ca_file = stack.ca_file().string(),
                             .allow_insecure = !tls};
    {
      auto t0 = steady_clock::now();
      pst::ImapClient c(o);
      std::size_t total = 0;
      auto uids = c.uids_from(1);
      if (!uids) {
        std::fprintf(stderr, "error: %s\n", uids.error().message.c_str());
        return 1;
      }
      for (auto uid : *uids) {
        auto raw = c.fetch(uid);
        if (!raw) {
          std::fprintf(stderr, "error: %s\n", raw.error().message.c_str());
          return 1;
        }
        total += raw->size();
        (void)c.internaldate(uid);
      }
      double s = duration<double>(steady_clock::now() - t0).count();
      std::printf("%-5s fetch per mail : %5d mails %7.1f MB %6.2f s %8.0f mails/s\n", tls ? "imaps" : "imap",
                  static_cast<int>(uids->size()), total / 1e6, s, uids->size() / s);
    }
    {
      auto t0 = steady_clock::now();
      pst::ImapClient c(o);
      std::size_t total = 0;
      auto n = c.fetch_range(1, [&](pst::FetchedMail&& m) { total += m.body->size(); });
      if (!n) std::fprintf(stderr, "error: %s\n", n.error().message.c_str());
      double s = duration<double>(steady_clock::now() - t0).count();
      std::printf("%-5s fetch_range    : %5d mails %7.1f MB %6.2f s %8.0f mails/s\n", tls ? "imaps" : "imap",
                  static_cast<int>(n ? *n : 0), total / 1e6, s, (n ? *n : 0) / s);
    }
  }
}
