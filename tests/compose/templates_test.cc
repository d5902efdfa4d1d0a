// templates_test.cc: golden files of every template in both languages (tests/compose/golden/),
// the json -> mustache conversion, the language fallback, missing-variable detection, syntax errors
// with file and byte offset, and validate_templates() over the real templates/ folder and broken ones.
// Regenerate the golden files with PSTMAIL_UPDATE_GOLDEN=1 (review the diff before committing).
#include "compose/templates.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace pst {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

const std::string kTemplates = std::string(PSTMAIL_SOURCE_DIR) + "/templates";
const std::string kGolden = std::string(PSTMAIL_SOURCE_DIR) + "/tests/compose/golden";

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

json base(const std::string& lang) {
  const bool en = lang == "en";
  return {
      {"office_name", "BPS Kabupaten Jembrana"},
      {"office_mailbox", "bps5101@bps.go.id"},
      {"ticket", "PST-2026-00042"},
      {"subject", "Permintaan data PDRB Kabupaten Jembrana 2021-2025"},
      {"requester_name", "Ni Luh Ayu Sriwahyuni"},
      {"received_local", en ? "Friday, 27 November 2026 09:15 WITA" : "Jumat, 27 November 2026 pukul 09.15 WITA"},
      {"due_local", en ? "Wednesday, 2 December 2026 09:15 WITA" : "Rabu, 2 Desember 2026 pukul 09.15 WITA"},
      {"service_hours_text", en ? "Monday to Friday, 08:00-15:30 WITA (except public holidays)"
                                : "Senin-Jumat pukul 08.00-15.30 WITA (kecuali hari libur nasional)"},
  };
}

// A digest (pstq remind) of two overdue and one due-soon ticket, or the escalation of one overdue and
// one unassigned ticket.
json digest(const std::string& lang, bool escalation) {
  const bool en = lang == "en";
  auto item = [&](const std::string& number, const std::string& subject, const std::string& name,
                  const std::string& institution, const std::string& due, const std::string& officer) {
    return json{{"ticket", number},
                {"subject", subject},
                {"requester_name", name},
                {"requester_address", "ayu@example.org"},
                {"institution", institution},
                {"received_local", en ? "Monday, 23 November 2026 09:15 WITA" : "Senin, 23 November 2026 pukul 09.15 WITA"},
                {"due_local", due},
                {"officer_name", officer},
                {"show_command", "pstq show " + number}};
  };
  json overdue1 = item("PST-2026-00040", "Permintaan data PDRB Kabupaten Jembrana 2021-2025", "Ni Luh Ayu Sriwahyuni",
                       "Universitas Udayana",
                       en ? "Thursday, 26 November 2026 15:30 WITA" : "Kamis, 26 November 2026 pukul 15.30 WITA",
                       escalation ? "" : "I Made Sudarma");
  overdue1["overdue_working"] = en ? "9 h 30 min" : "9 jam 30 menit";
  json overdue2 = item("PST-2026-00041", "", "", "", en ? "Friday, 27 November 2026 15:30 WITA" : "Jumat, 27 November 2026 pukul 15.30 WITA",
                       "I Made Sudarma");
  overdue2["overdue_working"] = en ? "2 h" : "2 jam";
  json d = {
      {"office_name", "BPS Kabupaten Jembrana"},
      {"office_mailbox", "bps5101@bps.go.id"},
      {"recipient_name", escalation ? "Ni Luh Ayu" : "I Made Sudarma"},
      {"now_local", en ? "Monday, 30 November 2026 10:00 WITA" : "Senin, 30 November 2026 pukul 10.00 WITA"},
      {"horizon_local", en ? "Tuesday, 1 December 2026 15:30 WITA" : "Selasa, 1 Desember 2026 pukul 15.30 WITA"},
      {"unassigned_after", en ? "4 h" : "4 jam"},
      {"overdue", json::array({overdue1, overdue2})},
      {"overdue_count", 2},
      {"has_overdue", true},
  };
  if (escalation) {
    json u = item("PST-2026-00043", "Data kemiskinan 2025", "Kadek Dwi", "Bappeda Jembrana",
                  en ? "Thursday, 3 December 2026 15:30 WITA" : "Kamis, 3 Desember 2026 pukul 15.30 WITA", "");
    u["unassigned_working"] = en ? "5 h 15 min" : "5 jam 15 menit";
    d["unassigned"] = json::array({u});
    d["unassigned_count"] = 1;
    d["has_unassigned"] = true;
  } else {
    json soon = item("PST-2026-00042", "Permintaan data penduduk per kecamatan", "Putu Ayu Lestari", "",
                     en ? "Tuesday, 1 December 2026 15:30 WITA" : "Selasa, 1 Desember 2026 pukul 15.30 WITA",
                     "I Made Sudarma");
    soon["due_in_working"] = en ? "13 h" : "13 jam";
    d["due_soon"] = json::array({soon});
    d["due_soon_count"] = 1;
    d["has_due_soon"] = true;
  }
  return d;
}

