// message_builder.cc: OutgoingMail -> RFC 5322 / MIME bytes. See message_builder.h.
#include "compose/message_builder.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>
#include <openssl/rand.h>

#include "compose/header_encoding.h"

namespace pst {
namespace {

constexpr std::string_view kHex = "0123456789ABCDEF";
constexpr std::size_t kMaxAttachment = 25u << 20;
constexpr std::size_t kMaxFilename = 255;

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

[[noreturn]] void fail(std::string_view field, std::string_view what) {
  throw ComposeError(fmt::format("{}: {}", field, what));
}

void check_value(std::string_view field, std::string_view value) {
  if (auto err = validate_header_value(value)) fail(field, *err);
}

void check_address(std::string_view field, const Address& a) {
  if (auto err = validate_address(a.address)) {
    fail(field, fmt::format("address \"{}\": {}", sanitize_header_text(a.address), *err));
  }
  if (auto err = validate_header_value(a.name)) fail(field, fmt::format("display name: {}", *err));
}

void check_id(std::string_view field, std::string_view id) {
  if (!is_valid_message_id(id)) {
    fail(field, fmt::format("\"{}\" is not a valid msg-id (printable ASCII, no spaces, '<', '>' or '\"')",
                            sanitize_header_text(id)));
  }
}

bool is_reserved_header(std::string_view name) {
  static constexpr std::array<std::string_view, 19> kReserved = {
      "date", "from", "sender", "to", "cc", "bcc", "reply-to", "subject", "message-id", "in-reply-to",
      "references", "auto-submitted", "mime-version", "content-type", "content-transfer-encoding",
      "content-disposition", "return-path", "received", "resent-to"};
  const auto l = lower(name);
  return std::find(kReserved.begin(), kReserved.end(), l) != kReserved.end() || l.rfind("resent-", 0) == 0 ||
         l.rfind("content-", 0) == 0;
}

bool is_token_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || std::string_view("!#$&^_.+-").find(c) != std::string_view::npos;
}

std::string checked_content_type(std::string_view field, std::string_view ct) {
  if (ct.empty()) return "application/octet-stream";
  const auto slash = ct.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == ct.size()) {
    fail(field, fmt::format("content type \"{}\" is not type/subtype", sanitize_header_text(ct)));
  }
  for (std::size_t i = 0; i < ct.size(); ++i) {
    if (i != slash && !is_token_char(ct[i])) {
      fail(field, fmt::format("content type \"{}\" has a character not allowed in a MIME token",
                              sanitize_header_text(ct)));
    }
  }
  return lower(ct);
}

bool is_bchar(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || std::string_view("'()+_,-./:=?").find(c) != std::string_view::npos;
}

// A file name for the parts' headers: no path, no controls, not empty.
std::string checked_filename(std::string_view field, std::string_view name) {
  if (auto err = validate_header_value(name)) fail(field, fmt::format("file name: {}", *err));
  const auto cut = name.find_last_of("/\\");
  if (cut != std::string_view::npos) name.remove_prefix(cut + 1);
  while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  if (name.empty()) return "attachment";
  if (name.size() > kMaxFilename) fail(field, fmt::format("file name longer than {} bytes", kMaxFilename));
  return std::string(name);
}

bool simple_ascii_filename(std::string_view name) {
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\' || c == '\t') return false;
  }
  return name.find("=?") == std::string_view::npos && name.size() <= 60;
}

// RFC 2231 value chunks for filename*: percent-encoded UTF-8, split so each line stays short.
std::vector<std::string> rfc2231_chunks(std::string_view name) {
  std::vector<std::string> chunks(1);
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    std::string piece;
    if (std::isalnum(u) || std::string_view("!#$&+-.^_`|~").find(c) != std::string_view::npos) {
      piece = std::string(1, c);
    } else {
      piece = {'%', kHex[u >> 4], kHex[u & 15]};
    }
    if (chunks.back().size() + piece.size() > 60) chunks.emplace_back();
    chunks.back() += piece;
  }
  return chunks;
}

// ";NAME*=utf-8''..." (one chunk) or ";NAME*0*=utf-8''...; NAME*1*=..." (RFC 2231 sections 3-4).
std::string rfc2231_parameter(std::string_view param, std::string_view value) {
  const auto chunks = rfc2231_chunks(value);
  if (chunks.size() == 1) return fmt::format("; {}*=utf-8''{}", param, chunks[0]);
  std::string out;
  for (std::size_t i = 0; i < chunks.size(); ++i)
    out += fmt::format("; {}*{}*={}{}", param, i, i == 0 ? "utf-8''" : "", chunks[i]);
  return out;
}

