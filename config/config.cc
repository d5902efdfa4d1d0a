// config.cc: loads pstmail.yaml into Config. A small tree walker over yaml-cpp that knows every key,
// so that unknown keys, duplicate keys (yaml-cpp keeps the first silently), wrong types and bad
// values are reported as "file:line:column: key.path: message" - all of them, not just the first.
// Not for: reading secrets (config/secrets.h) or holiday files (calendar/holidays.h).
#include "config/config.h"

#include <charconv>
#include <filesystem>
#include <functional>
#include <map>
#include <regex>
#include <set>

#include <date/tz.h>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace pst {
namespace fs = std::filesystem;

ConfigError::ConfigError(std::vector<std::string> errors)
    : std::runtime_error(errors.empty() ? "config error" : errors.front()), errors_(std::move(errors)) {}

WeeklyHours default_office_hours() {
  WeeklyHours h;
  for (int d = 1; d <= 5; ++d) h[d] = ServiceWindow{8 * 60, 15 * 60 + 30};
  return h;
}

namespace {

class Walker {
 public:
  Walker(std::string file, fs::path base) : file_(std::move(file)), base_(std::move(base)) {}

  std::vector<std::string>& errors() { return errors_; }

  void error(const YAML::Node& at, const std::string& path, const std::string& message) {
    const YAML::Mark m = at.Mark();
    if (m.is_null())
      errors_.push_back(fmt::format("{}: {}: {}", file_, path, message));
    else
      errors_.push_back(fmt::format("{}:{}:{}: {}: {}", file_, m.line + 1, m.column + 1, path, message));
  }

  using KeyHandler = std::function<void(const YAML::Node& value, const std::string& path)>;

  /// Walks a mapping: every key must be known and appear once.
  void map(const YAML::Node& node, const std::string& path, const std::map<std::string, KeyHandler>& keys) {
    if (!node.IsMap()) {
      error(node, path, "expected a mapping");
      return;
    }
    std::set<std::string> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
      const YAML::Node key = it->first;
      std::string name = key.IsScalar() ? key.Scalar() : "?";
      std::string child = path.empty() ? name : path + "." + name;
      if (!seen.insert(name).second) {
        error(key, child, "duplicate key");
        continue;
      }
      auto handler = keys.find(name);
      if (handler == keys.end()) {
        std::string known;
        for (const auto& [k, _] : keys) known += (known.empty() ? "" : ", ") + k;
        error(key, child, fmt::format("unknown key (known here: {})", known));
        continue;
      }
      handler->second(it->second, child);
    }
  }

  bool scalar(const YAML::Node& n, const std::string& path, const char* what) {
    if (!n.IsScalar()) {
      error(n, path, fmt::format("expected {}", what));
      return false;
    }
    return true;
  }

  void string(const YAML::Node& n, const std::string& path, std::string& out, bool allow_empty = false) {
    if (!scalar(n, path, "a string")) return;
    if (!allow_empty && n.Scalar().empty()) {
      error(n, path, "must not be empty");
      return;
    }
    out = n.Scalar();
  }

  void optional_string(const YAML::Node& n, const std::string& path, std::optional<std::string>& out) {
    if (n.IsNull()) {
      out.reset();
      return;
    }
    std::string s;
    string(n, path, s);
    if (!s.empty()) out = s;
  }

  void boolean(const YAML::Node& n, const std::string& path, bool& out) {
    if (!scalar(n, path, "true or false")) return;
    if (n.Tag() == "?" && n.Scalar() == "true") {
      out = true;
    } else if (n.Tag() == "?" && n.Scalar() == "false") {
      out = false;
    } else {
      error(n, path, fmt::format("expected true or false, got \"{}\"", n.Scalar()));
    }
  }

  template <typename Int>
  void integer(const YAML::Node& n, const std::string& path, Int& out, long long min, long long max) {
    if (!scalar(n, path, "a whole number")) return;
    const std::string& s = n.Scalar();
    long long v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (n.Tag() != "?" || ec != std::errc() || p != s.data() + s.size()) {
      error(n, path, fmt::format("expected a whole number, got \"{}\"", s));
      return;
    }
    if (v < min || v > max) {
      error(n, path, fmt::format("{} is out of range ({}..{})", v, min, max));
      return;
    }
    out = static_cast<Int>(v);
  }