// pstmaild's health alert (issue 8): a poll or send failure, or the recovery from a poll failure.
json alert(const std::string& lang, bool recovered, bool poll) {
  const bool en = lang == "en";
  return {
      {"office_name", "BPS Kabupaten Jembrana"},
      {"office_mailbox", "bps5101@bps.go.id"},
      {"recovered", recovered},
      {"is_poll", poll},
      {"is_send", !poll},
      {"what", poll ? (en ? "fetching mail from the office mailbox (IMAP)" : "pengambilan surat dari kotak surat kantor (IMAP)")
                    : (en ? "sending mail (SMTP)" : "pengiriman surat (SMTP)")},
      {"server", poll ? "imaps://mail.bps.go.id/INBOX" : "smtp://mail.bps.go.id:587"},
      {"failing_since_local", en ? "Friday, 27 November 2026 09:15 WITA" : "Jumat, 27 November 2026 pukul 09.15 WITA"},
      {"duration", "35 min"},
      {"attempts", 36},
      {"last_error", poll ? "IMAP: Login denied (AUTHENTICATIONFAILED)" : "Couldn't connect to server"},
      {"last_ok_local", en ? "Friday, 27 November 2026 09:14 WITA" : "Jumat, 27 November 2026 pukul 09.14 WITA"},
      {"now_local", en ? "Friday, 27 November 2026 09:50 WITA" : "Jumat, 27 November 2026 pukul 09.50 WITA"},
  };
}

struct GoldenCase {
  std::string golden;  // file stem in golden/
  std::string name;
  json (*data)(const std::string& lang);
};

