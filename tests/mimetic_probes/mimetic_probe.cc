// mimetic_probe.cc: the evidence behind "compose with mimetic, parse with our own decoder"
// (ARCHITECTURE.md, Decisions). Each probe runs one hazard of mimetic 0.9.8 as Debian ships it and
// prints what it saw; exit 0 = the hazard is still there (the decision stands), exit 1 = it is
// gone (re-read the decision record: what would have to change is written there), exit 2 = usage.
// Crashing probes run in a child process. Run them all: ctest -L mimetic_probe (not in the default
// run: a few take seconds to a minute).
//
//   parse side:   header_quadratic deep_nesting undisclosed_recipients mixed_line_endings
//                 boundary_search base64_pipe
//   compose side: qp_line_breaks header_refold rfc2231_quoted
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <functional>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>

#include <mimetic/mimetic.h>

namespace {

using Clock = std::chrono::steady_clock;

double seconds_to_parse(const std::string& raw) {
  const auto t0 = Clock::now();
  mimetic::MimeEntity e(raw.begin(), raw.end());
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Runs `f` in a child; returns the raw wait status.
int in_child(const std::function<void()>& f) {
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    f();
    std::fflush(nullptr);
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

std::string describe(int status) {
  if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
  return "exit " + std::to_string(WEXITSTATUS(status));
}

std::string written(const mimetic::MimeEntity& e) {
  std::ostringstream out;
  out << e;
  return out.str();
}

int verdict(bool present, const std::string& what) {
  std::cout << (present ? "HAZARD PRESENT: " : "hazard gone: ") << what << "\n";
  return present ? 0 : 1;
}

// One header field of 1 MB and of 4 MB: linear parsing takes ~4x as long, mimetic's ~16x.
int header_quadratic() {
  auto mail = [](std::size_t n) { return "Subject: " + std::string(n, 'a') + "\r\n\r\nbody\r\n"; };
  const double t1 = seconds_to_parse(mail(1u << 20)), t4 = seconds_to_parse(mail(4u << 20));
  std::cout << "1 MB field: " << t1 << " s, 4 MB field: " << t4 << " s, ratio " << t4 / t1 << "\n";
  return verdict(t4 / t1 > 8, "parse time grows with the square of a header field's length");
}

// 53,000 nested multiparts (about 3 MB): mimetic recurses once per level.
int deep_nesting() {
  std::string raw;
  const int depth = 53000;
  for (int i = 0; i < depth; ++i)
    raw += "Content-Type: multipart/mixed; boundary=\"b" + std::to_string(i) + "\"\r\n\r\n--b" + std::to_string(i) + "\r\n";
  raw += "Content-Type: text/plain\r\n\r\nx\r\n";
  const int status = in_child([&] { mimetic::MimeEntity e(raw.begin(), raw.end()); });
  std::cout << "parsing " << depth << " nested multiparts: " << describe(status) << "\n";
  return verdict(WIFSIGNALED(status), "deep nesting overflows the stack (uncatchable)");
}

// "To: undisclosed-recipients:" (a group without ';'): to() throws; the entity is then destroyed.
int undisclosed_recipients() {
  const std::string raw = "From: a@example.org\r\nTo: undisclosed-recipients:\r\nSubject: x\r\n\r\nbody\r\n";
  bool threw = false;
  const int status = in_child([&] {
    mimetic::MimeEntity e(raw.begin(), raw.end());
    try {
      (void)e.header().to();
    } catch (const std::exception& ex) {
      std::cout << "to() threw " << ex.what() << "\n";
      std::fflush(nullptr);
      _exit(3);  // tell the parent, without running the destructor
    }
  });
  threw = WIFEXITED(status) && WEXITSTATUS(status) == 3;
  const int destroyed = in_child([&] {
    mimetic::MimeEntity e(raw.begin(), raw.end());
    try {
      (void)e.header().to();
    } catch (const std::exception&) {
    }
  });
  std::cout << "to() " << (threw ? "throws" : "does not throw") << "; destroying the entity after the catch: "
            << describe(destroyed) << " (under ASan: heap-use-after-free)\n";
  return verdict(threw, "address accessors throw on a group without ';'");
}

// Mixed line endings ("\n\r\n") around the header/body split and in a multipart.
int mixed_line_endings() {
  const std::string raw =
      "Content-Type: multipart/mixed; boundary=\"b\"\n\r\n\r\n--b\n\r\nContent-Type: text/plain\r\n\n\r\n"
      "x\n\r\n--b--\n\r";
  bool threw = false;
  std::string what;
  try {
    mimetic::MimeEntity e(raw.begin(), raw.end());
  } catch (const std::exception& ex) {
    threw = true;
    what = ex.what();
  }
  std::cout << "constructor " << (threw ? "threw: " + what : "returned") << "\n";
  return verdict(threw, "the constructor throws on mixed line endings (and leaks what it built)");
}

// The boundary search: a 256 KB part with a 64-byte and an 8 KB boundary.
int boundary_search() {
  auto mail = [](std::size_t boundary_length) {
    const std::string b(boundary_length, 'b');
    return "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\n\r\n" +
           std::string(256u << 10, 'b') + "\r\n--" + b + "--\r\n";
  };
  const double short_b = seconds_to_parse(mail(64)), long_b = seconds_to_parse(mail(8192));
  std::cout << "64-byte boundary: " << short_b << " s, 8 KB boundary: " << long_b << " s, ratio " << long_b / short_b
            << "\n";
  return verdict(long_b / short_b > 20, "the boundary search costs body size x boundary length");
}

// Base64::Decoder and a byte outside the alphabet.
int base64_pipe() {
  const std::string in = "QUJD|REVG";
  std::string out;
  mimetic::Base64::Decoder d;
  mimetic::code(in.begin(), in.end(), d, std::back_inserter(out));
  std::cout << "\"" << in << "\" decodes to " << out.size() << " bytes:";
  for (unsigned char c : out) std::printf(" %02x", c);
  std::cout << " (\"ABCDEF\" expected)\n";
  return verdict(out != "ABCDEF", "the base64 decoder reads past its table on '|'");
}

// QP::Encoder on text with one 8-bit byte: line breaks must stay line breaks (RFC 2045 6.7 (4)).
int qp_line_breaks() {
  const std::string in = "Terima kasih, Ibu Ay\xc3\xba.\r\nSalam\r\n";
  std::string out;
  mimetic::QP::Encoder e;
  mimetic::code(in.begin(), in.end(), e, std::back_inserter(out));
  std::cout << "QP of a two-line text with an 8-bit byte: " << out << "\n";
  return verdict(out.find("=0D=0A") != std::string::npos, "QP::Encoder encodes CRLF as =0D=0A after an 8-bit byte");
}

// A field value folded already, longer than 76 columns, written by MimeEntity.
int header_refold() {
  mimetic::MimeEntity e;
  e.header().push_back(mimetic::Field(
      "Content-Disposition", "attachment;\r\n filename*0*=utf-8''Tabel%20PDRB%20D%C3%A9sa;\r\n filename*1*=%20Jembrana.xlsx"));
  e.body().assign("x");
  const std::string out = written(e);
  const auto header_end = out.find("\r\n\r\n");
  std::cout << "written header: " << out.substr(0, header_end) << "\n";
  return verdict(header_end < out.find("filename*1*"), "a folded field is folded again into an empty line");
}

// An RFC 2231 extended parameter through ContentDisposition's parameter list.
int rfc2231_quoted() {
  mimetic::MimeEntity e;
  mimetic::ContentDisposition cd("attachment");
  cd.paramList().push_back(mimetic::ContentDisposition::Param("filename*", "utf-8''%C3%A9.pdf"));
  e.header().contentDisposition(cd);
  e.body().assign("x");
  const std::string out = written(e);
  std::cout << "written: " << out.substr(0, out.find("\r\n")) << "\n";
  return verdict(out.find("filename*=\"") != std::string::npos,
                 "an RFC 2231 extended value is quoted (RFC 2231 does not allow it)");
}

}  // namespace

int main(int argc, char** argv) {
  const std::map<std::string, int (*)()> probes = {
      {"header_quadratic", header_quadratic}, {"deep_nesting", deep_nesting},
      {"undisclosed_recipients", undisclosed_recipients}, {"mixed_line_endings", mixed_line_endings},
      {"boundary_search", boundary_search}, {"base64_pipe", base64_pipe},
      {"qp_line_breaks", qp_line_breaks}, {"header_refold", header_refold},
      {"rfc2231_quoted", rfc2231_quoted},
  };
  if (argc != 2 || !probes.count(argv[1])) {
    std::cerr << "usage: mimetic_probe PROBE\nprobes:";
    for (const auto& [name, f] : probes) std::cerr << " " << name;
    std::cerr << "\n";
    return 2;
  }
  return probes.at(argv[1])();
}
