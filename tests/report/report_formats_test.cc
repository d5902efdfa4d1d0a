// report_formats_test.cc: the four renderings of the scripted December 2026 report (scenario.h):
// text carries the figures; CSV parses back (RFC 4180) into the named tables with the right rows
// and the formula guard; JSON has the exact numbers; HTML is well-formed XML (xmllint, else
// python3's xml.etree), self-contained (no script, no external reference), escapes text from mail,
// has the four charts and Indonesian dates; headless chromium renders it to a PNG kept in the build
// tree (tests/report/artifacts/report_2026-12.png) for people to look at.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "report/report_csv.h"
#include "report/report_html.h"
#include "report/report_json.h"
#include "report/report_text.h"
#include "report/svg_chart.h"
#include "tests/report/scenario.h"

namespace pst {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;

class ReportFormatsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scenario_ = test::build_scenario("formats").release();
    report_ = new Report(read_report(*scenario_->db, scenario_->calendar, *month_period("2026-12"), scenario_->now,
                                     scenario_->config.officers, "BPS Kabupaten Jembrana"));
  }
  static void TearDownTestSuite() {
    delete report_;
    delete scenario_;
  }
  const Report& r() { return *report_; }
  const date::time_zone& zone() { return *scenario_->calendar.zone; }
  static test::Scenario* scenario_;
  static Report* report_;
};
test::Scenario* ReportFormatsTest::scenario_ = nullptr;
Report* ReportFormatsTest::report_ = nullptr;

std::size_t count_of(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

/// RFC 4180 reader: rows of fields (quoted fields may hold commas, quotes and newlines).
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field)), field.clear();
    } else if (c == '\n') {
      row.push_back(std::move(field)), field.clear();
      rows.push_back(std::move(row)), row.clear();
    } else {
      field += c;
    }
  }
  return rows;
}

/// The "# name" sections of report_csv() as name -> table text.
std::map<std::string, std::string> split_sections(const std::string& all) {
  std::map<std::string, std::string> out;
  std::istringstream in(all);
  std::string line, name, body;
  bool in_quotes = false;
  while (std::getline(in, line)) {
    if (!in_quotes && line.starts_with("# ")) {
      name = line.substr(2);
      continue;
    }
    if (!in_quotes && line.empty()) {
      out[name] = body;
      body.clear();
      continue;
    }
    body += line + "\n";
    if (count_of(line, "\"") % 2) in_quotes = !in_quotes;
  }
  return out;
}

TEST_F(ReportFormatsTest, TextCarriesTheFigures) {
  const std::string t = report_text(r(), zone());
  for (const char* want :
       {"consultation report: BPS Kabupaten Jembrana, 2026-12-01 to 2026-12-31 (as at 2027-01-04 10:00)",
        "requests: 10 (never complete: 1), complaints: 2",
        "officer replies: 10, questions to requesters: 1; left out: spam 1, merged 0",
        "complete in the period: 11",
        "answered on time: 7 of 10 (70.0%); late 2, unanswered overdue 1; pending 1, closed without reply 0",
        "closed on time: 5 of 10 (50.0%); late 3, unclosed overdue 2; pending 1",
        "working hours to first reply: median 7.50, p90 25.00 (9 tickets)",
        "working hours to close: median 13.75, p90 31.00 (8 tickets)",
        "waiting for requesters: 1 tickets, 13.00 working hours in all (median 13.00)", "overdue now: 1",
        "ratings: 5; response rate 66.7% (6 of 9 tickets closed in the period rated)", "overall (1-5): mean 4.00",
        "satisfaction index (IKM): 74.07, grade C (less than good)",
        "- PST-2026-00009 (5): Sangat membantu, terima kasih! Sukses selalu.", "PST-2026-00013",
        "requirements  Persyaratan                              3        2.67"})
    EXPECT_NE(t.find(want), std::string::npos) << "missing: " << want << "\n" << t;
  // Aligned rows of the breakdowns.
  EXPECT_NE(t.find("made     I Made Sudarma      4         2           6"), std::string::npos) << t;
  EXPECT_NE(t.find("2026-12-28  2026-12-31  1         1           2        2         0                 1       0"),
            std::string::npos)
      << t;
}

