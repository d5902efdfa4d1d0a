// parse_command.cc: see parse_command.h.
#include "daemon/parse_command.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <utility>

#include "parsers/analyse.h"
#include "parsers/mime_decode.h"
#include "parsers/parsed_mail_json.h"

namespace pst {
namespace {

// Reads at most `cap` bytes; a larger message is still parsed (decode_mail flags it too_large).
bool read_all(std::istream& in, std::string& out, std::size_t cap) {
  out.clear();
  char buf[64 * 1024];
  while (in && out.size() < cap) {
    in.read(buf, static_cast<std::streamsize>(std::min(sizeof buf, cap - out.size())));
    out.append(buf, static_cast<std::size_t>(in.gcount()));
  }
  return !in.bad();
}

}  // namespace

int run_parse_command(const std::string& file_or_dash, std::ostream& out, std::ostream& err) {
  MimeLimits limits;
  // Keep a little more than the limit so decode_mail can see the message is too large.
  const std::size_t cap = limits.max_message_bytes + 1024 * 1024;
  std::string raw;
  std::string what = file_or_dash == "-" ? std::string("standard input") : file_or_dash;
  if (file_or_dash == "-") {
    if (!read_all(std::cin, raw, cap)) {
      err << "pstmaild parse: " << what << ": read error\n";
      return 1;
    }
  } else {
    std::ifstream f(file_or_dash, std::ios::binary);
    if (!f) {
      err << "pstmaild parse: " << what << ": " << std::strerror(errno != 0 ? errno : ENOENT) << "\n";
      return 1;
    }
    if (!read_all(f, raw, cap)) {
      err << "pstmaild parse: " << what << ": read error (is it a directory?)\n";
      return 1;
    }
  }
  if (raw.empty()) {
    err << "pstmaild parse: " << what << ": empty input, no message to parse\n";
    return 1;
  }
  DecodedMail mail = decode_mail(raw, limits);
  const ParsedMail parsed = analyse(std::move(mail));
  out << parsed_mail_json(parsed) << "\n";  // invalid UTF-8 (odd mail) replaced, never thrown on
  return 0;
}

}  // namespace pst
