// terminal_guard_test.cc: what pstq prints cannot steer the officer's terminal (issue 15, item 6):
// clean_terminal_text() on the escape sequences a requester can send, and the stream buffer that
// main() puts in front of stdout and stderr.
#include "pstq/terminal_guard.h"

#include <ostream>
#include <sstream>

#include <gtest/gtest.h>

namespace pst::pstq {
namespace {

TEST(TerminalGuard, RequestersEscapeSequencesBecomeHarmless) {
  struct Case {
    std::string in, out;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"title \x1b]0;pwned\x07 end", "title  ]0;pwned  end"},   // OSC: set the window title
           {"\x1b[2Jclear", " [2Jclear"},                           // CSI: clear the screen
           {"a\rb", "a\nb"},                                          // CR cannot overwrite a line
           {"c1 \xc2\x9b" "31m", "c1  31m"},                          // 8-bit CSI (U+009B)
           {"\xe2\x80\xae" "fdp.exe", " fdp.exe"},                    // bidi override
           {"bad \xff byte", "bad \xef\xbf\xbd byte"},                // invalid UTF-8 -> U+FFFD
           {"tab\tkept as spaces\n", "tab    kept as spaces\n"},
           {"Dewi Sartika — Universitas Udayana", "Dewi Sartika — Universitas Udayana"}}) {
    EXPECT_EQ(clean_terminal_text(c.in, false), c.out) << c.in;
    EXPECT_EQ(clean_terminal_text(c.in, true), c.out) << c.in;
  }
}

TEST(TerminalGuard, OnlyPstqsOwnColoursPassAndOnlyOnAColourTerminal) {
  const std::string own = "\x1b[1mPST-2026-00042\x1b[0m \x1b[31mlate\x1b[0m \x1b[1;33mx\x1b[22m";
  EXPECT_EQ(clean_terminal_text(own, true), own);
  EXPECT_EQ(clean_terminal_text(own, false).find('\x1b'), std::string::npos);
  // Conceal, black, backgrounds, cursor moves and unknown codes never pass.
  for (const std::string& bad : {"\x1b[8mhidden", "\x1b[30mblack", "\x1b[41mred", "\x1b[1;8mx", "\x1b[1A", "\x1b[m",
                                 "\x1b[1", "\x1b[999999999999999999m"})
    EXPECT_EQ(clean_terminal_text(bad, true).find('\x1b'), std::string::npos) << bad.substr(1);
}

TEST(TerminalGuard, StreamBufferCleansWritesSplitAnywhere) {
  std::ostringstream sink;
  {
    TerminalGuardBuf guard(sink.rdbuf(), false);
    std::ostream out(&guard);
    out << "Subject: \x1b" << "]0;pw" << "ned\x07" << " tail\n" << "no newline \x1b[2J";
    out.flush();
    out << "\xe2\x80" << "\xae" << "x\n";
  }
  const std::string s = sink.str();
  EXPECT_EQ(s.find('\x1b'), std::string::npos) << s;
  EXPECT_EQ(s.find('\x07'), std::string::npos) << s;
  EXPECT_EQ(s.find("\xe2\x80\xae"), std::string::npos) << s;
  EXPECT_NE(s.find("Subject:  ]0;pwned  tail\n"), std::string::npos) << s;
  EXPECT_NE(s.find("no newline  [2J"), std::string::npos) << s;
}

}  // namespace
}  // namespace pst::pstq