TEST_F(ReportFormatsTest, CsvParsesBackIntoTheTables) {
  const auto sections = split_sections(report_csv(r(), zone()));
  std::vector<std::string> names;
  for (const auto& [n, body] : sections) names.push_back(n);
  EXPECT_EQ(names, (std::vector<std::string>{"by_channel", "by_institution_type", "by_language", "by_officer", "complaints", "feedback",
                                             "overdue_now", "rating_distribution", "rating_elements",
                                             "reply_time_distribution", "summary", "weeks"}));
  std::map<std::string, std::string> summary;
  for (const auto& row : parse_csv(sections.at("summary"))) {
    ASSERT_EQ(row.size(), 2u);
    summary[row[0]] = row[1];
  }
  const std::map<std::string, std::string> want = {
      {"period_first", "2026-12-01"}, {"requests", "10"}, {"complaints", "2"}, {"replies", "10"},
      {"never_complete", "1"}, {"complete", "11"}, {"answered_on_time", "7"}, {"answered_on_time_share", "0.7"},
      {"closed_on_time_share", "0.5"}, {"hours_to_first_reply_median", "7.5"}, {"hours_to_first_reply_p90", "25"},
      {"hours_to_close_median", "13.75"}, {"hours_to_close_p90", "31"}, {"waiting_hours_total", "13"},
      {"overdue_now", "1"}, {"ratings", "5"}, {"response_rate", "0.6666666666666666"}, {"overall_mean", "4"},
      {"index", "74.07"}, {"grade", "C"}};
  for (const auto& [k, v] : want) EXPECT_EQ(summary[k], v) << k;

  const auto weeks = parse_csv(sections.at("weeks"));
  ASSERT_EQ(weeks.size(), 6u);  // header + 5 weeks
  EXPECT_EQ(weeks[0][0], "first");
  EXPECT_EQ(weeks[1], (std::vector<std::string>{"2026-12-01", "2026-12-06", "4", "0", "3", "3", "2", "3",
                                                "0.6666666666666666"}));
  EXPECT_EQ(weeks[5], (std::vector<std::string>{"2026-12-28", "2026-12-31", "1", "1", "2", "2", "0", "1", "0"}));

  const auto officers = parse_csv(sections.at("by_officer"));
  EXPECT_EQ(officers[1], (std::vector<std::string>{"made", "I Made Sudarma", "4", "2", "6"}));
  EXPECT_EQ(officers[3], (std::vector<std::string>{"", "(belum ditugaskan)", "1", "0", "0"}));

  const auto bins = parse_csv(sections.at("reply_time_distribution"));
  ASSERT_EQ(bins.size(), 6u);
  EXPECT_EQ(bins[2], (std::vector<std::string>{"1", "7.5", "4"}));
  EXPECT_EQ(bins[5], (std::vector<std::string>{"22.5", "", "2"}));

  const auto feedback = parse_csv(sections.at("feedback"));
  ASSERT_EQ(feedback.size(), 4u);
  EXPECT_EQ(feedback[1][2], "'=SUM(A1) cepat sekali");  // formula guard
  EXPECT_EQ(feedback[3][2], "Sangat membantu, terima kasih!\nSukses selalu.");

  const auto complaints = parse_csv(sections.at("complaints"));
  ASSERT_EQ(complaints.size(), 3u);
  EXPECT_EQ(complaints[1][0], "PST-2026-00006");
  EXPECT_EQ(complaints[1][5], "Keluhan: tabel <script>alert(1)</script> & angka salah");
  EXPECT_EQ(complaints[1][7], "3");
  EXPECT_EQ(complaints[2][7], "");
}

TEST_F(ReportFormatsTest, CsvFieldQuotingAndGuard) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("=1+1"), "'=1+1");
  EXPECT_EQ(csv_field("+62 812"), "'+62 812");
  EXPECT_EQ(csv_field("@cmd,x"), "\"'@cmd,x\"");
  EXPECT_EQ(csv_field(""), "");
}