// Content-Type and Content-Disposition values of an attachment, unfolded (mime_entity.h: mimetic
// folds at "; "). A plain short ASCII name goes in quotes; any other only in RFC 2231 form, in both
// fields. No RFC 2047 words in quotes as a fallback: RFC 2047 forbids them there, and a second
// "filename" beside "filename*" is a duplicate parameter to strict readers (Python's email flags
// both); every mail client of our requesters reads RFC 2231.
MimePart attachment_part(const std::string& filename, const std::string& content_type, std::string_view bytes) {
  MimePart p{content_type, "attachment", "base64", encode_base64_lines(bytes)};
  if (simple_ascii_filename(filename)) {
    p.content_type += "; name=\"" + filename + "\"";
    p.content_disposition += "; filename=\"" + filename + "\"";
  } else {
    p.content_type += rfc2231_parameter("name", filename);
    p.content_disposition += rfc2231_parameter("filename", filename);
  }
  return p;
}

// The text part: quoted-printable, or base64 when that is shorter or the text holds control characters.
MimePart text_part(std::string_view utf8) {
  auto text = normalize_crlf(utf8);
  if (text.size() < 2 || text.compare(text.size() - 2, 2, "\r\n") != 0) text += "\r\n";
  bool binary = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    if ((u < 0x20 && u != '\t' && u != '\r' && u != '\n') || u == 0x7f) binary = true;
  }
  const std::string type = "text/plain; charset=utf-8";
  if (binary) return {type, "", "base64", encode_base64_lines(text)};
  auto qp = encode_quoted_printable(text);
  // Base64's length is known without encoding: 4 characters per 3 bytes, CRLF per 76.
  const std::size_t b64_chars = (text.size() + 2) / 3 * 4;
  if (b64_chars + (b64_chars + 75) / 76 * 2 < qp.size()) return {type, "", "base64", encode_base64_lines(text)};
  return {type, "", "quoted-printable", std::move(qp)};
}

// Internal invariants of the output, checked on every message built.
void check_output(const std::string& m) {
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < m.size(); ++i) {
    const char c = m[i];
    if (c == '\r') {
      if (i + 1 >= m.size() || m[i + 1] != '\n') throw std::logic_error("build_message: bare CR in output");
      if (i - line_start > kMaxLineOctets) throw std::logic_error("build_message: line over 998 octets");
      if (i > line_start && m[line_start] == '.') throw std::logic_error("build_message: line starts with '.'");
      ++i;
      line_start = i + 1;
    } else if (c == '\n') {
      throw std::logic_error("build_message: bare LF in output");
    } else if (c == 0 || static_cast<unsigned char>(c) >= 0x80) {
      throw std::logic_error("build_message: output is not 7-bit");
    }
  }
  if (line_start != m.size()) throw std::logic_error("build_message: output does not end in CRLF");
}

}  // namespace

bool is_valid_message_id(std::string_view id) {
  if (id.empty() || id.size() > 250) return false;
  for (char c : id) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f || c == '<' || c == '>' || c == '"') return false;
  }
  return true;
}

std::string make_unique_token(std::size_t bytes) {
  std::string raw(bytes, '\0');
  if (bytes > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(bytes)) != 1) {
    throw std::runtime_error("make_unique_token: OpenSSL RAND_bytes failed");
  }
  std::string hex;
  hex.reserve(bytes * 2);
  for (char c : raw) {
    const auto u = static_cast<unsigned char>(c);
    hex += "0123456789abcdef"[u >> 4];
    hex += "0123456789abcdef"[u & 15];
  }
  return hex;
}

