// pstq_report_test.cc: `pstq report` as the supervisor runs it: the real binary, the example
// configuration, the scripted December 2026 database (scenario.h) through PSTMAIL_DATABASE. Checks
// the default period, each format reaching stdout or -o (csv: one file per table), the figures in
// the JSON, usage errors with their exit codes, and the verb in `pstq --help`. Runs as whoever runs
// the tests; root counts as a supervisor (identity.h), so the figures are checked only then.
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/report/scenario.h"

namespace pst {
namespace {
namespace fs = std::filesystem;

struct Result {
  int status = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

class PstqReportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { scenario_ = test::build_scenario("cli").release(); }
  static void TearDownTestSuite() { delete scenario_; }
  void SetUp() override {
    if (::getuid() != 0) GTEST_SKIP() << "needs a supervisor: runs as root (officers are refused with 77)";
  }

  Result pstq(const std::vector<std::string>& args) {
    const fs::path d = scenario_->dir;
    std::string cmd = "env -u PSTMAIL_CONFIG PSTMAIL_DATABASE=" + quote((d / "pst.db").string()) + " " +
                      quote(PSTQ_BINARY) + " --config " +
                      quote(std::string(PSTMAIL_SOURCE_DIR) + "/config/pstmail.example.yaml");
    for (const auto& a : args) cmd += " " + quote(a);
    cmd += " </dev/null >" + (d / "out").string() + " 2>" + (d / "err").string();
    const int raw = std::system(cmd.c_str());
    return Result{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(d / "out"), slurp(d / "err")};
  }
  static test::Scenario* scenario_;
};
test::Scenario* PstqReportTest::scenario_ = nullptr;

constexpr const char* kNow = "2027-01-04T10:00:00+08:00";

TEST_F(PstqReportTest, JsonForTheDefaultPeriodIsLastMonth) {
  const Result r = pstq({"report", "--format", "json", "--now", kNow});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["period"]["first"], "2026-12-01");
  EXPECT_EQ(j["period"]["last"], "2026-12-31");
  EXPECT_EQ(j["office"], "BPS Kabupaten Jembrana");
  EXPECT_EQ(j["volumes"]["requests"], 10);
  EXPECT_EQ(j["service"]["answered"]["on_time_share"], 0.7);
  EXPECT_EQ(j["service"]["hours_to_close"]["median"], 13.75);
  EXPECT_EQ(j["satisfaction"]["index"], 74.07);
  // wayan is not in the example configuration: the login stands for the name.
  EXPECT_EQ(j["volumes"]["by_officer"][1]["label"], "wayan");
}

TEST_F(PstqReportTest, TextToStandardOutput) {
  const Result r = pstq({"report", "--month", "2026-12", "--now", kNow});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("answered on time: 7 of 10 (70.0%)"), std::string::npos) << r.out;
}

TEST_F(PstqReportTest, FromToIsInclusive) {
  const Result r = pstq({"report", "--from", "2026-12-28", "--to", "2026-12-31", "--format", "json", "--now", kNow});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["volumes"]["requests"], 1);    // 14 on 30 Dec
  EXPECT_EQ(j["volumes"]["complaints"], 1);  // 13 on 28 Dec
  EXPECT_EQ(j["volumes"]["replies"], 2);     // 28 and 30 Dec
}

TEST_F(PstqReportTest, HtmlToAFile) {
  const fs::path file = scenario_->dir / "laporan.html";
  const Result r = pstq({"report", "--month", "2026-12", "--format", "html", "-o", file.string(), "--now", kNow});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "pstq report: wrote " + file.string() + "\n");
  const std::string html = slurp(file);
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(html.find("7 dari 10 (70,0%)"), std::string::npos);
}

TEST_F(PstqReportTest, CsvIntoADirectoryOneFilePerTable) {
  const fs::path dir = scenario_->dir / "csv";
  fs::create_directories(dir);
  const Result r = pstq({"report", "--month", "2026-12", "--format", "csv", "-o", dir.string(), "--now", kNow});
  ASSERT_EQ(r.status, 0) << r.err;
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) files += e.path().extension() == ".csv";
  EXPECT_EQ(files, 12u);
  const std::string summary = slurp(dir / "summary.csv");
  EXPECT_TRUE(summary.starts_with("metric,value\n")) << summary;
  EXPECT_NE(summary.find("\nrequests,10\n"), std::string::npos) << summary;
  EXPECT_NE(summary.find("\nanswered_on_time_share,0.7\n"), std::string::npos) << summary;
  // A directory that does not exist: 73 with the reason.
  const Result bad = pstq({"report", "--month", "2026-12", "--format", "csv", "-o", (dir / "nope").string()});
  EXPECT_EQ(bad.status, 73) << bad.err;
}

TEST_F(PstqReportTest, UsageErrors) {
  struct Case {
    std::vector<std::string> args;
    int status;
    const char* message;
  };
  const Case cases[] = {
      {{"report", "--month", "2026-12", "--from", "2026-12-01", "--to", "2026-12-31"}, 64,
       "pstq report: give either --month or --from/--to, not both"},
      {{"report", "--from", "2026-12-01"}, 64, "pstq report: --from and --to go together (--to is inclusive)"},
      {{"report", "--month", "2026-13"}, 65, "pstq report: --month \"2026-13\": expected a month YYYY-MM"},
      {{"report", "--from", "2026-12-31", "--to", "2026-12-01"}, 65, "pstq report: --to 2026-12-01 is before --from 2026-12-31"},
      {{"report", "--from", "1 Dec", "--to", "2026-12-01"}, 65, "pstq report: --from \"1 Dec\": expected a date YYYY-MM-DD"},
      {{"report", "--now", "tomorrow"}, 65, "pstq report: --now: \"tomorrow\" is not an instant"},
      {{"report", "--format", "pdf"}, 64, "--format"},
  };
  for (const Case& c : cases) {
    const Result r = pstq(c.args);
    EXPECT_EQ(r.status, c.status) << c.args.back() << ": " << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
  }
}

TEST_F(PstqReportTest, ListedInHelp) {
  const Result r = pstq({"--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("report"), std::string::npos) << r.out;
  const Result h = pstq({"report", "--help"});
  EXPECT_EQ(h.status, 0);
  EXPECT_NE(h.out.find("--format"), std::string::npos);
  EXPECT_NE(h.out.find("pstq report --month 2026-11 --format html -o laporan-2026-11.html"), std::string::npos);
}

}  // namespace
}  // namespace pst