const std::vector<GoldenCase>& golden_cases() {
  static const std::vector<GoldenCase> cases = {
      {"acknowledgement", "acknowledgement", [](const std::string& l) { return base(l); }},
      {"acknowledgement_anonymous", "acknowledgement",
       [](const std::string& l) {
         auto d = base(l);
         d["requester_name"] = nullptr;
         d["subject"] = "";
         return d;
       }},
      {"request_completion", "request_completion",
       [](const std::string& l) {
         auto d = base(l);
         d.erase("due_local");
         d["missing"] = missing_items({"name", "institution", "request"}, l);
         return d;
       }},
      {"request_completion_institution", "request_completion",
       [](const std::string& l) {
         auto d = base(l);
         d["missing"] = missing_items({"institution"}, l);
         return d;
       }},
      {"complaint_acknowledgement", "complaint_acknowledgement", [](const std::string& l) { return base(l); }},
      {"officer_reply", "officer_reply",
       [](const std::string& l) {
         auto d = base(l);
         d["officer_name"] = "I Made Sudarma";
         d["body"] = l == "en" ? "Dear Ms Ayu,\n\nPlease find the GRDP tables for 2021-2025 attached.\n\nRegards,\nMade"
                               : "Yth. Ibu Ayu,\n\nBersama ini kami lampirkan tabel PDRB 2021-2025.\n\nSalam,\nMade";
         return d;
       }},
      {"officer_question", "officer_question",
       [](const std::string& l) {
         auto d = base(l);
         d["officer_name"] = "I Made Sudarma";
         d["body"] = l == "en" ? "Do you need GRDP at current prices, at constant 2010 prices, or both?"
                               : "Apakah yang dibutuhkan PDRB atas dasar harga berlaku, harga konstan 2010, atau keduanya?";
         return d;
       }},
      {"closure", "closure",
       [](const std::string& l) {
         auto d = base(l);
         d["officer_name"] = "I Made Sudarma";
         d["rating_url"] = "https://pst.example/r/AbCdEf0123";
         d["expire_days"] = 30;
         return d;
       }},
      {"closure_by_reply", "closure",
       [](const std::string& l) {
         auto d = base(l);
         d["officer_name"] = nullptr;
         return d;
       }},
      {"officer_notification", "officer_notification",
       [](const std::string& l) {
         auto d = base(l);
         d["officer_name"] = "I Made Sudarma";
         d["requester_address"] = "ayu@example.org";
         d["excerpt"] = "Mohon maaf, apakah datanya bisa dikirim dalam format Excel?";
         return d;
       }},
      {"officer_notification_minimal", "officer_notification",
       [](const std::string& l) {
         auto d = base(l);
         d["officer_name"] = "I Made Sudarma";
         d["requester_name"] = "";
         d["requester_address"] = "ayu@example.org";
         d["due_local"] = nullptr;
         return d;
       }},
      {"reminder_digest", "reminder_digest", [](const std::string& l) { return digest(l, false); }},
      {"reminder_digest_due_soon_only", "reminder_digest",
       [](const std::string& l) {
         auto d = digest(l, false);
         d["overdue"] = json::array();
         d["overdue_count"] = 0;
         d["has_overdue"] = false;
         d["recipient_name"] = "";
         return d;
       }},
      {"escalation_digest", "escalation_digest", [](const std::string& l) { return digest(l, true); }},
      {"requester_reminder", "requester_reminder",
       [](const std::string& l) {
         auto d = base(l);
         d["waiting_since_local"] = d["received_local"];
         d["missing"] = missing_items({"institution"}, l);
         d["has_missing"] = true;
         d["waiting_for_answer"] = false;
         d["auto_close_local"] = l == "en" ? "Friday, 11 December 2026 09:15 WITA" : "Jumat, 11 Desember 2026 pukul 09.15 WITA";
         return d;
       }},
      {"requester_reminder_question", "requester_reminder",
       [](const std::string& l) {
         auto d = base(l);
         d["requester_name"] = nullptr;
         d["waiting_since_local"] = d["due_local"];
         d["missing"] = json::array();
         d["has_missing"] = false;
         d["waiting_for_answer"] = true;
         d["auto_close_local"] = "";
         return d;
       }},
      {"auto_closure", "auto_closure",
       [](const std::string& l) {
         auto d = base(l);
         d["waiting_since_local"] = d["received_local"];
         d["closed_after_days"] = 10;
         return d;
       }},
      {"bounce_notice", "bounce_notice",
       [](const std::string& l) {
         auto d = base(l);
         d["requester_address"] = "ayu@example.org";
         d["recipient_name"] = "I Made Sudarma";
         d["officer_name"] = "I Made Sudarma";
         d["report"] = "rfc822; ayu@example.org failed 5.1.1";
         return d;
       }},
      {"alert", "alert", [](const std::string& l) { return alert(l, false, true); }},
      {"alert_send", "alert", [](const std::string& l) { return alert(l, false, false); }},
      {"alert_recovered", "alert", [](const std::string& l) { return alert(l, true, true); }},
  };
  return cases;
}

// Digests and alerts are not about one ticket: their subject carries no ticket tag.
bool is_digest(const std::string& name) { return name.ends_with("_digest") || name == "alert"; }

class Golden : public ::testing::TestWithParam<std::pair<std::size_t, std::string>> {};

TEST_P(Golden, MatchesFile) {
  const auto& c = golden_cases()[GetParam().first];
  const auto& lang = GetParam().second;
  const auto r = render_template(kTemplates, c.name, lang, c.data(lang));
  EXPECT_EQ(r.lang, lang);
  const auto got = "Subject: " + r.subject + "\n\n" + r.body;
  const auto path = kGolden + "/" + c.golden + "." + lang + ".txt";
  if (std::getenv("PSTMAIL_UPDATE_GOLDEN")) write(path, got);
  ASSERT_TRUE(fs::exists(path)) << path << " missing; run with PSTMAIL_UPDATE_GOLDEN=1";
  EXPECT_EQ(got, read(path)) << path;
  // No template leaves a run of blank lines, a line with trailing spaces, or a stray tag.
  EXPECT_EQ(got.find("\n\n\n"), std::string::npos) << path;
  EXPECT_EQ(got.find(" \n"), std::string::npos) << path;
  EXPECT_EQ(got.find("{{"), std::string::npos) << path;
  EXPECT_EQ(r.subject.find('\n'), std::string::npos);
  if (!is_digest(c.name)) {
    EXPECT_NE(r.subject.find("[PST-2026-00042]"), std::string::npos) << "subject must carry the ticket tag";
  }
}

