// main.cc: pstmaild's command line.
//   pstmaild --config FILE                 run in the foreground (systemd style) until SIGTERM/SIGINT
//   pstmaild --config FILE --once          one poll and one outbox drain, then exit
//   pstmaild --config FILE --check-config  print OK or every problem; exit 0/1
//   pstmaild parse FILE|-                  parse one raw message, print JSON (no database, no network)
#include <iostream>

#include <CLI/CLI.hpp>

#include "common/log.h"
#include "daemon/check_config.h"
#include "daemon/check_server.h"
#include "daemon/parse_command.h"
#include "daemon/service.h"

#ifndef PSTMAIL_VERSION
#define PSTMAIL_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  CLI::App app{"pstmaild: the PST mail desk daemon (IMAP in, tickets, SMTP out)", "pstmaild"};
  app.set_version_flag("--version", "pstmaild " PSTMAIL_VERSION);
  std::string config_path = "/etc/pstmail/pstmail.yaml";
  bool once = false, check = false, check_server = false, no_send = false;
  app.add_option("-c,--config", config_path, "configuration file")->envname("PSTMAIL_CONFIG");
  app.add_flag("--once", once, "one poll and one outbox drain, then exit");
  app.add_flag("--check-config", check, "check the configuration, print OK or every problem");
  app.add_flag("--check-server", check_server,
               "log in to the IMAP server and say what will happen there (capabilities, processed folder)");
  app.add_flag("--no-send", no_send, "do not drain the outbox (mail stays queued)");
  std::string parse_file;
  CLI::App* parse = app.add_subcommand("parse", "parse one raw message and print JSON (no database, no network)");
  parse->add_option("file", parse_file, "the message file, or - for standard input")->required();
  app.footer(
      "Examples:\n"
      "  pstmaild --config /etc/pstmail/pstmail.yaml\n"
      "  pstmaild --config config/pstmail.example.yaml --check-config\n"
      "  pstmaild --config /etc/pstmail/pstmail.yaml --check-server\n"
      "  pstmaild parse message.eml");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 64;
  }
  if (parse->parsed()) return pst::run_parse_command(parse_file, std::cout, std::cerr);
  if (check) return pst::run_check_config(config_path, std::cout);
  if (check_server) return pst::run_check_server(config_path, std::cout);
  pst::log_init("pstmaild");
  pst::ServiceOptions opts;
  opts.config_path = config_path;
  opts.once = once;
  opts.send = !no_send;
  return pst::run_service(opts);
}
