// check_server.cc: see check_server.h.
#include "daemon/check_server.h"

#include <algorithm>
#include <exception>

#include <fmt/format.h>

#include "daemon/runtime.h"
#include "daemon/work.h"
#include "transport/imap_client.h"

namespace pst {

int run_check_server(const std::string& config_path, std::ostream& out) {
  std::unique_ptr<Runtime> rt;
  try {
    rt = load_runtime(config_path);
  } catch (const std::exception& e) {
    out << e.what() << "\n";
    return 1;
  }
  ImapClient imap(imap_server_options(*rt));
  auto status = imap.status();
  if (!status) {
    out << "IMAP: cannot log in or open " << imap.mailbox() << ": " << status.error().message << "\n";
    return 1;
  }
  out << fmt::format("IMAP: logged in; {} holds {} mails (UIDVALIDITY {}, next UID {})\n", imap.mailbox(),
                     status->exists, status->uidvalidity, status->uidnext);
  auto caps = imap.capabilities();
  if (!caps) {
    out << "IMAP: CAPABILITY failed: " << caps.error().message << "\n";
    return 1;
  }
  auto has = [&](const char* c) { return std::find(caps->begin(), caps->end(), c) != caps->end(); };
  out << fmt::format("IMAP: MOVE {}, UIDPLUS {}, IDLE {}\n", has("MOVE") ? "yes" : "no", has("UIDPLUS") ? "yes" : "no",
                     has("IDLE") ? "yes" : "no");
  int code = 0;
  if (const auto& folder = rt->config.imap.processed_folder) {
    if (auto f = imap.check_folder(*folder); !f) {
      out << fmt::format("IMAP: the processed folder \"{}\" cannot be used: {}\n", *folder, f.error().message);
      code = 1;
    } else if (has("MOVE")) {
      out << fmt::format("stored mail will be moved to \"{}\" (UID MOVE)\n", *folder);
    } else if (has("UIDPLUS")) {
      out << fmt::format("stored mail will be copied to \"{}\" and removed from {} (UID COPY, UID EXPUNGE)\n", *folder,
                         imap.mailbox());
    } else {
      out << fmt::format("stored mail will be copied to \"{}\"; the original stays in {} marked \\Seen and \\Deleted "
                         "(the server has neither MOVE nor UIDPLUS; pstmaild never expunges other mail)\n",
                         *folder, imap.mailbox());
    }
  } else {
    out << fmt::format("stored mail will be marked \\Seen in {} (checked after each poll)\n", imap.mailbox());
  }
  out << (rt->config.imap.idle && has("IDLE") ? "new mail: IMAP IDLE, polling as a fallback\n"
                                               : "new mail: polling every imap.poll_seconds\n");
  return code;
}

}  // namespace pst