TEST_F(ReportFormatsTest, JsonHasTheExactNumbers) {
  const json j = json::parse(report_json(r(), zone()).dump());
  EXPECT_EQ(j["period"]["first"], "2026-12-01");
  EXPECT_EQ(j["period"]["end"], "2027-01-01T00:00:00+08:00");
  EXPECT_EQ(j["as_at"], "2027-01-04T10:00:00+08:00");
  const json& v = j["volumes"];
  EXPECT_EQ(v["requests"], 10);
  EXPECT_EQ(v["complaints"], 2);
  EXPECT_EQ(v["replies"], 10);
  EXPECT_EQ(v["never_complete"], 1);
  EXPECT_EQ(v["spam"], 1);
  EXPECT_EQ(v["by_officer"][1], (json{{"officer", "wayan"}, {"label", "I Wayan Sudiarta"}, {"requests", 5},
                                      {"complaints", 0}, {"replies", 4}}));
  EXPECT_EQ(v["by_institution_type"][1],
            (json{{"type", "government"}, {"label", "Pemerintah"}, {"requests", 2}, {"complaints", 1}}));
  EXPECT_EQ(v["by_language"][1], (json{{"language", "en"}, {"label", "English"}, {"requests", 3}, {"complaints", 0}}));
  const json& s = j["service"];
  EXPECT_EQ(s["complete"], 11);
  EXPECT_EQ(s["answered"], (json{{"on_time", 7}, {"late", 2}, {"overdue", 1}, {"pending", 1},
                                 {"closed_without_reply", 0}, {"on_time_share", 0.7}}));
  EXPECT_EQ(s["closed"], (json{{"on_time", 5}, {"late", 3}, {"overdue", 2}, {"pending", 1}, {"on_time_share", 0.5}}));
  EXPECT_EQ(s["hours_to_first_reply"], (json{{"count", 9}, {"median", 7.5}, {"p90", 25.0}, {"total", 97.0}}));
  EXPECT_EQ(s["hours_to_close"], (json{{"count", 8}, {"median", 13.75}, {"p90", 31.0}, {"total", 132.5}}));
  EXPECT_EQ(s["waiting_for_requester"], (json{{"count", 1}, {"median", 13.0}, {"p90", 13.0}, {"total", 13.0}}));
  EXPECT_EQ(s["reply_time_distribution"][4], (json{{"from_hours", 22.5}, {"to_hours", nullptr}, {"count", 2}}));
  EXPECT_EQ(s["overdue_now"], (json::array({json{{"ticket", "PST-2026-00013"}, {"kind", "complaint"},
                                                 {"officer", "made"}, {"due", "2026-12-31T15:30:00+08:00"}}})));
  ASSERT_EQ(s["weeks"].size(), 5u);
  EXPECT_EQ(s["weeks"][3]["first"], "2026-12-21");
  EXPECT_EQ(s["weeks"][3]["answered_on_time"], 2);
  EXPECT_EQ(s["weeks"][3]["judged"], 3);
  EXPECT_EQ(s["weeks"][4]["on_time_share"], 0.0);
  const json& sat = j["satisfaction"];
  EXPECT_EQ(sat["ratings"], 5);
  EXPECT_EQ(sat["closed_in_period"], 9);
  EXPECT_EQ(sat["closed_rated"], 6);
  EXPECT_DOUBLE_EQ(sat["response_rate"].get<double>(), 6.0 / 9.0);
  EXPECT_EQ(sat["distribution"], (json{{"1", 0}, {"2", 1}, {"3", 0}, {"4", 2}, {"5", 2}}));
  EXPECT_EQ(sat["overall_mean"], 4.0);
  EXPECT_DOUBLE_EQ(sat["elements"]["requirements"]["mean"].get<double>(), 8.0 / 3.0);
  EXPECT_EQ(sat["index"], 74.07);
  EXPECT_EQ(sat["grade"], "C");
  EXPECT_EQ(sat["grade_words"], "kurang baik");
  EXPECT_EQ(sat["feedback"].size(), 3u);
  ASSERT_EQ(j["complaints"].size(), 2u);
  EXPECT_EQ(j["complaints"][0]["hours_to_close"], 3.0);
  EXPECT_EQ(j["complaints"][1]["state"], "open");
  EXPECT_EQ(j["complaints"][1]["closed"], nullptr);
}

TEST_F(ReportFormatsTest, HtmlIsSelfContainedIndonesianAndEscaped) {
  const std::string h = report_html(r(), zone());
  EXPECT_TRUE(h.starts_with("<!DOCTYPE html>\n<html lang=\"id\">"));
  for (const char* want :
       {"Periode: 1 Desember 2026 s.d. 31 Desember 2026", "Data per 4 Januari 2027 pukul 10.00 WITA",
        "7 dari 10 (70,0%)", "5 dari 10 (50,0%)", "7,5 jam / 25,0 jam", "13,8 jam / 31,0 jam",
        "1 tiket, 13,0 jam kerja", "6 dari 9 (66,7%)", "74,07 (C)", "C (kurang baik)", "Perguruan tinggi",
        "31 Desember 2026 pukul 15.30 WITA", "28\u201331 Des", "I Made Sudarma", "U1 Persyaratan"})
    EXPECT_NE(h.find(want), std::string::npos) << "missing: " << want;
  EXPECT_EQ(count_of(h, "<svg"), 4u);
  // Text from mail is escaped, never markup.
  EXPECT_NE(h.find("Keluhan: tabel &lt;script&gt;alert(1)&lt;/script&gt; &amp; angka salah"), std::string::npos);
  EXPECT_NE(h.find("Jawaban terlambat &lt;b&gt;sekali&lt;/b&gt; &amp; kurang lengkap"), std::string::npos);
  for (const char* banned : {"<script", "src=", "href=", "<link", "url(", "@import", "<img", "<iframe"})
    EXPECT_EQ(h.find(banned), std::string::npos) << banned;
}

