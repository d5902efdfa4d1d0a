// runtime.cc: see runtime.h.
#include "daemon/runtime.h"

#include "calendar/office_calendar.h"
#include "config/secrets.h"
#include "queue/store.h"

namespace pst {

std::unique_ptr<Runtime> load_runtime(const std::string& config_path) {
  auto rt = std::make_unique<Runtime>();
  rt->config = load_config(config_path);
  rt->calendar = make_work_calendar(rt->config.office);
  rt->imap_password = read_secret(rt->config.imap.password_file, "imap-password").value_or("");
  if (rt->config.smtp.user) rt->smtp_password = read_secret(rt->config.smtp.password_file, "smtp-password");
  rt->db = open_store(rt->config.database);
  return rt;
}

}  // namespace pst
