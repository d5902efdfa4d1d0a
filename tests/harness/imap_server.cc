// imap_server.cc: see imap_server.h.
#include "tests/harness/imap_server.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "tests/harness/mailstack.h"
#include "tests/harness/script_runner.h"

namespace pst::test {

namespace fs = std::filesystem;

ImapServer::ImapServer(std::string_view kind) : kind_(kind), dir_(make_temp_folder("pstis")), owned_(true) {
  try {
    run_script(PST_IMAPSERVER_SCRIPT, "start", dir_, {kind_});
  } catch (...) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
    throw;
  }
  const auto env = read_env_file(dir_ / "env");
  port_ = std::stoi(env_value(env, "IMAP_PORT"));
  user_ = env_value(env, "IMAP_USER");
  password_file_ = env_value(env, "IMAP_PASSWORD_FILE");
}

ImapServer::ImapServer(const MailStack& stack)
    : kind_("dovecot"), dir_(stack.dir()), port_(stack.imap_port()), user_(stack.user()),
      password_file_(stack.password_file()) {}

ImapServer::~ImapServer() {
  if (!owned_) return;
  try {
    run_script(PST_IMAPSERVER_SCRIPT, "stop", dir_);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "imap_server: stop failed: %s\n", e.what());
  }
  remove_folder_unless_kept(dir_, "imap_server");
}

std::string ImapServer::url(std::string_view mailbox) const {
  return "imap://127.0.0.1:" + std::to_string(port_) + "/" + std::string(mailbox);
}

std::string ImapServer::log() const {
  if (!owned_) return "";
  std::error_code ec;
  if (!fs::exists(dir_ / "log" / "server.log", ec)) return "";
  return read_whole_file(dir_ / "log" / "server.log");
}

void ImapServer::append(std::string_view mailbox, const std::vector<std::string>& raw_mails) {
  std::vector<std::string> args{std::string(mailbox)};
  const fs::path incoming = make_temp_folder("pstis-in");
  for (std::size_t i = 0; i < raw_mails.size(); ++i) {
    const fs::path f = incoming / ("mail-" + std::to_string(i) + ".eml");
    write_whole_file(f, raw_mails[i]);
    args.push_back(f.string());
  }
  try {
    run_script(PST_IMAPSERVER_SCRIPT, "append", dir_, args);
  } catch (...) {
    std::error_code ec;
    fs::remove_all(incoming, ec);
    throw;
  }
  std::error_code ec;
  fs::remove_all(incoming, ec);
}

std::string ImapServer::command(std::string_view imap_command, std::string_view mailbox) const {
  return run_script(PST_IMAPSERVER_SCRIPT, "imap", dir_, {std::string(imap_command), std::string(mailbox)});
}

std::vector<std::uint32_t> ImapServer::uids(std::string_view mailbox, std::string_view search) const {
  std::istringstream in(command("UID SEARCH " + std::string(search), mailbox));
  std::vector<std::uint32_t> uids;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("* SEARCH", 0) != 0) continue;
    std::istringstream words(line.substr(8));
    std::uint32_t uid;
    while (words >> uid) uids.push_back(uid);
  }
  std::sort(uids.begin(), uids.end());
  return uids;
}

}  // namespace pst::test
