// parse_command.h: `pstmaild parse FILE|-`: parse one raw message with no database and no network
// and print one JSON object (parsers/parsed_mail_json.h) followed by a newline.
// Exit status: 0 for any message that could be read, however odd; 1 for unreadable input (a missing
// or unreadable file, empty input) with the reason on `err`, e.g.
//   "pstmaild parse: /tmp/x.eml: No such file or directory".
// SECURITY: input is untrusted; it is read up to MimeLimits::max_message_bytes plus one header's
// worth and handed to decode_mail(), which enforces the limits.
#pragma once

#include <ostream>
#include <string>

namespace pst {

/// `file_or_dash`: a path, or "-" for standard input.
[[nodiscard]] int run_parse_command(const std::string& file_or_dash, std::ostream& out, std::ostream& err);

}  // namespace pst
