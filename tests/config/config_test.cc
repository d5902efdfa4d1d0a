// config_test.cc: load_config accepts the example and reports every mistake with file:line:col and key path.
#include "config/config.h"
#include "config/secrets.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace pst {
namespace {
namespace fs = std::filesystem;

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // A parameterised test's name is "Test/Case": one folder level, so TearDown removes it all.
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::replace(name.begin(), name.end(), '/', '_');
    dir_ = fs::temp_directory_path() / ("pst-config-" + std::to_string(::getpid()) + "-" + name);
    fs::create_directories(dir_ / "templates");
    fs::create_directories(dir_ / "holidays");
    std::ofstream(dir_ / "holidays" / "h.yaml") << "holidays: []\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& text) {
    auto p = dir_ / "pstmail.yaml";
    std::ofstream(p) << text;
    return p.string();
  }

 public:
  static std::string minimal() {
    return "database: db/pst.db\n"
           "templates: templates\n";
  }

 protected:
  std::vector<std::string> errors_of(const std::string& text) {
    std::string path = write(text);
    try {
      (void)load_config(path);
    } catch (const ConfigError& e) {
      std::vector<std::string> out;
      for (const auto& m : e.errors()) out.push_back(m.substr(path.size()));  // strip the file name
      return out;
    }
    return {};
  }

  fs::path dir_;
};

TEST_F(ConfigTest, ExampleFromTheCheckoutLoads) {
  Config c = load_config(PSTMAIL_SOURCE_DIR "/config/pstmail.example.yaml");
  EXPECT_EQ(c.office.timezone, "Asia/Makassar");
  EXPECT_EQ(c.office.holiday_files.size(), 2u);
  EXPECT_TRUE(fs::is_directory(c.templates_dir));
  EXPECT_EQ(c.templates_dir, fs::path(PSTMAIL_SOURCE_DIR "/templates").lexically_normal().string());
  EXPECT_EQ(c.sla.days, 3);
  EXPECT_EQ(c.officers.size(), 2u);
  EXPECT_EQ(c.officers[1].role, "supervisor");
  ASSERT_TRUE(c.office.hours[1].has_value());
  EXPECT_EQ(c.office.hours[1]->open_minute, 8 * 60);
  EXPECT_EQ(c.office.hours[5]->close_minute, 15 * 60 + 30);
  EXPECT_FALSE(c.office.hours[0].has_value());
  EXPECT_FALSE(c.office.hours[6].has_value());
}

TEST_F(ConfigTest, RemindersDefaultsAndValues) {
  Config d = load_config(write(minimal()));
  EXPECT_FALSE(d.reminders.horizon_working_hours);
  EXPECT_EQ(d.reminders.unassigned_after_working_hours, 4);
  EXPECT_EQ(d.reminders.requester_reminder_after_days, 0);
  EXPECT_EQ(d.reminders.auto_close_after_days, 0);
  EXPECT_EQ(d.reminders.language, "id");
  Config c = load_config(write(minimal() + "reminders: {horizon_working_hours: 8, unassigned_after_working_hours: 0, "
                                           "requester_reminder_after_days: 3, auto_close_after_days: 10, language: en}\n"));
  EXPECT_EQ(c.reminders.horizon_working_hours, 8);
  EXPECT_EQ(c.reminders.unassigned_after_working_hours, 0);
  EXPECT_EQ(c.reminders.requester_reminder_after_days, 3);
  EXPECT_EQ(c.reminders.auto_close_after_days, 10);
  EXPECT_EQ(c.reminders.language, "en");
  EXPECT_FALSE(load_config(write(minimal() + "reminders: {horizon_working_hours: null}\n")).reminders.horizon_working_hours);
}

TEST_F(ConfigTest, AlertsAndRetentionDefaultsAndValues) {
  Config d = load_config(write(minimal()));
  EXPECT_EQ(d.alerts.after_minutes, 30);
  EXPECT_EQ(d.retention.raw_mail_days, 730);
  Config c = load_config(write(minimal() + "alerts: {after_minutes: 0}\nretention: {raw_mail_days: 0}\n"));
  EXPECT_EQ(c.alerts.after_minutes, 0);
  EXPECT_EQ(c.retention.raw_mail_days, 0);
}

