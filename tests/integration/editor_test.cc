// editor_test.cc: an officer's reply written in a real editor in a real terminal arrives (issue 19).
// tmux (a private server on a socket in the test's folder) runs `pstq reply N` with Debian's vim and
// nano; the test types the way people do (vim: `o` then text; Insert, End, Enter then paragraphs;
// a line starting with '#'; nano: type, ^O Enter, ^X), saves, and checks that smtp-sink receives
// exactly that text. An emptied draft sends nothing; a reply that cannot be queued, and an editor
// that fails, keep the draft and print the command that sends it - which then works.
#include <sys/stat.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "parsers/mime_decode.h"
#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return out;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  ::pclose(p);
  return out;
}

class EditorTest : public DaemonTest {
 protected:
  void SetUp() override {
    DaemonTest::SetUp();
    if (run("command -v tmux").empty()) GTEST_SKIP() << "tmux is not installed (scripts/setup.sh installs it)";
    home_ = stack_->dir() / "home";
    fs::create_directories(home_);
    socket_ = (stack_->dir() / "tmux.sock").string();
    stack_->deliver(complete_request(1));
    ASSERT_EQ(run_once(), 0) << output_;
    ASSERT_EQ(stack_->wait_for_received(1, 10s).size(), 1u);
    auto d = db();
    Statement s = d->prepare("SELECT number FROM tickets");
    ASSERT_TRUE(s.step());
    number_ = s.text(0);
  }
  void TearDown() override {
    if (!socket_.empty()) run(fmt::format("tmux -S '{}' kill-server", socket_));
    DaemonTest::TearDown();
  }

  /// Starts `pstq reply N --as made ARGS` in a 200x50 terminal with EDITOR=editor.
  void start_reply(const std::string& editor, const std::string& args = "") {
    const fs::path script = stack_->dir() / "run.sh";
    std::ofstream(script) << fmt::format(
        "#!/bin/sh\n"
        "env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME='{}' TERM=xterm-256color LANG=C.UTF-8 "
        "PSTMAIL_CONFIG='{}' EDITOR=\"$1\" '{}' reply {} --as made {}\n"
        "echo \"RC=$?\"\nsleep 600\n",
        home_.string(), config_path(), PSTQ_BINARY, number_, args);
    ::chmod(script.c_str(), 0755);
    const std::string out = run(fmt::format("tmux -S '{}' new-session -d -s t -x 200 -y 50 \"'{}' '{}'\"", socket_,
                                            script.string(), editor));
    ASSERT_TRUE(out.empty()) << out;
  }
  std::string pane() { return run(fmt::format("tmux -S '{}' capture-pane -p -J -t t", socket_)); }
  /// Waits until the terminal shows `text` (generous: an editor starts in well under a second).
  std::string wait_for(const std::string& text) {
    std::string screen;
    for (int i = 0; i < 200; ++i) {
      screen = pane();
      if (screen.find(text) != std::string::npos) return screen;
      std::this_thread::sleep_for(50ms);
    }
    ADD_FAILURE() << "the terminal never showed \"" << text << "\":\n" << screen;
    return screen;
  }
  void keys(const std::string& k) { run(fmt::format("tmux -S '{}' send-keys -t t {}", socket_, k)); }
  void type(const std::string& text) { run(fmt::format("tmux -S '{}' send-keys -t t -l '{}'", socket_, text)); }

  /// pstq's exit code, once it has ended.
  int exit_code() {
    const std::string screen = wait_for("RC=");
    std::smatch m;
    return std::regex_search(screen, m, std::regex("RC=([0-9]+)")) ? std::stoi(m[1]) : -1;
  }
  /// The officer's text as the requester receives it (the reply is the latest mail at smtp-sink).
  std::string delivered_reply(std::size_t n) {
    EXPECT_EQ(run_once(), 0) << output_;
    auto got = stack_->wait_for_received(n, 10s);
    if (got.size() < n) return "(nothing arrived)";
    return decode_mail(got[n - 1].message, MimeLimits{}).text;
  }
  int replies() { return count("SELECT count(*) FROM outbox WHERE kind = 'officer_reply'"); }
  std::vector<fs::path> drafts() {
    std::vector<fs::path> out;
    const fs::path dir = home_ / ".local/state/pstq/drafts";
    if (fs::exists(dir))
      for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
    return out;
  }

  fs::path home_;
  std::string socket_, number_;
};