std::vector<std::pair<std::size_t, std::string>> golden_params() {
  std::vector<std::pair<std::size_t, std::string>> out;
  for (std::size_t i = 0; i < golden_cases().size(); ++i) {
    out.emplace_back(i, "id");
    out.emplace_back(i, "en");
  }
  return out;
}

INSTANTIATE_TEST_SUITE_P(Templates, Golden, ::testing::ValuesIn(golden_params()),
                         [](const auto& info) { return golden_cases()[info.param.first].golden + "_" + info.param.second; });

TEST(Templates, EveryKnownTemplateHasBothLanguagesAndAGolden) {
  for (const auto& name : known_template_names()) {
    EXPECT_TRUE(fs::exists(kTemplates + "/" + name + ".id.txt")) << name;
    EXPECT_TRUE(fs::exists(kTemplates + "/" + name + ".en.txt")) << name;
    EXPECT_TRUE(fs::exists(kGolden + "/" + name + ".id.txt")) << name;
  }
}

TEST(Templates, RealFolderValidates) {
  const auto problems = validate_templates(kTemplates);
  for (const auto& p : problems) ADD_FAILURE() << p;
}

TEST(Templates, KeysUsedAreTheDocumentedOnes) {
  EXPECT_EQ(template_variables(kTemplates, "request_completion", "id"),
            (std::vector<std::string>{"missing", "missing[].item", "office_mailbox", "office_name", "requester_name",
                                      "service_hours_text", "subject", "ticket"}));
  EXPECT_EQ(template_keys("closure"),
            (std::vector<std::string>{"expire_days", "office_mailbox", "office_name", "officer_name", "rating_url",
                                      "requester_name", "subject", "ticket"}));
  EXPECT_TRUE(template_keys("no_such_template").empty());
  // README documents every key of every template.
  const auto readme = read(kTemplates + "/README.md");
  for (const auto& name : known_template_names()) {
    EXPECT_NE(readme.find("## " + name), std::string::npos) << name;
    for (const auto& key : template_keys(name)) {
      EXPECT_NE(readme.find("`" + key + "`"), std::string::npos) << name << ": " << key;
    }
  }
}

// ---- a scratch folder for broken templates ----

class ScratchTemplates : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pst_templates_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    clear_template_cache();
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string put(const std::string& file, const std::string& text) {
    const auto p = (dir_ / file).string();
    write(p, text);
    return p;
  }
  std::string dir() const { return dir_.string(); }
  fs::path dir_;
};

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const TemplateError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST_F(ScratchTemplates, NoHtmlEscapingAndJsonConversion) {
  put("t.id.txt",
      "Subject: {{a}} & {{{a}}}\n\n{{a}}|{{n}}|{{f}}|{{u}}|{{#t}}T{{/t}}{{#fl}}F{{/fl}}|{{^nul}}null-falsy{{/nul}}|"
      "{{^empty}}empty-falsy{{/empty}}|{{#list}}[{{x}}]{{/list}}|{{^none}}no-list{{/none}}|{{obj.k}}|{{#obj}}{{k}}{{/obj}}\n");
  const json d = {{"a", "<b>\"R&D\" 'x'</b>"}, {"n", -42}, {"f", 2.5}, {"u", 7u}, {"t", true}, {"fl", false},
                  {"nul", nullptr}, {"empty", ""}, {"list", json::array({{{"x", 1}}, {{"x", "two"}}})},
                  {"none", json::array()}, {"obj", {{"k", "v"}}}};
  const auto r = render_template(dir(), "t", "id", d);
  EXPECT_EQ(r.subject, "<b>\"R&D\" 'x'</b> & <b>\"R&D\" 'x'</b>");
  EXPECT_EQ(r.body, "<b>\"R&D\" 'x'</b>|-42|2.5|7|T|null-falsy|empty-falsy|[1][two]|no-list|v|v\n");
}

