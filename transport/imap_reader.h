// imap_reader.h: an incremental reader of IMAP server responses (RFC 3501 section 7), literals
// included, for connections pstmail drives itself (pipelined FETCH, IDLE: issue 10). Feed it bytes
// as they arrive, in any split; take complete responses out. A literal "{n}" (or "{n+}", "~{n}")
// at the end of a line makes the next n bytes part of the same response whatever they contain, so
// mail content can never end a command early (curl's custom-request path cannot promise that).
// Limits bound memory against a hostile or broken server: a too-long line or literal is an error.
// Pure: no I/O. Not for: commands (the caller writes them).
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pst {

struct ImapResponse {
  enum class Kind { untagged, tagged, continuation };
  Kind kind = Kind::untagged;
  std::string tag;                    // tagged only ("P2")
  std::string text;                   // after "* ", "TAG " or "+ "; literal markers "{n}" kept in place
  std::vector<std::string> literals;  // the literal bytes, in order of their markers
};

struct ImapReaderLimits {
  std::size_t max_line_bytes = 64 * 1024;             // response text outside literals
  std::size_t max_literal_bytes = 64 * 1024 * 1024;   // one literal (one message body)
};

class ImapReader {
 public:
  explicit ImapReader(ImapReaderLimits limits = {}) : limits_(limits) {}

  /// Takes more bytes from the server. Returns why the stream is unreadable (then the connection
  /// must be dropped), or nullopt.
  [[nodiscard]] std::optional<std::string> feed(std::string_view bytes);

  /// The next complete response, oldest first.
  [[nodiscard]] std::optional<ImapResponse> next();

  /// True when feed() failed because a literal was over max_literal_bytes (a too-large mail).
  [[nodiscard]] bool literal_over_limit() const { return literal_over_limit_; }

  /// The most bytes of complete responses (text and literals) held at once, waiting for next():
  /// how much of a server's reply the connection kept in memory (the fetch's memory bound).
  [[nodiscard]] std::size_t peak_ready_bytes() const { return peak_ready_bytes_; }

  /// True while a response is partly read (for "connection closed mid-response" errors).
  [[nodiscard]] bool in_response() const { return !line_.empty() || !cur_.text.empty() || in_literal_; }

 private:
  std::optional<std::string> finish_line();

  ImapReaderLimits limits_;
  std::string line_;         // current line segment (up to CRLF)
  ImapResponse cur_;         // response being assembled
  bool in_literal_ = false;
  std::size_t literal_left_ = 0;
  std::deque<ImapResponse> ready_;
  std::size_t ready_bytes_ = 0;
  std::size_t peak_ready_bytes_ = 0;
  std::optional<std::string> error_;
  bool literal_over_limit_ = false;
};

/// One mail from an untagged `n FETCH (UID u INTERNALDATE "..." BODY[] {size} ...)` response.
struct FetchedMail {
  std::uint32_t seq = 0;
  std::uint32_t uid = 0;
  std::optional<std::chrono::sys_seconds> internaldate;
  std::optional<std::string> body;  // BODY[] (NIL or absent: nullopt)
  std::optional<std::string> flags;  // the FLAGS list text, "(\Seen)", if present
};

/// Parses an untagged FETCH response; nullopt if it is not one or is malformed. Moves the literals out.
[[nodiscard]] std::optional<FetchedMail> parse_fetch_response(ImapResponse&& response);

}  // namespace pst
