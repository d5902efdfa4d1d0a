// runtime.cc: see runtime.h.
#include "daemon/runtime.h"

#include "calendar/office_calendar.h"
#include "common/log.h"
#include "config/secrets.h"
#include "parsers/office_lexicon.h"
#include "queue/store.h"

namespace pst {

std::unique_ptr<Runtime> load_runtime(const std::string& config_path) {
  auto rt = std::make_unique<Runtime>();
  rt->config = load_config(config_path);
  rt->calendar = make_work_calendar(rt->config.office);
  // OAuth2 (imap.auth / smtp.auth xoauth2 or oauthbearer): the refresh token and client secret are
  // credentials; access tokens are fetched when first needed (transport/oauth2_token.h).
  auto oauth2 = [](const OAuth2Config& o, const std::string& side, const std::optional<std::string>& ca_file) {
    OAuth2Settings s;
    s.token_url = o.token_url;
    s.client_id = o.client_id;
    s.scope = o.scope;
    s.client_secret = read_secret(o.client_secret_file, side + "-oauth2-client-secret").value_or("");
    auto refresh = read_secret(o.refresh_token_file, side + "-oauth2-refresh-token");
    if (!refresh)
      throw SecretError(side + ".oauth2: no refresh token (credential " + side +
                        "-oauth2-refresh-token or refresh_token_file)");
    s.refresh_token = *refresh;
    s.ca_file = ca_file.value_or("");
    return std::make_shared<OAuth2TokenSource>(std::move(s));
  };
  if (rt->config.imap.oauth2)
    rt->imap_oauth2 = oauth2(*rt->config.imap.oauth2, "imap", rt->config.imap.ca_file);
  else
    rt->imap_password = read_secret(rt->config.imap.password_file, "imap-password").value_or("");
  if (rt->config.smtp.oauth2)
    rt->smtp_oauth2 = oauth2(*rt->config.smtp.oauth2, "smtp", rt->config.smtp.ca_file);
  else if (rt->config.smtp.user)
    rt->smtp_password = read_secret(rt->config.smtp.password_file, "smtp-password");
  if (rt->config.whatsapp) rt->whatsapp_token = read_secret(rt->config.whatsapp->access_token_file, "whatsapp-token");
  // The office's own organisation words (issue 16): bad lines are skipped and said once here
  // (pstmaild --check-config lists them too).
  for (const auto& problem : load_office_lexicon(rt->config.lexicon_dir)) log_warning("lexicon: " + problem);
  rt->db = open_store(rt->config.database);
  return rt;
}

}  // namespace pst
