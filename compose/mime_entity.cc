// mime_entity.cc: see mime_entity.h.
#include "compose/mime_entity.h"

#include <iterator>
#include <memory>
#include <sstream>
#include <stdexcept>

#include <mimetic/mimetic.h>

namespace pst {
namespace {

constexpr std::string_view kPreamble = "This is a multi-part message in MIME format.";
constexpr std::string_view kHex = "0123456789ABCDEF";
constexpr std::size_t kQpLine = 76;
constexpr std::size_t kBase64Line = 76;

// `flat` in lines of `width` characters, each ending in CRLF.
std::string break_lines(std::string_view flat, std::size_t width) {
  std::string out;
  out.reserve(flat.size() + (flat.size() / width + 1) * 2);
  for (std::size_t pos = 0; pos < flat.size(); pos += width) {
    out.append(flat.substr(pos, width));
    out.append("\r\n");
  }
  return out;
}

// One part as a mimetic entity: fields as given (unfolded; see the header comment), body moved in
// (mimetic's Body is a std::string).
std::unique_ptr<mimetic::MimeEntity> entity_of(MimePart&& p) {
  auto e = std::make_unique<mimetic::MimeEntity>();
  e->header().push_back(mimetic::Field("Content-Type", p.content_type));
  if (!p.content_disposition.empty())
    e->header().push_back(mimetic::Field("Content-Disposition", p.content_disposition));
  e->header().push_back(mimetic::Field("Content-Transfer-Encoding", p.transfer_encoding));
  static_cast<std::string&>(e->body()) = std::move(p.encoded_body);
  return e;
}

}  // namespace

std::string normalize_crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 32);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += "\r\n";
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (text[i] == '\n') {
      out += "\r\n";
    } else {
      out += text[i];
    }
  }
  return out;
}

// Ours, not mimetic's QP::Encoder: after the first 8-bit byte that one encodes every CRLF as =0D=0A
// and every space as =20 (text loses its line structure: RFC 2045 6.7 (4) wants line breaks as line
// breaks), and it leaves a line-leading '.' bare (tests/mimetic_probes/qp_text_probe).
std::string encode_quoted_printable(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t pos = 0;
  while (pos <= text.size()) {
    auto eol = text.find("\r\n", pos);
    const bool last = eol == std::string_view::npos;
    if (last) eol = text.size();
    const auto line = text.substr(pos, eol - pos);
    std::size_t col = 0;
    for (std::size_t i = 0; i < line.size();) {
      // One character (a whole UTF-8 sequence, so no soft break splits it).
      std::size_t n = 1;
      const auto lead = static_cast<unsigned char>(line[i]);
      if (lead >= 0xc0) {
        while (i + n < line.size() && n < 4 && (static_cast<unsigned char>(line[i + n]) & 0xc0) == 0x80) ++n;
      }
      std::string token;
      for (std::size_t k = 0; k < n; ++k) {
        const auto u = static_cast<unsigned char>(line[i + k]);
        const bool at_line_start = col == 0 && token.empty();
        const bool at_end = i + k + 1 == line.size();
        bool literal = (u >= 33 && u <= 126 && u != '=') || ((u == ' ' || u == '\t') && !at_end);
        if (at_line_start && u == '.') literal = false;
        if (at_line_start && u == 'F' && line.substr(i + k, 5) == "From ") literal = false;
        if (literal) {
          token += static_cast<char>(u);
        } else {
          token += {'=', kHex[u >> 4], kHex[u & 15]};
        }
      }
      // Room: a soft break needs one '=' at the end of the line, unless this is the last token.
      const bool last_token = i + n == line.size();
      const std::size_t limit = last_token ? kQpLine : kQpLine - 1;
      if (col > 0 && col + token.size() > limit) {
        out += "=\r\n";
        col = 0;
        continue;  // re-encode the character at the start of the new line ('.' and "From " rules)
      }
      out += token;
      col += token.size();
      i += n;
    }
    if (last) {
      if (!line.empty()) out += "=\r\n";  // text without a final line break: keep it so
      break;
    }
    out += "\r\n";
    pos = eol + 2;
    if (pos == text.size()) break;
  }
  return out;
}

std::string encode_base64_lines(std::string_view bytes) {
  // mimetic's encoder without its own line breaks (maxlen 0) into a flat buffer, then CRLF every
  // 76 characters by whole-line copies: its per-character line check and our appender's were 60% of
  // the time of a mail with attachments (bench/compose_bench).
  const std::size_t flat_size = (bytes.size() + 2) / 3 * 4;
  std::string flat(flat_size, '\0');
  mimetic::Base64::Encoder codec(0);
  mimetic::code(bytes.begin(), bytes.end(), codec, flat.data());  // writes exactly flat_size characters
  return break_lines(flat, kBase64Line);
}

void append_mime_entity(std::string& message, std::vector<MimePart>&& parts, std::string_view boundary) {
  if (parts.empty()) throw std::logic_error("append_mime_entity: no part");
  std::unique_ptr<mimetic::MimeEntity> root;
  if (parts.size() == 1) {
    root = entity_of(std::move(parts.front()));
  } else {
    root = std::make_unique<mimetic::MimeEntity>();
    mimetic::ContentType ct("multipart", "mixed");
    ct.paramList().push_back(mimetic::ContentType::Param("boundary", std::string(boundary)));
    root->header().contentType(ct);
    root->body().preamble(std::string(kPreamble));
    // The list owns raw pointers; ~MimeEntity deletes them.
    for (auto& p : parts) root->body().parts().push_back(entity_of(std::move(p)).release());
  }
  // Written straight after the message's header: the stream takes the string over and gives it back.
  std::ostringstream out(std::move(message), std::ios::ate);
  out << *root;
  message = std::move(out).str();
}

}  // namespace pst