std::string build_message(const OutgoingMail& mail) {
  // --- validate everything first ---
  check_address("From", mail.from);
  if (mail.to.empty()) fail("To", "no recipient");
  for (std::size_t i = 0; i < mail.to.size(); ++i) check_address(fmt::format("To[{}]", i), mail.to[i]);
  for (std::size_t i = 0; i < mail.cc.size(); ++i) check_address(fmt::format("Cc[{}]", i), mail.cc[i]);
  if (mail.reply_to) check_address("Reply-To", *mail.reply_to);
  check_value("Subject", mail.subject);
  check_id("Message-ID", mail.message_id);
  if (mail.message_id.find('@') == std::string::npos) fail("Message-ID", "has no '@'");
  if (!mail.in_reply_to.empty()) check_id("In-Reply-To", mail.in_reply_to);
  for (std::size_t i = 0; i < mail.references.size(); ++i) {
    check_id(fmt::format("References[{}]", i), mail.references[i]);
  }
  if (mail.auto_submitted && *mail.auto_submitted != "auto-replied" && *mail.auto_submitted != "auto-generated" &&
      *mail.auto_submitted != "auto-notified" && *mail.auto_submitted != "no") {
    fail("Auto-Submitted", fmt::format("\"{}\" is not one of auto-replied, auto-generated, auto-notified, no",
                                       sanitize_header_text(*mail.auto_submitted)));
  }
  for (std::size_t i = 0; i < mail.extra_headers.size(); ++i) {
    const auto& [name, value] = mail.extra_headers[i];
    const auto field = fmt::format("extra header {}", i);
    if (!is_valid_header_name(name)) {
      fail(field, fmt::format("invalid header name \"{}\"", sanitize_header_text(name)));
    }
    if (is_reserved_header(name)) fail(field, fmt::format("{} is built by the composer and may not be set", name));
    check_value(fmt::format("{} ({})", field, name), value);
  }
  if (auto bad = find_invalid_utf8(mail.text_body)) fail("text body", fmt::format("invalid UTF-8 at byte {}", *bad));
  if (mail.boundary) {
    const auto& b = *mail.boundary;
    if (b.empty() || b.size() > 70 || !std::all_of(b.begin(), b.end(), is_bchar)) {
      fail("boundary", "must be 1-70 characters of [A-Za-z0-9'()+_,-./:=?]");
    }
  }

  // --- headers ---
  std::string m;
  m.reserve(mail.text_body.size() * 2 + 1024);
  auto line = [&m](std::string_view h) {
    m += h;
    m += "\r\n";
  };
  line("Date: " + format_rfc5322_date(mail.date, mail.zone_offset_minutes));
  line(format_address_header("From", {mail.from}));
  line(format_address_header("To", mail.to));
  if (!mail.cc.empty()) line(format_address_header("Cc", mail.cc));
  if (mail.reply_to) line(format_address_header("Reply-To", {*mail.reply_to}));
  line(format_unstructured_header("Subject", mail.subject));
  line("Message-ID: <" + mail.message_id + ">");
  if (!mail.in_reply_to.empty()) line("In-Reply-To: <" + mail.in_reply_to + ">");
  if (!mail.references.empty()) {
    std::string refs = "References:";
    std::size_t col = refs.size();
    for (std::size_t i = 0; i < mail.references.size(); ++i) {
      const auto id = "<" + mail.references[i] + ">";
      if (i > 0 && col + 1 + id.size() > kFoldColumn) {
        refs += "\r\n";
        col = 0;
      }
      refs += " " + id;
      col += 1 + id.size();
    }
    line(refs);
  }
  if (mail.auto_submitted) line("Auto-Submitted: " + *mail.auto_submitted);
  for (const auto& [name, value] : mail.extra_headers) line(format_unstructured_header(name, value));
  line("MIME-Version: 1.0");

  std::vector<MimePart> parts{text_part(mail.text_body)};
  for (std::size_t i = 0; i < mail.attachments.size(); ++i) {
    const auto& a = mail.attachments[i];
    const auto field = fmt::format("attachment {}", i);
    if (a.bytes.size() > kMaxAttachment) fail(field, fmt::format("larger than {} bytes", kMaxAttachment));
    parts.push_back(attachment_part(checked_filename(field, a.filename), checked_content_type(field, a.content_type),
                                    a.bytes));
  }
  std::string boundary;
  if (parts.size() > 1) {
    auto occurs = [&parts](const std::string& b) {
      for (const auto& p : parts) {
        if (p.content_type.find(b) != std::string::npos || p.content_disposition.find(b) != std::string::npos ||
            p.encoded_body.find(b) != std::string::npos)
          return true;
      }
      return false;
    };
    if (mail.boundary) {
      boundary = *mail.boundary;
      if (occurs(boundary)) fail("boundary", "occurs in the content");
    } else {
      // "=_" cannot occur in quoted-printable or base64 output; the check is a second line of defence.
      do {
        boundary = "=_pst_" + make_unique_token(12);
      } while (occurs(boundary));
    }
  }
  append_mime_entity(m, std::move(parts), boundary);
  check_output(m);
  return m;
}

}  // namespace pst