TEST_F(EditorTest, VimOpenLineBelowKeepsAHashLineAndTheFactsAreThere) {
  start_reply("vim");
  const std::string screen = wait_for(">8");
  EXPECT_NE(screen.find("Universitas Udayana"), std::string::npos) << screen;
  EXPECT_NE(screen.find("# > Saya membutuhkan data jumlah penduduk"), std::string::npos) << screen;
  keys("o");
  type("Data IPM terlampir.");
  keys("Enter");
  type("#1 tabel per kecamatan");
  keys("Escape");
  type(":wq");
  keys("Enter");
  ASSERT_EQ(exit_code(), 0) << pane();
  const std::string text = delivered_reply(2);
  EXPECT_NE(text.find("Data IPM terlampir.\n#1 tabel per kecamatan\n"), std::string::npos) << text;
  EXPECT_EQ(text.find(">8"), std::string::npos) << text;
  EXPECT_EQ(text.find("Universitas Udayana"), std::string::npos) << "the facts below the scissors were sent: " << text;
  EXPECT_TRUE(drafts().empty()) << "the draft of a queued reply is removed";
}

TEST_F(EditorTest, VimEndEnterThenParagraphs) {
  start_reply("vim");
  wait_for(">8");
  keys("i");
  keys("End");
  keys("Enter");
  type("Paragraf satu.");
  keys("Enter");
  keys("Enter");
  type("Paragraf dua.");
  keys("Escape");
  type(":wq");
  keys("Enter");
  ASSERT_EQ(exit_code(), 0) << pane();
  const std::string text = delivered_reply(2);
  EXPECT_NE(text.find("Paragraf satu.\n\nParagraf dua.\n"), std::string::npos) << text;
}

TEST_F(EditorTest, NanoTypeWriteOutExit) {
  start_reply("nano");
  wait_for(">8");
  type("Terlampir data yang diminta.");
  keys("Enter");
  type("#2 catatan: angka sementara");
  keys("C-o");
  wait_for("Write");
  keys("Enter");
  keys("C-x");
  ASSERT_EQ(exit_code(), 0) << pane();
  const std::string text = delivered_reply(2);
  EXPECT_NE(text.find("Terlampir data yang diminta.\n#2 catatan: angka sementara\n"), std::string::npos) << text;
}

TEST_F(EditorTest, AnEmptyDraftSendsNothing) {
  start_reply("vim");
  wait_for(">8");
  type(":wq");
  keys("Enter");
  EXPECT_EQ(exit_code(), 65) << pane();
  EXPECT_NE(pane().find("empty text; nothing sent"), std::string::npos) << pane();
  EXPECT_EQ(replies(), 0);
  EXPECT_TRUE(drafts().empty());
}

TEST_F(EditorTest, AReplyThatCannotBeQueuedKeepsTheDraftAndThePrintedCommandSendsIt) {
  {
    auto d = db();
    d->exec("UPDATE tickets SET undeliverable = 1");  // officer replies are refused (exit 65)
  }
  start_reply("vim");
  wait_for(">8");
  keys("o");
  type("Jawaban yang tidak boleh hilang.");
  keys("Escape");
  type(":wq");
  keys("Enter");
  EXPECT_EQ(exit_code(), 65) << pane();
  const std::string screen = pane();
  std::smatch m;
  ASSERT_TRUE(std::regex_search(screen, m, std::regex("send it with: (pstq reply [^\\n]*--file (\\S+))"))) << screen;
  ASSERT_EQ(drafts().size(), 1u);
  EXPECT_EQ(m[2].str(), drafts()[0].string());
  EXPECT_EQ(replies(), 0);
  {
    auto d = db();
    d->exec("UPDATE tickets SET undeliverable = 0");
  }
  // The printed command, as printed (pstq from the build tree stands for the installed one).
  const std::string args = m[1].str().substr(std::string("pstq ").size());
  std::string out;
  ASSERT_EQ(run_pstq(PSTQ_BINARY, args, "", out), 0) << args << "\n" << out;
  const std::string text = delivered_reply(2);
  EXPECT_NE(text.find("Jawaban yang tidak boleh hilang.\n"), std::string::npos) << text;
  EXPECT_EQ(text.find(">8"), std::string::npos) << text;
}

TEST_F(EditorTest, AFailingEditorKeepsTheDraft) {
  const fs::path editor = stack_->dir() / "failing-editor";
  std::ofstream(editor) << "#!/bin/sh\nprintf 'Jawaban darurat\\n' > \"$1\"\nexit 1\n";
  ::chmod(editor.c_str(), 0755);
  start_reply(editor.string());
  EXPECT_EQ(exit_code(), 66) << pane();
  const std::string screen = pane();
  EXPECT_NE(screen.find("failed (exit 1)"), std::string::npos) << screen;
  EXPECT_NE(screen.find("send it with: pstq reply " + number_ + " --as made --file"), std::string::npos) << screen;
  ASSERT_EQ(drafts().size(), 1u);
  std::ifstream f(drafts()[0]);
  std::string kept((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  EXPECT_EQ(kept, "Jawaban darurat\n");
  EXPECT_EQ(replies(), 0);
}

}  // namespace
}  // namespace pst::test
