// terminal_guard.h: nothing pstq prints can steer the officer's terminal (issue 15, item 6).
// Ticket data (subjects, bodies, names, attachment names, feedback) comes from outside and may carry
// ESC ] ... BEL (set the title, write to the clipboard), ESC [ 2J (clear), cursor moves that rewrite
// earlier lines, C1 controls and bidi overrides. Rather than trusting each verb to clean each value,
// main() puts a filter between every verb and stdout/stderr: everything written passes
// clean_terminal_text(). The only escape sequences let through are pstq's own colours (SGR with the
// codes in kOwnSgrCodes, and only when stdout is a colour terminal); none of them hides text.
// JSON output passes the same filter (nlohmann already escapes C0 controls; bidi controls become
// spaces).
#pragma once

#include <streambuf>
#include <string>
#include <string_view>

namespace pst::pstq {

/// `text` with every control character except LF made harmless (common/untrusted_text's
/// clean_block: CR, ESC, C1, bidi controls become spaces; TAB becomes spaces; invalid UTF-8
/// becomes U+FFFD). With `allow_own_colours`, ESC [ Ps;... m sequences whose every parameter is
/// one of pstq's own colour codes are kept as they are.
[[nodiscard]] std::string clean_terminal_text(std::string_view text, bool allow_own_colours);

/// A stream buffer that cleans everything written through it (clean_terminal_text) and passes it
/// on to `target`. Line-buffered: a line is cleaned whole, so a sequence split across writes is
/// still seen; flush() and the destructor pass on the rest.
class TerminalGuardBuf : public std::streambuf {
 public:
  TerminalGuardBuf(std::streambuf* target, bool allow_own_colours)
      : target_(target), allow_own_colours_(allow_own_colours) {}
  ~TerminalGuardBuf() override { (void)sync(); }
  TerminalGuardBuf(const TerminalGuardBuf&) = delete;
  TerminalGuardBuf& operator=(const TerminalGuardBuf&) = delete;

 protected:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool pass_on(std::string_view text);
  std::streambuf* target_;
  bool allow_own_colours_;
  std::string line_;
  bool failed_ = false;
};

}  // namespace pst::pstq