  /// A path relative to the config file's folder; must exist when must_exist.
  void file_path(const YAML::Node& n, const std::string& path, std::string& out, bool must_exist,
                 bool directory = false) {
    std::string s;
    string(n, path, s);
    if (s.empty()) return;
    fs::path p = fs::path(s).is_absolute() ? fs::path(s) : base_ / s;
    p = p.lexically_normal();
    std::error_code ec;
    if (must_exist) {
      if (!fs::exists(p, ec)) {
        error(n, path, fmt::format("{}: no such {}", p.string(), directory ? "folder" : "file"));
        return;
      }
      if (directory && !fs::is_directory(p, ec)) {
        error(n, path, fmt::format("{}: not a folder", p.string()));
        return;
      }
    }
    out = p.string();
  }

  void optional_file_path(const YAML::Node& n, const std::string& path, std::optional<std::string>& out,
                          bool must_exist) {
    if (n.IsNull()) {
      out.reset();
      return;
    }
    std::string s;
    file_path(n, path, s, must_exist);
    if (!s.empty()) out = s;
  }

 private:
  std::string file_;
  fs::path base_;
  std::vector<std::string> errors_;
};

std::optional<int> parse_hhmm(std::string_view s) {
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!digit(s[0]) || !digit(s[1]) || !digit(s[3]) || !digit(s[4])) return std::nullopt;
  int h = (s[0] - '0') * 10 + (s[1] - '0');
  int m = (s[3] - '0') * 10 + (s[4] - '0');
  if (h > 24 || m > 59 || (h == 24 && m != 0)) return std::nullopt;
  return h * 60 + m;
}

bool valid_date(std::string_view s) {
  static const std::regex re(R"(\d{4}-\d{2}-\d{2})");
  if (!std::regex_match(s.begin(), s.end(), re)) return false;
  int y = std::stoi(std::string(s.substr(0, 4)));
  unsigned m = static_cast<unsigned>(std::stoi(std::string(s.substr(5, 2))));
  unsigned d = static_cast<unsigned>(std::stoi(std::string(s.substr(8, 2))));
  return date::year_month_day{date::year{y}, date::month{m}, date::day{d}}.ok();
}

bool valid_address(std::string_view a) {
  static const std::regex re(R"([^\s@<>(),;:"\[\]\\]+@[A-Za-z0-9.-]+)");
  return std::regex_match(a.begin(), a.end(), re);
}

// The address inside "Name <addr>" or a bare address.
std::string address_of(const std::string& s) {
  auto lt = s.rfind('<');
  auto gt = s.rfind('>');
  if (lt != std::string::npos && gt != std::string::npos && gt > lt) return s.substr(lt + 1, gt - lt - 1);
  return s;
}

void check_url(Walker& w, const YAML::Node& n, const std::string& path, const std::string& url,
               std::initializer_list<const char*> schemes) {
  for (const char* scheme : schemes)
    if (url.rfind(std::string(scheme) + "://", 0) == 0 && url.size() > std::string(scheme).size() + 3) {
      // The same rule as the transport (mail_server_options.cc): nothing before '@' in the authority.
      // "imaps://;AUTH=PLAIN@host/INBOX" would pass here and fail at the first poll otherwise.
      const std::size_t host = std::string(scheme).size() + 3;
      const std::size_t end = url.find('/', host);
      const std::size_t at = url.rfind('@', end == std::string::npos ? url.size() : end);
      if (at != std::string::npos && at >= host)
        w.error(n, path,
                fmt::format("credentials or login options (\"{}\") are not allowed in the URL: use {}.user, "
                            "{}.auth and the password file",
                            url.substr(host, at - host), path.substr(0, path.find('.')), path.substr(0, path.find('.'))));
      return;
    }
  std::string list;
  for (const char* scheme : schemes) list += (list.empty() ? "" : " or ") + std::string(scheme) + "://";
  w.error(n, path, fmt::format("\"{}\" is not a {} URL", url, list));
}

/// "127.0.0.1:8025", "localhost:8025", "[::1]:8025" -> host and port.
std::optional<std::pair<std::string, int>> parse_listen(const std::string& s) {
  std::string host, port;
  if (!s.empty() && s[0] == '[') {
    auto close = s.find(']');
    if (close == std::string::npos || close + 1 >= s.size() || s[close + 1] != ':') return std::nullopt;
    host = s.substr(1, close - 1);
    port = s.substr(close + 2);
  } else {
    auto colon = s.rfind(':');
    if (colon == std::string::npos || s.find(':') != colon) return std::nullopt;
    host = s.substr(0, colon);
    port = s.substr(colon + 1);
  }
  static const std::regex host_re(R"([A-Za-z0-9.-]+|[0-9A-Fa-f:.]+)");
  if (host.empty() || !std::regex_match(host, host_re)) return std::nullopt;
  int p = 0;
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), p);
  if (ec != std::errc() || end != port.data() + port.size() || p < 1 || p > 65535) return std::nullopt;
  return std::pair{host, p};
}