TEST_F(ScratchTemplates, SubjectIsOneLineWhateverTheData) {
  put("t.id.txt", "Subject: [{{ticket}}] {{subject}}\n\nbody\n");
  const auto r = render_template(dir(), "t", "id", {{"ticket", "PST-2026-00001"}, {"subject", "a\r\nBcc: x@y\tz\0"}});
  EXPECT_EQ(r.subject, "[PST-2026-00001] a Bcc: x@y z");
  const auto r2 = render_template(dir(), "t", "id", {{"ticket", "T"}, {"subject", "=?UTF-8?Q?a=0D=0ABcc:x?="}});
  EXPECT_EQ(r2.subject, "[T] a Bcc:x");
}

TEST_F(ScratchTemplates, LanguageFallbackToIndonesian) {
  put("t.id.txt", "Subject: id\n\nIndonesia\n");
  const auto r = render_template(dir(), "t", "en", json::object());
  EXPECT_EQ(r.lang, "id");
  EXPECT_EQ(r.body, "Indonesia\n");
  put("t.en.txt", "Subject: en\n\nEnglish\n");
  EXPECT_EQ(render_template(dir(), "t", "en", json::object()).lang, "en");
  EXPECT_EQ(error_of([&] { (void)render_template(dir(), "nope", "en", json::object()); }),
            "no template \"nope\": neither " + dir() + "/nope.en.txt nor " + dir() + "/nope.id.txt exists");
  EXPECT_EQ(error_of([&] { (void)render_template(dir(), "../t", "id", json::object()); }),
            "invalid template name \"../t\"");
  EXPECT_EQ(error_of([&] { (void)render_template(dir(), "t", "EN/..", json::object()); }),
            "invalid template language \"EN/..\"");
}

TEST_F(ScratchTemplates, MissingVariableIsAnErrorWithOffset) {
  const auto p = put("t.id.txt", "Subject: [{{ticket}}]\n\nHalo {{name}},\n{{#missing}}- {{item}} {{extra}}\n{{/missing}}\n");
  EXPECT_EQ(error_of([&] { (void)render_template(dir(), "t", "id", {{"ticket", "T"}}); }),
            p + ": byte 28 (line 3, column 6): {{name}} is not in the data");
  EXPECT_EQ(error_of([&] {
              (void)render_template(dir(), "t", "id",
                                    {{"ticket", "T"}, {"name", "N"}, {"missing", json::array({{{"item", "a"}}})}});
            }),
            p + ": byte 61 (line 4, column 24): {{extra}} in {{#missing}} is not in the data");
  // Names inside a list item resolve outwards too, and a section over an absent key is fine.
  EXPECT_NO_THROW((void)render_template(dir(), "t", "id", {{"ticket", "T"}, {"name", "N"}, {"extra", "e"},
                                                          {"missing", json::array({{{"item", "a"}}})}}));
  EXPECT_NO_THROW((void)render_template(dir(), "t", "id", {{"ticket", "T"}, {"name", "N"}}));
  EXPECT_EQ(error_of([&] { (void)render_template(dir(), "t", "id", json::array()); }),
            p + ": the data must be a JSON object");
}

