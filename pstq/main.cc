// main.cc: pstq, the officers' command-line tool: global options, then a verb (verb.h).
//   pstq [--config FILE] VERB [ARGS...]     pstq --help     pstq VERB --help     pstq --version
// Exit codes are sysexits(3) (exit_codes.h). Messages start with "pstq:" or "pstq VERB:".
// SECURITY: pstq runs setgid (issue 5); nothing here opens a file the user names; which
// configuration a caller gets, and with which rights, is trusted_config.h (issue 15); verbs that
// show ticket data check the caller's identity themselves.
#include <fmt/format.h>

#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "pstq/table.h"
#include "pstq/terminal_guard.h"
#include "pstq/verb.h"

namespace pst::pstq {
namespace {

void print_usage(std::ostream& out) {
  out << "usage: pstq [--config FILE] VERB [ARGS...]\n"
         "\n"
         "pstq is the officers' tool of pstmail, the e-mail side of the PST service.\n"
         "\n"
         "verbs:\n";
  std::size_t width = 0;
  for (const Verb& v : verbs()) width = std::max(width, v.name.size());
  for (const Verb& v : verbs()) out << fmt::format("  {:<{}}  {}\n", v.name, width, v.summary);
  out << "\n"
         "options:\n"
         "  --config FILE  another configuration: root may name any (also by $PSTMAIL_CONFIG); for\n"
         "                 anyone else pstq first gives up its group (only your own files then).\n"
         "                 Default: the installed /etc/pstmail/pstmail.yaml\n"
         "  --version      print the version and exit\n"
         "  -h, --help     this help; `pstq VERB --help` (or `pstq help VERB`) for a verb's\n"
         "                 options and examples\n"
         "\n"
         "examples:\n"
         "  pstq deadline --from 2026-11-30T10:00:00+08:00\n"
         "  pstq --config config/pstmail.example.yaml deadline --from now --json\n"
         "\n"
         "exit status (sysexits): 0 done; 64 wrong command line; 65 bad input data;\n"
         "  66 input missing; 69 service unavailable; 70 internal error; 73 cannot create a file;\n"
         "  74 I/O error; 75 temporary failure, try again; 77 not allowed; 78 configuration error.\n";
}

int unknown_verb(std::string_view name, std::ostream& err) {
  if (auto guess = suggest_verb(name)) {
    err << fmt::format("pstq: unknown verb \"{}\"; did you mean \"{}\"?\n", name, *guess);
  } else {
    err << fmt::format("pstq: unknown verb \"{}\" (see pstq --help)\n", name);
  }
  return kUsage;
}

int run(std::vector<std::string> args, std::istream& in, std::ostream& out, std::ostream& err, std::ostream& raw_out) {
  std::optional<std::string> config;
  std::size_t i = 0;
  for (; i < args.size() && args[i].starts_with("-"); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      print_usage(out);
      return kOk;
    } else if (a == "--version") {
      out << "pstq (pstmail) " << PSTMAIL_VERSION << "\n";
      return kOk;
    } else if (a == "--config") {
      if (i + 1 >= args.size()) {
        err << "pstq: --config needs a FILE\n";
        return kUsage;
      }
      config = args[++i];
    } else if (a.starts_with("--config=")) {
      config = a.substr(9);
    } else if (a == "--") {
      ++i;
      break;
    } else {
      err << fmt::format("pstq: unknown option \"{}\" (see pstq --help)\n", a);
      return kUsage;
    }
  }
  if (i >= args.size()) {
    print_usage(err);
    return kUsage;
  }
  std::string name = args[i++];
  std::vector<std::string> rest(args.begin() + long(i), args.end());
  if (name == "help") {  // pstq help [VERB]
    if (rest.empty()) {
      print_usage(out);
      return kOk;
    }
    name = rest.front();
    rest = {"--help"};
  }
  const Verb* verb = find_verb(name);
  if (!verb) return unknown_verb(name, err);
  VerbContext ctx{std::string(verb->name), std::move(rest), config, in, out, err, raw_out};
  try {
    return verb->run(ctx);
  } catch (const ExitError& e) {
    return e.code();
  }
}

}  // namespace
}  // namespace pst::pstq

int main(int argc, char** argv) {
  // Everything printed passes the terminal guard (terminal_guard.h); own colours only on a
  // colour terminal (the same test table.cc makes).
  std::streambuf* const stdout_buf = std::cout.rdbuf();
  std::streambuf* const stderr_buf = std::cerr.rdbuf();
  std::ostream raw_out(stdout_buf);
  const bool colour = pst::pstq::terminal_for(std::cout).colour;
  pst::pstq::TerminalGuardBuf out_guard(std::cout.rdbuf(), colour);
  pst::pstq::TerminalGuardBuf err_guard(std::cerr.rdbuf(), false);
  std::cout.rdbuf(&out_guard);
  std::cerr.rdbuf(&err_guard);
  std::cerr.setf(std::ios::unitbuf);
  struct Restore {
    std::streambuf* out;
    std::streambuf* err;
    ~Restore() {
      std::cout.flush();
      std::cerr.flush();
      std::cout.rdbuf(out);
      std::cerr.rdbuf(err);
    }
  } restore{stdout_buf, stderr_buf};
  try {
    const int code = pst::pstq::run({argv + 1, argv + argc}, std::cin, std::cout, std::cerr, raw_out);
    std::cout.flush();
    raw_out.flush();
    if (!std::cout) {
      std::cerr << "pstq: cannot write to standard output\n";
      return pst::pstq::kIoError;
    }
    return code;
  } catch (const std::exception& e) {
    std::cerr << "pstq: internal error: " << e.what() << "\n";
    return pst::pstq::kSoftware;
  }
}