TEST_F(ConfigTest, RelativePathsResolveAgainstTheFile) {
  Config c = load_config(write(minimal()));
  EXPECT_EQ(c.database, (dir_ / "db/pst.db").string());
  EXPECT_EQ(c.templates_dir, (dir_ / "templates").string());
}

TEST_F(ConfigTest, DatabaseOverriddenByEnvironment) {
  ::setenv("PSTMAIL_DATABASE", "/tmp/other.db", 1);
  Config c = load_config(write(minimal()));
  ::unsetenv("PSTMAIL_DATABASE");
  EXPECT_EQ(c.database, "/tmp/other.db");
}

struct BadCase {
  const char* name;
  std::string yaml;
  std::vector<std::string> errors;
};

class ConfigErrors : public ConfigTest, public ::testing::WithParamInterface<BadCase> {};

TEST_P(ConfigErrors, AreReportedWithLineColumnAndKey) { EXPECT_EQ(errors_of(GetParam().yaml), GetParam().errors); }

INSTANTIATE_TEST_SUITE_P(
    All, ConfigErrors,
    ::testing::Values(
        BadCase{"UnknownKey", ConfigTest::minimal() + "office:\n  nmae: x\n",
                {":4:3: office.nmae: unknown key (known here: closures, holidays, hours, mailbox, name, timezone)"}},
        BadCase{"DuplicateKey", ConfigTest::minimal() + "sla: {days: 3, days: 4}\n", {":3:16: sla.days: duplicate key"}},
        BadCase{"WrongTypeInt", ConfigTest::minimal() + "sla:\n  days: three\n",
                {":4:9: sla.days: expected a whole number, got \"three\""}},
        BadCase{"UnknownAuthMechanism",
                ConfigTest::minimal() + "imap:\n  url: imaps://127.0.0.1/INBOX\n  user: u\n  auth: gssapi\n",
                {":6:9: imap.auth: \"gssapi\" is not auto, plain, login, cram-md5, xoauth2 or oauthbearer"}},
        BadCase{"OAuth2NeedsItsEndpoint",
                ConfigTest::minimal() + "imap:\n  url: imaps://127.0.0.1/INBOX\n  user: u\n  auth: xoauth2\n",
                {":4:3: imap.oauth2: missing: imap.auth xoauth2/oauthbearer needs the token endpoint"}},
        BadCase{"OAuth2TokenUrlMustBeHttpsOrLoopback",
                ConfigTest::minimal() + "imap:\n  url: imaps://127.0.0.1/INBOX\n  user: u\n  auth: xoauth2\n"
                                        "  oauth2: {token_url: \"http://login.example.com/token\", client_id: c}\n",
                {":7:23: imap.oauth2.token_url: \"http://login.example.com/token\" must be an https:// URL (http:// only "
                 "to 127.0.0.1 or localhost)"}},
        BadCase{"LoginOptionsInTheUrl",
                ConfigTest::minimal() + "imap:\n  url: \"imaps://;AUTH=PLAIN@127.0.0.1/INBOX\"\n  user: u\n",
                {":4:8: imap.url: credentials or login options (\";AUTH=PLAIN\") are not allowed in the URL: use "
                 "imap.user, imap.auth and the password file"}},
        BadCase{"OctalLooksAreDecimal", ConfigTest::minimal() + "sla:\n  days: 010\n", {}},
        BadCase{"QuotedBoolIsNotBool",
                ConfigTest::minimal() + "imap:\n  url: imap://127.0.0.1/INBOX\n  user: u\n  allow_insecure: \"yes\"\n",
                {":6:19: imap.allow_insecure: expected true or false, got \"yes\""}},
        BadCase{"BadHours", ConfigTest::minimal() + "office:\n  hours: {mon: \"8-15\", tue: \"16:00-08:00\"}\n",
                {":4:16: office.hours.mon: \"8-15\" is not a time range like \"08:00-15:30\" (or closed)",
                 ":4:29: office.hours.tue: \"16:00-08:00\": opening must be before closing"}},
        BadCase{"UnknownWeekday", ConfigTest::minimal() + "office:\n  hours: {mon: \"08:00-15:30\", mond: \"08:00-12:00\"}\n",
                {":4:31: office.hours.mond: unknown key (known here: fri, mon, sat, sun, thu, tue, wed)"}},
        BadCase{"BadZone", ConfigTest::minimal() + "office:\n  timezone: Asia/Makasar\n",
                {":4:13: office.timezone: unknown time zone \"Asia/Makasar\" (expected e.g. Asia/Makassar)"}},
        BadCase{"BadClosure", ConfigTest::minimal() + "office:\n  closures: [2026-02-30]\n",
                {":4:14: office.closures[0]: \"2026-02-30\" is not a date (YYYY-MM-DD)"}},
        BadCase{"BadUrlScheme", ConfigTest::minimal() + "smtp:\n  url: http://x\n  from: a@b.c\n",
                {":4:8: smtp.url: \"http://x\" is not a smtp:// or smtps:// URL"}},
        BadCase{"MissingTopLevel", "templates: templates\n", {":1:1: database: missing key"}},
        BadCase{"RemindersProblems",
                ConfigTest::minimal() +
                    "reminders:\n  horizon_working_hours: 0\n  unassigned_after_working_hours: -1\n"
                    "  language: fr\n  requester_reminder_after_days: 3\n  auto_close_after_days: 3\n  every: 1\n",
                {":4:26: reminders.horizon_working_hours: 0 is out of range (1..1000)",
                 ":5:35: reminders.unassigned_after_working_hours: -1 is out of range (0..1000)",
                 ":6:13: reminders.language: \"fr\" is not id or en", ":9:3: reminders.every: unknown key (known here: "
                 "auto_close_after_days, horizon_working_hours, language, requester_reminder_after_days, "
                 "unassigned_after_working_hours)",
                 ":8:26: reminders.auto_close_after_days: 3 must be more than requester_reminder_after_days (3), or 0 (off)"}},
        BadCase{"AlertsAndRetentionProblems",
                ConfigTest::minimal() + "alerts:\n  after_minutes: -1\n  after_seconds: 5\nretention:\n  raw_mail_days: x\n",
                {":4:18: alerts.after_minutes: -1 is out of range (0..10080)",
                 ":5:3: alerts.after_seconds: unknown key (known here: after_minutes)",
                 ":7:18: retention.raw_mail_days: expected a whole number, got \"x\""}},
        BadCase{"OfficerProblems",
                ConfigTest::minimal() + "officers:\n  - {login: Made!, email: made}\n  - {name: x, email: a@b.c, role: boss}\n",
                {":4:13: officers[0].login: \"Made!\" is not a Unix login name",
                 ":4:27: officers[0].email: \"made\" is not a mail address",
                 ":5:35: officers[1].role: \"boss\" is not officer or supervisor", ":5:5: officers[1]: missing key: login"}},
        // Issue 18: the WhatsApp section, each mistake with its place.
        BadCase{"WhatsAppProblems",
                ConfigTest::minimal() + "rating: {base_url: \"https://pst.example/r\"}\n"
                                        "whatsapp:\n  phone_number_id: \"12-34\"\n  api_url: graph.facebook.com\n"
                                        "  webhook_path: /r/whatsapp\n  reopen_template: \"PST Lanjutan\"\n  token: x\n",
                {":5:20: whatsapp.phone_number_id: \"12-34\" is not a phone number id (5 to 20 digits, from Meta's "
                 "dashboard)",
                 ":6:12: whatsapp.api_url: \"graph.facebook.com\" is not an http:// or https:// URL (e.g. "
                 "https://graph.facebook.com/v21.0)",
                 ":8:20: whatsapp.reopen_template: \"PST Lanjutan\" is not a template name (lower-case letters, digits "
                 "and '_')",
                 ":9:3: whatsapp.token: unknown key (known here: access_token_file, api_url, app_secret_file, number, "
                 "phone_number_id, reopen_template, sla, verify_token_file, webhook_path)",
                 ":5:3: whatsapp.number: missing key",
                 ":5:3: whatsapp.webhook_path: \"/r/whatsapp\" is inside the rating pages' path \"/r\""}},
        BadCase{"WhatsAppNeedsTheListener",
                ConfigTest::minimal() + "whatsapp: {number: \"+62 821-2211-5101\", phone_number_id: \"123456789012345\"}\n",
                {":3:11: whatsapp: the webhook is served by the daemon's HTTP listener: add the rating section "
                 "(rating.listen)"}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(ConfigTest, WhatsAppDefaultsAndValues) {
  auto c = load_config(write(minimal() + "rating: {base_url: \"https://pst.example/r\"}\n"
                                         "whatsapp:\n  number: \"+62 821-2211-5101\"\n  phone_number_id: \"123456789012345\"\n"
                                         "  api_url: \"http://127.0.0.1:9/v21.0/\"\n"));
  ASSERT_TRUE(c.whatsapp);
  EXPECT_EQ(c.whatsapp->number, "+62 821-2211-5101");
  EXPECT_EQ(c.whatsapp->api_url, "http://127.0.0.1:9/v21.0");  // without the final '/'
  EXPECT_EQ(c.whatsapp->webhook_path, "/whatsapp");
  EXPECT_EQ(c.whatsapp->reopen_template, "pst_lanjutan");
  EXPECT_FALSE(c.whatsapp->sla);  // the office's rule
  auto own = load_config(write(minimal() + "sla: {mode: working_days, days: 3}\n"
                                           "rating: {base_url: \"https://pst.example/r\"}\n"
                                           "whatsapp:\n  number: \"+62 821-2211-5101\"\n  phone_number_id: \"123456789012345\"\n"
                                           "  sla: {days: 1}\n"));
  ASSERT_TRUE(own.whatsapp && own.whatsapp->sla);
  EXPECT_EQ(own.whatsapp->sla->days, 1);
  EXPECT_EQ(own.whatsapp->sla->mode, SlaMode::working_days);
  EXPECT_EQ(own.sla.days, 3);
  EXPECT_FALSE(load_config(write(minimal())).whatsapp);  // absent: the channel is off
}

TEST_F(ConfigTest, MissingFileNamesThePath) {
  std::string d = dir_.string();
  auto errs = errors_of(minimal() + "office:\n  holidays: [holidays/h.yaml, nope.yaml]\n");
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0], ":4:31: office.holidays[1]: " + d + "/nope.yaml: no such file");
}

TEST_F(ConfigTest, SyntaxErrorHasPosition) {
  auto errs = errors_of("office: [\n");
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0].substr(0, 5), ":2:1:");
}

TEST_F(ConfigTest, SecretsComeFromFileOrCredential) {
  std::ofstream(dir_ / "pw") << "s3cret\n";
  EXPECT_EQ(read_secret((dir_ / "pw").string(), "imap-password").value(), "s3cret");
  fs::create_directories(dir_ / "creds");
  std::ofstream(dir_ / "creds" / "imap-password") << "fromcred";
  ::setenv("CREDENTIALS_DIRECTORY", (dir_ / "creds").c_str(), 1);
  EXPECT_EQ(read_secret((dir_ / "pw").string(), "imap-password").value(), "fromcred");
  ::unsetenv("CREDENTIALS_DIRECTORY");
  EXPECT_FALSE(read_secret(std::nullopt, "imap-password").has_value());
  try {
    (void)read_secret((dir_ / "missing").string(), "imap-password");
    FAIL() << "no exception";
  } catch (const SecretError& e) {
    EXPECT_NE(std::string(e.what()).find("missing: cannot read secret"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace pst