TEST_F(ScratchTemplates, SyntaxErrorsNameFileAndByteOffset) {
  struct Case {
    std::string text;
    std::string error;  // after "<path>: "
  };
  const std::vector<Case> cases = {
      {"Subject: x\n\nHalo {{name\n", "byte 17 (line 3, column 6): unclosed tag"},
      {"Subject: x\n\n{{#a}}\nno end\n", "byte 12 (line 3, column 1): unclosed section \"a\""},
      {"Subject: x\n\nab{{/a}}\n", "byte 14 (line 3, column 3): unopened section \"a\""},
      {"Subject: {{#a}}x\n\n{{/a}}\n",
       "byte 9 (line 1, column 10): unclosed section \"a\" (a section must open and close within the Subject line)"},
      {"Hello\n\nbody\n", "byte 0 (line 1, column 1): the first line must be \"Subject: ...\""},
      {"Subject: x\nbody\n", "byte 11 (line 2, column 1): line 2 must be empty (Subject line, empty line, then the body)"},
      {"Subject: x", "byte 10 (line 1, column 11): no body: expected an empty line after the Subject line"},
      {"Subject: x\n\n\xC3\x28\n", "byte 12 (line 3, column 1): invalid UTF-8"},
      {"Subject: x\n\n{{>footer}}\n", "byte 12 (line 3, column 1): partial {{>footer}} is not supported"},
  };
  for (const auto& c : cases) {
    clear_template_cache();
    const auto p = put("t.id.txt", c.text);
    EXPECT_EQ(error_of([&] { (void)render_template(dir(), "t", "id", json::object()); }), p + ": " + c.error)
        << c.text;
  }
}

TEST_F(ScratchTemplates, CrlfFilesWork) {
  put("t.id.txt", "Subject: [{{t}}]\r\n\r\nline1\r\n{{#x}}\r\nx\r\n{{/x}}\r\nline2\r\n");
  const auto r = render_template(dir(), "t", "id", {{"t", "T"}, {"x", true}});
  EXPECT_EQ(r.subject, "[T]");
  EXPECT_EQ(r.body, "line1\nx\nline2\n");
}

TEST_F(ScratchTemplates, EditedFileIsReread) {
  const auto p = put("t.id.txt", "Subject: one\n\nfirst\n");
  EXPECT_EQ(render_template(dir(), "t", "id", json::object()).body, "first\n");
  put("t.id.txt", "Subject: two\n\nsecond version\n");  // different size, so seen even within one mtime tick
  EXPECT_EQ(render_template(dir(), "t", "id", json::object()).body, "second version\n");
}

TEST_F(ScratchTemplates, ValidateListsEveryProblemWithFileNames) {
  for (const auto& name : known_template_names()) {
    fs::copy_file(kTemplates + "/" + name + ".id.txt", dir_ / (name + ".id.txt"));
  }
  EXPECT_TRUE(validate_templates(dir()).empty());
  fs::remove(dir_ / "officer_question.id.txt");
  const auto closure = put("closure.en.txt", "Subject: [{{ticket}}]\n\n{{#rating_url}}{{ratng_url}}{{/rating_url}} {{requester_nmae}}\n");
  const auto broken = put("officer_reply.en.txt", "Subject: x\n\n{{#body}}\n");
  put("notes.txt", "not a template");
  put("future_digest.id.txt", "Subject: ok\n\n{{anything}}\n");  // unknown template: syntax only
  const auto problems = validate_templates(dir());
  const std::vector<std::string> expected = {
      dir() + "/officer_question.id.txt: missing (template \"officer_question\" is required)",
      closure + ": byte 38 (line 3, column 16): unknown key \"rating_url[].ratng_url\" (template \"closure\" gets: "
                "office_name, office_mailbox, ticket, subject, requester_name, officer_name, rating_url, expire_days)",
      closure + ": byte 67 (line 3, column 45): unknown key \"requester_nmae\" (template \"closure\" gets: "
                "office_name, office_mailbox, ticket, subject, requester_name, officer_name, rating_url, expire_days)",
      dir() + "/notes.txt: file name must be <name>.<lang>.txt (e.g. closure.en.txt)",
      broken + ": byte 12 (line 3, column 1): unclosed section \"body\"",
  };
  EXPECT_EQ(problems, expected);
  EXPECT_EQ(validate_templates(dir() + "/nonexistent"),
            std::vector<std::string>{dir() + "/nonexistent: not a readable folder"});
}

TEST(MissingItems, Labels) {
  const auto id = missing_items({"name", "institution", "request", "other"}, "id");
  ASSERT_EQ(id.size(), 4u);
  EXPECT_EQ(id[0]["item"], "nama lengkap Bapak/Ibu");
  EXPECT_EQ(id[3]["item"], "other");
  EXPECT_EQ(missing_items({"name"}, "en")[0]["item"], "your full name");
  EXPECT_TRUE(missing_items({}, "id").empty());
}

}  // namespace
}  // namespace pst