/// The path of an http(s) URL without its final "/" ("https://pst.example/r/" -> "/r", root -> "").
std::optional<std::string> url_path(const std::string& url) {
  static const std::regex re(R"((https?)://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?(/[A-Za-z0-9._~!$&'()*+,;=:@/%-]*)?)");
  std::smatch m;
  if (!std::regex_match(url, m, re)) return std::nullopt;
  std::string path = m[4].matched ? m[4].str() : "";
  while (!path.empty() && path.back() == '/') path.pop_back();
  if (path.find("//") != std::string::npos) return std::nullopt;
  return path;
}

const char* const kWeekdays[7] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

}  // namespace

Config load_config(const std::string& path) {
  std::error_code ec;
  fs::path file = fs::absolute(path, ec).lexically_normal();
  YAML::Node root;
  try {
    if (!fs::exists(file, ec)) throw ConfigError({fmt::format("{}: no such file", path)});
    root = YAML::LoadFile(file.string());
  } catch (const YAML::Exception& e) {
    // yaml-cpp's what() already carries 1-based "line L, column C".
    throw ConfigError({fmt::format("{}:{}:{}: {}", path, e.mark.line + 1, e.mark.column + 1, e.msg)});
  }

  Config c;
  c.path = file.string();
  c.office.hours = default_office_hours();
  c.lexicon_dir = (file.parent_path() / "lexicon").lexically_normal().string();
  Walker w(path, file.parent_path());

  bool have_database = false, have_templates = false, have_imap = false, have_smtp = false;
  YAML::Node imap_node, smtp_node;

  std::map<std::string, Walker::KeyHandler> office_keys = {
      {"name", [&](auto& n, auto& p) { w.string(n, p, c.office.name); }},
      {"mailbox",
       [&](auto& n, auto& p) {
         w.string(n, p, c.office.mailbox);
         if (!c.office.mailbox.empty() && !valid_address(c.office.mailbox))
           w.error(n, p, fmt::format("\"{}\" is not a mail address", c.office.mailbox));
       }},
      {"timezone",
       [&](auto& n, auto& p) {
         w.string(n, p, c.office.timezone);
         try {
           (void)date::locate_zone(c.office.timezone);
         } catch (const std::exception&) {
           w.error(n, p, fmt::format("unknown time zone \"{}\" (expected e.g. Asia/Makassar)", c.office.timezone));
         }
       }},
      {"hours",
       [&](auto& n, auto& p) {
         WeeklyHours hours;
         std::map<std::string, Walker::KeyHandler> days;
         for (int d = 0; d < 7; ++d) {
           days[kWeekdays[d]] = [&, d](const YAML::Node& v, const std::string& vp) {
             if (v.IsNull() || (v.IsScalar() && v.Scalar() == "closed")) return;
             std::string s;
             w.string(v, vp, s);
             auto dash = s.find('-');
             std::optional<int> open, close;
             if (dash != std::string::npos) {
               open = parse_hhmm(s.substr(0, dash));
               close = parse_hhmm(s.substr(dash + 1));
             }
             if (!open || !close) {
               w.error(v, vp, fmt::format("\"{}\" is not a time range like \"08:00-15:30\" (or closed)", s));
             } else if (*open >= *close) {
               w.error(v, vp, fmt::format("\"{}\": opening must be before closing", s));
             } else {
               hours[d] = ServiceWindow{*open, *close};
             }
           };
         }
         w.map(n, p, days);
         c.office.hours = hours;
       }},
      {"holidays",
       [&](auto& n, auto& p) {
         if (n.IsNull()) return;
         if (!n.IsSequence()) {
           w.error(n, p, "expected a list of holiday files");
           return;
         }
         for (std::size_t i = 0; i < n.size(); ++i) {
           std::string f;
           w.file_path(n[i], fmt::format("{}[{}]", p, i), f, true);
           if (!f.empty()) c.office.holiday_files.push_back(f);
         }
       }},
      {"closures",
       [&](auto& n, auto& p) {
         if (n.IsNull()) return;
         if (!n.IsSequence()) {
           w.error(n, p, "expected a list of dates (YYYY-MM-DD)");
           return;
         }
         for (std::size_t i = 0; i < n.size(); ++i) {
           std::string d;
           w.string(n[i], fmt::format("{}[{}]", p, i), d);
           if (d.empty()) continue;
           if (!valid_date(d))
             w.error(n[i], fmt::format("{}[{}]", p, i), fmt::format("\"{}\" is not a date (YYYY-MM-DD)", d));
           else
             c.office.closures.push_back(d);
         }
       }},
  };

  // sla (and whatsapp.sla): the service-standard rule.
  auto sla_keys_into = [&](SlaRule& rule) -> std::map<std::string, Walker::KeyHandler> {
    return {
        {"mode",
         [&](auto& n, auto& p) {
           std::string m;
           w.string(n, p, m);
           if (m == "working_days")
             rule.mode = SlaMode::working_days;
           else if (m == "business_hours")
             rule.mode = SlaMode::business_hours;
           else if (!m.empty())
             w.error(n, p, fmt::format("\"{}\" is not working_days or business_hours", m));
         }},
        {"days", [&](auto& n, auto& p) { w.integer(n, p, rule.days, 1, 60); }},
    };
  };
  std::map<std::string, Walker::KeyHandler> sla_keys = sla_keys_into(c.sla);

  // imap.auth / smtp.auth (AuthMechanism).
  auto auth_key = [&](AuthMechanism& out) -> Walker::KeyHandler {
    return [&](auto& n, auto& p) {
      std::string a;
      w.string(n, p, a);
      if (auto m = parse_auth_mechanism(a))
        out = *m;
      else if (!a.empty())
        w.error(n, p, fmt::format("\"{}\" is not auto, plain, login, cram-md5, xoauth2 or oauthbearer", a));
    };
  };

  // imap.oauth2 / smtp.oauth2 (OAuth2Config).
  auto oauth2_keys = [&](std::optional<OAuth2Config>& o) {
    return std::map<std::string, Walker::KeyHandler>{
        {"token_url",
         [&](auto& n, auto& p) {
           w.string(n, p, o->token_url);
           static const std::regex ok(R"(https://[^\s/@]+(/\S*)?|http://(127\.0\.0\.1|localhost)(:[0-9]+)?(/\S*)?)");
           if (!o->token_url.empty() && !std::regex_match(o->token_url, ok))
             w.error(n, p, fmt::format("\"{}\" must be an https:// URL (http:// only to 127.0.0.1 or localhost)",
                                       o->token_url));
         }},
        {"client_id", [&](auto& n, auto& p) { w.string(n, p, o->client_id); }},
        {"scope", [&](auto& n, auto& p) { w.string(n, p, o->scope, true); }},
        {"client_secret_file", [&](auto& n, auto& p) { w.optional_file_path(n, p, o->client_secret_file, false); }},
        {"refresh_token_file", [&](auto& n, auto& p) { w.optional_file_path(n, p, o->refresh_token_file, false); }},
    };
  };
  auto oauth2_section = [&](std::optional<OAuth2Config>& o, const char* section) -> Walker::KeyHandler {
    return [&, section](auto& n, auto& p) {
      o.emplace();
      w.map(n, p, oauth2_keys(o));
      if (o->token_url.empty()) w.error(n, p, fmt::format("{}.oauth2.token_url: missing key", section));
      if (o->client_id.empty()) w.error(n, p, fmt::format("{}.oauth2.client_id: missing key", section));
    };
  };

  std::map<std::string, Walker::KeyHandler> imap_keys = {
      {"oauth2", oauth2_section(c.imap.oauth2, "imap")},
      {"url", [&](auto& n, auto& p) {
         w.string(n, p, c.imap.url);
         if (!c.imap.url.empty()) check_url(w, n, p, c.imap.url, {"imap", "imaps"});
       }},
      {"user", [&](auto& n, auto& p) { w.string(n, p, c.imap.user); }},
      {"password_file", [&](auto& n, auto& p) { w.file_path(n, p, c.imap.password_file, false); }},
      {"ca_file", [&](auto& n, auto& p) { w.optional_file_path(n, p, c.imap.ca_file, true); }},
      {"poll_seconds", [&](auto& n, auto& p) { w.integer(n, p, c.imap.poll_seconds, 1, 86400); }},
      {"processed_folder", [&](auto& n, auto& p) { w.optional_string(n, p, c.imap.processed_folder); }},
      {"auth", auth_key(c.imap.auth)},
      {"allow_insecure", [&](auto& n, auto& p) { w.boolean(n, p, c.imap.allow_insecure); }},
      {"ack_max_age_days", [&](auto& n, auto& p) { w.integer(n, p, c.imap.ack_max_age_days, 0, 3650); }},
      {"idle",
       [&](auto& n, auto& p) {
         std::string s;
         w.string(n, p, s);
         if (s == "auto")
           c.imap.idle = true;
         else if (s == "off")
           c.imap.idle = false;
         else if (!s.empty())
           w.error(n, p, fmt::format("\"{}\" is not auto or off", s));
       }},
      {"connect_timeout_seconds", [&](auto& n, auto& p) { w.integer(n, p, c.imap.connect_timeout_seconds, 1, 600); }},
      {"timeout_seconds", [&](auto& n, auto& p) { w.integer(n, p, c.imap.timeout_seconds, 1, 3600); }},
  };

  std::map<std::string, Walker::KeyHandler> smtp_keys = {
      {"oauth2", oauth2_section(c.smtp.oauth2, "smtp")},
      {"url", [&](auto& n, auto& p) {
         w.string(n, p, c.smtp.url);
         if (!c.smtp.url.empty()) check_url(w, n, p, c.smtp.url, {"smtp", "smtps"});
       }},
      {"user", [&](auto& n, auto& p) { w.optional_string(n, p, c.smtp.user); }},
      {"password_file",
       [&](auto& n, auto& p) {
         std::optional<std::string> f;
         w.optional_file_path(n, p, f, false);
         c.smtp.password_file = f;
       }},
      {"ca_file", [&](auto& n, auto& p) { w.optional_file_path(n, p, c.smtp.ca_file, true); }},
      {"from",
       [&](auto& n, auto& p) {
         w.string(n, p, c.smtp.from);
         if (!c.smtp.from.empty() && !valid_address(address_of(c.smtp.from)))
           w.error(n, p, fmt::format("\"{}\" has no valid mail address", c.smtp.from));
       }},
      {"auth", auth_key(c.smtp.auth)},
      {"allow_insecure", [&](auto& n, auto& p) { w.boolean(n, p, c.smtp.allow_insecure); }},
      {"connect_timeout_seconds", [&](auto& n, auto& p) { w.integer(n, p, c.smtp.connect_timeout_seconds, 1, 600); }},
      {"timeout_seconds", [&](auto& n, auto& p) { w.integer(n, p, c.smtp.timeout_seconds, 1, 3600); }},
      {"batch", [&](auto& n, auto& p) { w.integer(n, p, c.smtp.batch, 1, 100000); }},
      {"retry_min_seconds", [&](auto& n, auto& p) { w.integer(n, p, c.smtp.retry_min_seconds, 1, 86400); }},
      {"retry_max_seconds", [&](auto& n, auto& p) { w.integer(n, p, c.smtp.retry_max_seconds, 1, 7 * 86400); }},
  };

  std::map<std::string, Walker::KeyHandler> tickets_keys = {
      {"prefix",
       [&](auto& n, auto& p) {
         w.string(n, p, c.tickets.prefix);
         static const std::regex re("[A-Z][A-Z0-9]{0,15}");
         if (!c.tickets.prefix.empty() && !std::regex_match(c.tickets.prefix, re))
           w.error(n, p, fmt::format("\"{}\" must be 1-16 capital letters or digits, starting with a letter",
                                     c.tickets.prefix));
       }},
      {"reopen_days", [&](auto& n, auto& p) { w.integer(n, p, c.tickets.reopen_days, 0, 3650); }},
  };

  std::map<std::string, Walker::KeyHandler> limits_keys = {
      {"max_message_bytes",
       [&](auto& n, auto& p) { w.integer(n, p, c.limits.max_message_bytes, 1024, 1LL << 31); }},
      {"max_header_line", [&](auto& n, auto& p) { w.integer(n, p, c.limits.max_header_line, 998, 1 << 24); }},
      {"max_mime_depth", [&](auto& n, auto& p) { w.integer(n, p, c.limits.max_mime_depth, 1, 1000); }},
      {"max_mime_parts", [&](auto& n, auto& p) { w.integer(n, p, c.limits.max_mime_parts, 1, 100000); }},
      {"auto_per_sender_hour", [&](auto& n, auto& p) { w.integer(n, p, c.limits.auto_per_sender_hour, 0, 1000); }},
      {"auto_per_sender_day", [&](auto& n, auto& p) { w.integer(n, p, c.limits.auto_per_sender_day, 0, 10000); }},
  };

  bool have_base_url = false;
  std::map<std::string, Walker::KeyHandler> rating_keys = {
      {"listen",
       [&](auto& n, auto& p) {
         w.string(n, p, c.rating->listen);
         if (c.rating->listen.empty()) return;
         if (auto parsed = parse_listen(c.rating->listen)) {
           c.rating->listen_host = parsed->first;
           c.rating->listen_port = parsed->second;
         } else {
           w.error(n, p, fmt::format("\"{}\" is not host:port (e.g. 127.0.0.1:8025 or [::1]:8025)",
                                     c.rating->listen));
         }
       }},
      {"base_url",
       [&](auto& n, auto& p) {
         have_base_url = true;
         w.string(n, p, c.rating->base_url);
         if (c.rating->base_url.empty()) return;
         if (auto path = url_path(c.rating->base_url))
           c.rating->path = *path;
         else
           w.error(n, p, fmt::format("\"{}\" is not an http:// or https:// URL without query or fragment "
                                     "(e.g. https://pst.example/r)",
                                     c.rating->base_url));
       }},
      {"key_file", [&](auto& n, auto& p) { w.optional_file_path(n, p, c.rating->key_file, false); }},
      {"expire_days", [&](auto& n, auto& p) { w.integer(n, p, c.rating->expire_days, 1, 365); }},
  };
  YAML::Node rating_node;

  std::map<std::string, Walker::KeyHandler> whatsapp_keys = {
      {"number", [&](auto& n, auto& p) { w.string(n, p, c.whatsapp->number); }},
      {"phone_number_id",
       [&](auto& n, auto& p) {
         w.string(n, p, c.whatsapp->phone_number_id);
         const auto& id = c.whatsapp->phone_number_id;
         if (!id.empty() && (id.size() < 5 || id.size() > 20 || id.find_first_not_of("0123456789") != std::string::npos))
           w.error(n, p, fmt::format("\"{}\" is not a phone number id (5 to 20 digits, from Meta's dashboard)", id));
       }},
      {"api_url",
       [&](auto& n, auto& p) {
         w.string(n, p, c.whatsapp->api_url);
         if (!c.whatsapp->api_url.empty() && !url_path(c.whatsapp->api_url))
           w.error(n, p, fmt::format("\"{}\" is not an http:// or https:// URL (e.g. https://graph.facebook.com/v21.0)",
                                     c.whatsapp->api_url));
         while (c.whatsapp->api_url.size() > 1 && c.whatsapp->api_url.back() == '/') c.whatsapp->api_url.pop_back();
       }},
      {"webhook_path",
       [&](auto& n, auto& p) {
         w.string(n, p, c.whatsapp->webhook_path);
         const auto& path = c.whatsapp->webhook_path;
         if (path.empty()) return;
         if (path.front() != '/' || path.size() < 2 || path.find_first_of("?# \t") != std::string::npos ||
             path.find("..") != std::string::npos)
           w.error(n, p, fmt::format("\"{}\" is not a path (\"/whatsapp\": a '/', no query, spaces or \"..\")", path));
       }},
      {"verify_token_file", [&](auto& n, auto& p) { w.optional_file_path(n, p, c.whatsapp->verify_token_file, false); }},
      {"app_secret_file", [&](auto& n, auto& p) { w.optional_file_path(n, p, c.whatsapp->app_secret_file, false); }},
      {"access_token_file", [&](auto& n, auto& p) { w.optional_file_path(n, p, c.whatsapp->access_token_file, false); }},
      {"sla",
       [&](auto& n, auto& p) {
         c.whatsapp->sla = c.sla;  // what it does not say, the office's rule says
         w.map(n, p, sla_keys_into(*c.whatsapp->sla));
       }},
      {"reopen_template",
       [&](auto& n, auto& p) {
         w.string(n, p, c.whatsapp->reopen_template);
         const auto& t = c.whatsapp->reopen_template;
         if (!t.empty() && (t.size() > 512 || t.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos))
           w.error(n, p, fmt::format("\"{}\" is not a template name (lower-case letters, digits and '_')", t));
       }},
  };
  YAML::Node whatsapp_node;

  YAML::Node reminders_node;
  std::map<std::string, Walker::KeyHandler> reminders_keys = {
      {"horizon_working_hours",
       [&](auto& n, auto& p) {
         if (n.IsNull()) {
           c.reminders.horizon_working_hours.reset();
           return;
         }
         int h = 0;
         const std::size_t before = w.errors().size();
         w.integer(n, p, h, 1, 1000);
         if (w.errors().size() == before) c.reminders.horizon_working_hours = h;
       }},
      {"unassigned_after_working_hours",
       [&](auto& n, auto& p) { w.integer(n, p, c.reminders.unassigned_after_working_hours, 0, 1000); }},
      {"requester_reminder_after_days",
       [&](auto& n, auto& p) { w.integer(n, p, c.reminders.requester_reminder_after_days, 0, 365); }},
      {"auto_close_after_days", [&](auto& n, auto& p) { w.integer(n, p, c.reminders.auto_close_after_days, 0, 365); }},
      {"language",
       [&](auto& n, auto& p) {
         w.string(n, p, c.reminders.language);
         if (!c.reminders.language.empty() && c.reminders.language != "id" && c.reminders.language != "en")
           w.error(n, p, fmt::format("\"{}\" is not id or en", c.reminders.language));
       }},
  };

  std::map<std::string, Walker::KeyHandler> alerts_keys = {
      {"after_minutes", [&](auto& n, auto& p) { w.integer(n, p, c.alerts.after_minutes, 0, 7 * 24 * 60); }},
  };
  std::map<std::string, Walker::KeyHandler> retention_keys = {
      {"raw_mail_days", [&](auto& n, auto& p) { w.integer(n, p, c.retention.raw_mail_days, 0, 36500); }},
  };

  auto officers = [&](const YAML::Node& n, const std::string& p) {
    if (!n.IsSequence()) {
      w.error(n, p, "expected a list of officers");
      return;
    }
    std::set<std::string> logins;
    for (std::size_t i = 0; i < n.size(); ++i) {
      std::string ip = fmt::format("{}[{}]", p, i);
      OfficerConfig o;
      bool have_login = false, have_email = false;
      w.map(n[i], ip,
            {
                {"login", [&](auto& v, auto& vp) { w.string(v, vp, o.login); have_login = true;
                   static const std::regex re("[a-z_][a-z0-9_.-]{0,31}");
                   if (!o.login.empty() && !std::regex_match(o.login, re))
                     w.error(v, vp, fmt::format("\"{}\" is not a Unix login name", o.login));
                   else if (!o.login.empty() && !logins.insert(o.login).second)
                     w.error(v, vp, fmt::format("login \"{}\" appears twice", o.login));
                 }},
                {"name", [&](auto& v, auto& vp) { w.string(v, vp, o.name); }},
                {"email", [&](auto& v, auto& vp) { w.string(v, vp, o.email); have_email = true;
                   if (!o.email.empty() && !valid_address(o.email))
                     w.error(v, vp, fmt::format("\"{}\" is not a mail address", o.email));
                 }},
                {"role", [&](auto& v, auto& vp) { w.string(v, vp, o.role);
                   if (o.role != "officer" && o.role != "supervisor")
                     w.error(v, vp, fmt::format("\"{}\" is not officer or supervisor", o.role));
                 }},
            });
      if (n[i].IsMap()) {
        if (!have_login) w.error(n[i], ip, "missing key: login");
        if (!have_email) w.error(n[i], ip, "missing key: email");
      }
      c.officers.push_back(std::move(o));
    }
  };

  w.map(root, "",
        {
            {"office", [&](auto& n, auto& p) { w.map(n, p, office_keys); }},
            {"sla", [&](auto& n, auto& p) { w.map(n, p, sla_keys); }},
            {"imap", [&](auto& n, auto& p) { have_imap = true; imap_node = n; w.map(n, p, imap_keys); }},
            {"smtp", [&](auto& n, auto& p) { have_smtp = true; smtp_node = n; w.map(n, p, smtp_keys); }},
            {"database", [&](auto& n, auto& p) { have_database = true; w.file_path(n, p, c.database, false); }},
            {"templates", [&](auto& n, auto& p) { have_templates = true; w.file_path(n, p, c.templates_dir, true, true); }},
            {"lexicon", [&](auto& n, auto& p) { w.file_path(n, p, c.lexicon_dir, true, true); }},
            {"tickets", [&](auto& n, auto& p) { w.map(n, p, tickets_keys); }},
            {"limits", [&](auto& n, auto& p) { w.map(n, p, limits_keys); }},
            {"officers", officers},
            {"reminders",
             [&](auto& n, auto& p) {
               reminders_node = n;
               w.map(n, p, reminders_keys);
             }},
            {"rating",
             [&](auto& n, auto& p) {
               c.rating.emplace();
               rating_node = n;
               w.map(n, p, rating_keys);
             }},
            {"whatsapp",
             [&](auto& n, auto& p) {
               c.whatsapp.emplace();
               whatsapp_node = n;
               w.map(n, p, whatsapp_keys);
             }},
            {"alerts", [&](auto& n, auto& p) { w.map(n, p, alerts_keys); }},
            {"retention", [&](auto& n, auto& p) { w.map(n, p, retention_keys); }},
        });

  if (root.IsMap()) {
    if (!have_database) w.error(root, "database", "missing key");
    if (!have_templates) w.error(root, "templates", "missing key");
    if (have_imap && imap_node.IsMap()) {
      if (c.imap.url.empty() && !imap_node["url"]) w.error(imap_node, "imap.url", "missing key");
      if (uses_oauth2(c.imap.auth) && !c.imap.oauth2)
        w.error(imap_node, "imap.oauth2", "missing: imap.auth xoauth2/oauthbearer needs the token endpoint");
      if (c.imap.oauth2 && !uses_oauth2(c.imap.auth))
        w.error(imap_node["oauth2"], "imap.oauth2", "set imap.auth to xoauth2 or oauthbearer to use it");
      if (c.imap.user.empty() && !imap_node["user"]) w.error(imap_node, "imap.user", "missing key");
    }
    if (c.rating && rating_node.IsMap() && !have_base_url) w.error(rating_node, "rating.base_url", "missing key");
    if (c.whatsapp && whatsapp_node.IsMap()) {
      for (const char* key : {"number", "phone_number_id"})
        if (!whatsapp_node[key]) w.error(whatsapp_node, std::string("whatsapp.") + key, "missing key");
      if (!c.rating)
        w.error(whatsapp_node, "whatsapp",
                "the webhook is served by the daemon's HTTP listener: add the rating section (rating.listen)");
      else if (!c.rating->path.empty() && (c.whatsapp->webhook_path == c.rating->path ||
                                           c.whatsapp->webhook_path.rfind(c.rating->path + "/", 0) == 0))
        w.error(whatsapp_node, "whatsapp.webhook_path",
                fmt::format("\"{}\" is inside the rating pages' path \"{}\"", c.whatsapp->webhook_path, c.rating->path));
    }
    if (reminders_node.IsMap() && c.reminders.requester_reminder_after_days > 0 &&
        c.reminders.auto_close_after_days > 0 &&
        c.reminders.auto_close_after_days <= c.reminders.requester_reminder_after_days)
      w.error(reminders_node["auto_close_after_days"], "reminders.auto_close_after_days",
              fmt::format("{} must be more than requester_reminder_after_days ({}), or 0 (off)",
                          c.reminders.auto_close_after_days, c.reminders.requester_reminder_after_days));
    if (have_smtp && smtp_node.IsMap()) {
      if (c.smtp.url.empty() && !smtp_node["url"]) w.error(smtp_node, "smtp.url", "missing key");
      if (uses_oauth2(c.smtp.auth) && !c.smtp.oauth2)
        w.error(smtp_node, "smtp.oauth2", "missing: smtp.auth xoauth2/oauthbearer needs the token endpoint");
      if (c.smtp.oauth2 && !uses_oauth2(c.smtp.auth))
        w.error(smtp_node["oauth2"], "smtp.oauth2", "set smtp.auth to xoauth2 or oauthbearer to use it");
      if (c.smtp.from.empty() && !smtp_node["from"]) w.error(smtp_node, "smtp.from", "missing key");
    }
  }
  if (const char* db = std::getenv("PSTMAIL_DATABASE"); db && *db) c.database = fs::absolute(db).string();

  if (!w.errors().empty()) throw ConfigError(std::move(w.errors()));
  return c;
}

std::optional<AuthMechanism> parse_auth_mechanism(std::string_view s) {
  if (s == "auto") return AuthMechanism::automatic;
  if (s == "plain") return AuthMechanism::plain;
  if (s == "login") return AuthMechanism::login;
  if (s == "cram-md5") return AuthMechanism::cram_md5;
  if (s == "xoauth2") return AuthMechanism::xoauth2;
  if (s == "oauthbearer") return AuthMechanism::oauthbearer;
  return std::nullopt;
}

std::string curl_login_options(AuthMechanism m) {
  switch (m) {
    case AuthMechanism::automatic: return "";
    case AuthMechanism::plain: return "AUTH=PLAIN";
    case AuthMechanism::login: return "AUTH=LOGIN";
    case AuthMechanism::cram_md5: return "AUTH=CRAM-MD5";
    case AuthMechanism::xoauth2: return "AUTH=XOAUTH2";
    case AuthMechanism::oauthbearer: return "AUTH=OAUTHBEARER";
  }
  return "";
}

}  // namespace pst