TEST(SvgChart, BarsScaleToANiceTopAndEscapeLabels) {
  EXPECT_EQ(nice_axis(0), (Axis{1, 1}));
  EXPECT_EQ(nice_axis(4), (Axis{4, 1}));
  EXPECT_EQ(nice_axis(7), (Axis{8, 2}));
  EXPECT_EQ(nice_axis(12), (Axis{15, 5}));
  EXPECT_EQ(nice_axis(50), (Axis{50, 10}));
  EXPECT_EQ(nice_axis(51), (Axis{60, 20}));
  BarChart c{"A & B", {"<x>", "y"}, {{"s", "#000", {7.0, std::nullopt}}}, std::nullopt, 0, "", 300, 200};
  const std::string svg = svg_bar_chart(c);
  EXPECT_NE(svg.find("<title>A &amp; B</title>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;x&gt;"), std::string::npos);
  EXPECT_EQ(count_of(svg, "<rect"), 1u);  // the missing value draws no bar
  EXPECT_NE(svg.find(">\u2013</text>"), std::string::npos);
  // The axis goes to 8 in steps of 2: a bar of 7 takes 7/8 of the plot height (152), 5 gridlines.
  EXPECT_NE(svg.find("height=\"133.0\""), std::string::npos) << svg;
  EXPECT_EQ(count_of(svg, "<line"), 5u);
}

bool run(const std::string& cmd) { return std::system(cmd.c_str()) == 0; }

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

fs::path artifacts() {
  fs::path d = REPORT_ARTIFACTS_DIR;
  fs::create_directories(d);
  return d;
}

TEST_F(ReportFormatsTest, HtmlIsWellFormedXml) {
  const fs::path file = artifacts() / "report_2026-12.html";
  std::ofstream(file) << report_html(r(), zone());
  const std::string log = (artifacts() / "xml-check.log").string();
  if (fs::exists("/usr/bin/xmllint")) {
    EXPECT_TRUE(run("/usr/bin/xmllint --noout '" + file.string() + "' > '" + log + "' 2>&1")) << slurp(log);
  } else {
    ASSERT_TRUE(run("command -v python3 > /dev/null")) << "neither xmllint nor python3 (scripts/setup.sh)";
    EXPECT_TRUE(run("python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' '" + file.string() +
                    "' > '" + log + "' 2>&1"))
        << slurp(log);
  }
  // The check itself catches breakage: a stray "<" is refused.
  const fs::path broken = artifacts() / "broken.html";
  std::ofstream(broken) << "<html><body><p>a < b</p></body></html>";
  EXPECT_FALSE(run((fs::exists("/usr/bin/xmllint") ? "/usr/bin/xmllint --noout '"
                                                   : "python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' '") +
                   broken.string() + "' > /dev/null 2>&1"));
  fs::remove(broken);
}

// The screenshot a person looks at: build-report/tests/report/artifacts/report_2026-12.png.
TEST_F(ReportFormatsTest, HeadlessChromiumScreenshot) {
  std::string chromium;
  for (const char* c : {"/usr/bin/chromium", "/usr/bin/chromium-browser"})
    if (fs::exists(c)) chromium = c;
  if (chromium.empty()) GTEST_SKIP() << "chromium not installed (scripts/setup.sh installs it)";
  const fs::path html = artifacts() / "report_2026-12-screenshot.html";
  std::ofstream(html) << report_html(r(), zone());
  const fs::path shot = artifacts() / "report_2026-12.png";
  fs::remove(shot);
  const fs::path profile = scenario_->dir / "chromium";
  const std::string cmd = chromium +
                          " --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-background-networking"
                          " --disable-component-update --disable-sync --no-first-run --user-data-dir=" +
                          profile.string() + " --window-size=1000,3400 --screenshot=" + shot.string() + " file://" +
                          html.string() + " > " + (scenario_->dir / "chromium.log").string() + " 2>&1";
  EXPECT_TRUE(run(cmd)) << slurp(scenario_->dir / "chromium.log");
  ASSERT_TRUE(fs::exists(shot)) << "no screenshot";
  const std::string png = slurp(shot);
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  auto be32 = [&](std::size_t at) {
    return (unsigned(static_cast<unsigned char>(png[at])) << 24) | (unsigned(static_cast<unsigned char>(png[at + 1])) << 16) |
           (unsigned(static_cast<unsigned char>(png[at + 2])) << 8) | unsigned(static_cast<unsigned char>(png[at + 3]));
  };
  EXPECT_EQ(be32(16), 1000u);  // IHDR width
  EXPECT_EQ(be32(20), 3400u);  // IHDR height
  EXPECT_GT(png.size(), 60000u) << "a page of text, tables and charts compresses to far more than a blank page";
}

}  // namespace
}  // namespace pst
