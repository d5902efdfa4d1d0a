// imap_stream.h: an IMAP connection pstmail drives itself. libcurl connects, does TLS/STARTTLS and
// logs in (CURLOPT_CONNECT_ONLY, same TLS policy and timeouts as every other handle); after that
// commands go out with our own tags (curl_easy_send) and replies come back through ImapReader
// (curl_easy_recv), literals and all. For the pipelined fetch (ImapClient::fetch_range) and, later,
// IDLE (issue 10). Blocking, with an inactivity timeout (options.timeout) on every wait.
// Not for: anything curl's URL interface does safely (ImapClient uses that).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "transport/imap_reader.h"
#include "transport/mail_server_options.h"
#include "transport/transport_error.h"

namespace pst {

namespace detail {
class CurlSession;
}

class ImapStream {
 public:
  ImapStream(const MailServerOptions& options, ImapReaderLimits limits);
  ~ImapStream();
  ImapStream(const ImapStream&) = delete;
  ImapStream& operator=(const ImapStream&) = delete;

  /// Connects and logs in. Must succeed before run().
  [[nodiscard]] Result<void> connect();

  /// Sends `command` with a fresh tag and hands every untagged response to `on_untagged` until the
  /// tagged reply. NO/BAD become ErrorKind::protocol with the server's words. `command` must not
  /// contain CR or LF (checked). When `on_untagged` throws, the exception goes on and the connection
  /// is dropped (connected() false): the rest of the reply is neither read nor waited for.
  [[nodiscard]] Result<void> run(std::string_view command, const std::function<void(ImapResponse&&)>& on_untagged);

  // Building blocks for IDLE (RFC 2177), which does not fit run()'s command/reply shape:
  //   auto tag = send_command("IDLE");   read() -> "+ idling", then "* 5 EXISTS" whenever mail comes;
  //   send_line("DONE");                   read() -> "<tag> OK"; re-IDLE before 29 minutes.

  /// Sends `command` with a fresh tag without waiting for the reply; returns the tag.
  [[nodiscard]] Result<std::string> send_command(std::string_view command);
  /// Sends one untagged line ("DONE"); CRLF is added.
  [[nodiscard]] Result<void> send_line(std::string_view line);
  /// The next response, waiting up to `wait` for it; nullopt if none came in time (not an error).
  [[nodiscard]] Result<std::optional<ImapResponse>> read(std::chrono::milliseconds wait);

  [[nodiscard]] bool connected() const { return connected_; }

  /// The most bytes of complete responses held at once (ImapReader::peak_ready_bytes).
  [[nodiscard]] std::size_t peak_ready_bytes() const { return reader_.peak_ready_bytes(); }
  /// The bytes received on this connection so far (after TLS); any thread may ask while another reads.
  [[nodiscard]] std::uint64_t received_bytes() const { return received_bytes_.load(std::memory_order_relaxed); }

 private:
  Result<void> send_all(std::string_view bytes, std::string_view what);
  // Reads what is there, waiting up to `wait` for the first bytes; false if nothing came.
  Result<bool> receive_some(std::string_view what, std::chrono::milliseconds wait);
  // run()'s reply loop: the untagged responses to `on_untagged` until the one tagged `tag`.
  Result<void> read_reply(std::string_view command, const std::string& tag,
                          const std::function<void(ImapResponse&&)>& on_untagged);

  std::unique_ptr<detail::CurlSession> session_;
  MailServerOptions options_;
  ImapReader reader_;
  std::string shown_url_;
  int next_tag_ = 1;
  bool connected_ = false;
  std::atomic<std::uint64_t> received_bytes_{0};
};

}  // namespace pst
