// mime_decode.cc: decode_mail() and extract_part() (mime_decode.h).
//
// DESIGN: an own scanner over the raw bytes, not mimetic. Measured reasons (LIBRARY-NOTES): mimetic's
// parse+decode runs at ~240 MB/s, below the ~290 MB/s the 11,000 mails/s target needs for 2-50 KB
// mail, and it needs guards on nearly every path anyway (quadratic header lines, stack overflow on
// deep nesting, exceptions from address accessors, a base64 decoder reading past its table,
// thread-unsafe const getters, a full copy of every part). Here every entity is a string_view into
// the raw message; nothing is copied or decoded unless it is the text body, and attachments are only
// measured (decoded size counted, not allocated). Recursion depth is bounded by max_depth.
//
// Structure: RFC 2045/2046 entities. A multipart body is split on "--boundary" lines (memmem, one
// pass per nesting level, so at most max_depth passes over any byte); a part list stops at the
// global max_parts budget. Part ids follow IMAP BODY[] numbering: top-level multipart children are
// "1", "2"...; a non-multipart top-level body is "1"; inside a message/rfc822 part "2" its body's
// parts are "2.1", "2.2" (or "2.1" for a single-part body).
//
// Body choice: multipart/alternative prefers text/plain (unless it is blank), then HTML (made
// readable by html_to_text); multipart/related takes its root; multipart/mixed takes the first
// inline text and appends later inline texts of the same kind (Apple Mail splits text around inline
// images); multipart/report takes its first part and reads the delivery status and returned headers;
// multipart/signed skips the signature. format=flowed (RFC 3676) is unwrapped.
//
// SECURITY: limits checked before the work (size, header line, depth, parts); all scanning is
// linear or bounded by max_depth passes; no exceptions escape (bad_alloc is caught and flagged).
// THREADS: reentrant; per-thread state only (iconv descriptors, scratch buffers).
// MEMORY: the raw bytes are not copied; the text body peaks at about twice its size; attachments
// are counted, never decoded (extract_part decodes one on demand).
// LIMITS: a message over max_message_bytes gets its headers decoded only. uuencode and BinHex are
// not decoded (listed as part of the text). S/MIME and PGP encrypted bodies are attachments.
#include "parsers/mime_decode.h"

#include <cstring>
#include <deque>
#include <string>
#include <vector>

#include "parsers/charset.h"
#include "parsers/dsn.h"
#include "parsers/html_text.h"
#include "parsers/mime_address.h"
#include "parsers/mime_header.h"
#include "parsers/mime_transfer.h"
#include "parsers/rfc2047.h"
#include "parsers/rfc2231.h"

namespace pst {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ws(s.back())) s.remove_suffix(1);
  return s;
}

struct Ctx {
  Ctx(const MimeLimits& l, std::vector<DecodeProblem>& p) : lim(l), problems(p) {}
  const MimeLimits& lim;
  std::vector<DecodeProblem>& problems;
  int parts = 0;
  std::deque<std::string> owned;  // decoded message/rfc822 bodies that views point into
  std::size_t owned_bytes = 0;    // bounded by max_message_bytes: nested encoded forwards can't
                                  // multiply memory (50 levels of QP would be 50 copies)

  /// Keeps a decoded body alive for the views into it; false if over the budget.
  bool own(std::string&& s, std::string_view& view) {
    if (owned_bytes + s.size() > lim.max_message_bytes) return false;
    owned_bytes += s.size();
    owned.push_back(std::move(s));
    view = owned.back();
    return true;
  }

  void flag(DecodeProblem p) {
    for (const auto q : problems)
      if (q == p) return;
    problems.push_back(p);
  }
};

/// One MIME entity: its header block and what decoding needs from it.
struct Entity {
  HeaderBlock hb;
  std::string type;  // lower case "type/subtype"
  HeaderParams ct;
  TransferEncoding cte = TransferEncoding::identity;
  std::string disposition;  // lower case, may be empty
  std::string filename;     // decoded, path stripped
};

std::string decode_param_text(std::string_view v, bool* bad_charset) {
  Rfc2047Issues iss;
  std::string r = decode_rfc2047(v, &iss);
  if (iss.bad_charset) *bad_charset = true;
  return r;
}

Entity read_entity(std::string_view raw, Ctx& ctx, std::string_view default_type) {
  Entity e;
  e.hb = parse_header_block(raw, ctx.lim.max_header_line);
  if (e.hb.line_too_long) ctx.flag(DecodeProblem::header_line_too_long);
  if (e.hb.malformed) ctx.flag(DecodeProblem::malformed);
  HeaderParams disp;
  if (const std::string* ct = e.hb.get("Content-Type")) {
    e.ct = parse_header_params(*ct);
    e.type = e.ct.value;
  }
  const auto slash = e.type.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == e.type.size()) {
    e.type = std::string(default_type);
  }
  if (const std::string* cte = e.hb.get("Content-Transfer-Encoding"))
    e.cte = parse_transfer_encoding(*cte);
  bool bad_charset = e.ct.bad_charset;
  const std::string* fname = nullptr;
  if (const std::string* d = e.hb.get("Content-Disposition")) {
    disp = parse_header_params(*d);
    e.disposition = disp.value;
    bad_charset |= disp.bad_charset;
    fname = disp.get("filename");
    if (fname && fname->empty()) fname = nullptr;
  }
  if (!fname) fname = e.ct.get("name");
  if (fname) {
    std::string f = decode_param_text(*fname, &bad_charset);
    const auto sep = f.find_last_of("/\\");
    if (sep != std::string::npos && sep + 1 < f.size()) f = f.substr(sep + 1);
    e.filename = std::string(trim(f));
  }
  if (bad_charset) ctx.flag(DecodeProblem::bad_charset);
  return e;
}

struct Split {
  std::vector<std::string_view> parts;
  bool found = false;   // at least one delimiter line
  bool closed = false;  // the close delimiter was seen
  bool over = false;    // more parts than allowed
};

/// Splits a multipart body on its boundary (RFC 2046 5.1.1). At most max_count parts.
Split split_multipart(std::string_view body, std::string_view boundary, std::size_t max_count) {
  Split r;
  std::string delim = "--";
  delim.append(boundary);
  std::size_t pos = 0;
  bool in_part = false;
  std::size_t part_start = 0;
  const std::size_t n = body.size();
  // A delimiter is "--" at a line's start: memchr finds each '-' (base64, most of a large part, has none), and
  // only one that opens a line with the delimiter is read further (memmem's search for the whole delimiter
  // over every byte cost more than the rest of the split).
  while (pos < n) {
    const void* dash = std::memchr(body.data() + pos, '-', n - pos);
    if (!dash) break;
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(dash) - body.data());
    pos = at + 1;
    if ((at > 0 && body[at - 1] != '\n') || n - at < delim.size() || body.compare(at, delim.size(), delim) != 0)
      continue;
    std::size_t after = at + delim.size();
    bool close = false;
    if (after + 1 < n + 1 && body.substr(after, 2) == "--") {
      close = true;
      after += 2;
    }
    std::size_t k = after;
    while (k < n && (body[k] == ' ' || body[k] == '\t' || body[k] == '\r')) ++k;
    if (k < n && body[k] != '\n') continue;  // a longer boundary, or text that starts like one
    const std::size_t line_next = k < n ? k + 1 : n;
    if (in_part) {
      std::size_t end = at;
      if (end > part_start && body[end - 1] == '\n') --end;
      if (end > part_start && body[end - 1] == '\r') --end;
      if (r.parts.size() >= max_count) {
        r.over = true;
        return r;
      }
      r.parts.push_back(body.substr(part_start, end - part_start));
    }
    r.found = true;
    if (close) {
      r.closed = true;
      return r;
    }
    in_part = true;
    part_start = line_next;
    pos = line_next;
  }
  if (in_part) {
    if (r.parts.size() >= max_count) {
      r.over = true;
    } else {
      r.parts.push_back(body.substr(part_start));
    }
  }
  return r;
}

std::string child_default_type(const Entity& parent) {
  return parent.type == "multipart/digest" ? "message/rfc822" : "text/plain";
}

bool is_message_type(std::string_view t) {
  return t == "message/rfc822" || t == "message/global";
}

bool is_blank(std::string_view s) {
  for (const char c : s)
    if (!is_ws(c)) return false;
  return true;
}

/// A text part chosen for the body, decoded only at the end.
struct TextRef {
  std::string_view body;
  TransferEncoding cte = TransferEncoding::identity;
  std::string charset;
  bool html = false;
  bool flowed = false;
  bool delsp = false;
};
using Pick = std::vector<TextRef>;

bool pick_blank(const Pick& p) {
  for (const auto& t : p)
    if (!is_blank(t.body)) return false;
  return true;
}
bool pick_has_html(const Pick& p) {
  for (const auto& t : p)
    if (t.html) return true;
  return false;
}

TextRef text_ref(const Entity& e, bool html) {
  TextRef t;
  t.body = e.hb.body;
  t.cte = e.cte;
  if (const auto* cs = e.ct.get("charset")) t.charset = *cs;
  t.html = html;
  if (const auto* f = e.ct.get("format"); f && iequals(*f, "flowed")) {
    t.flowed = true;
    if (const auto* d = e.ct.get("delsp"); d && iequals(*d, "yes")) t.delsp = true;
  }
  return t;
}

/// RFC 3676: joins soft-broken lines (ending in a space); removes space-stuffing.
std::string unflow(std::string_view s, bool delsp) {
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos <= s.size()) {
    std::size_t eol = s.find('\n', pos);
    if (eol == std::string_view::npos) eol = s.size();
    std::string_view line = s.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line.front() == ' ') line.remove_prefix(1);  // space-stuffed
    const bool soft = !line.empty() && line.back() == ' ' && line != "-- ";
    if (soft && delsp) line.remove_suffix(1);
    out.append(line);
    if (!soft && eol < s.size()) out.push_back('\n');
    if (eol >= s.size()) break;
    pos = eol + 1;
  }
  return out;
}

/// CRLF and lone CR -> LF, NUL -> U+FFFD, trailing blank lines removed. In place, chunked.
void normalise_text(std::string& s) {
  if (std::memchr(s.data(), '\0', s.size())) {
    std::string out;
    out.reserve(s.size() + 16);
    for (const char c : s) {
      if (c == '\0') {
        out.append("\xEF\xBF\xBD");
      } else {
        out.push_back(c);
      }
    }
    s = std::move(out);
  }
  const std::size_t n = s.size();
  char* d = s.data();
  std::size_t w = n;
  if (const void* first = std::memchr(d, '\r', n)) {
    // From one CR to the next: the CR (and an LF after it) becomes one LF, the line is moved down
    // whole (a raw mail's text has a CR on every line, so this is a memmove per line, not per byte).
    std::size_t r = static_cast<std::size_t>(static_cast<const char*>(first) - d);
    w = r;
    while (r < n) {  // d[r] == '\r'
      d[w++] = '\n';
      r += r + 1 < n && d[r + 1] == '\n' ? 2 : 1;
      const void* next = std::memchr(d + r, '\r', n - r);
      const std::size_t line_end = next ? static_cast<std::size_t>(static_cast<const char*>(next) - d) : n;
      std::memmove(d + w, d + r, line_end - r);
      w += line_end - r;
      r = line_end;
    }
  }
  while (w > 0 && is_ws(d[w - 1])) --w;
  s.resize(w);
}

class Walker {
 public:
  Walker(Ctx& ctx, DecodedMail& mail) : ctx_(ctx), mail_(mail) {}

  /// Where parts found by a walk go.
  struct Sink {
    std::vector<AttachmentInfo>* attachments;
    bool top_level;  // delivery-status reports are read only outside forwarded mails
  };

  /// Renders the chosen text parts to UTF-8 text. Transient buffers are per-thread scratch that
  /// keeps its capacity between mails (up to kScratchKeep), so the heap does not grow and shrink
  /// for every mail (measured: page faults cost ~12% of decode time without it).
  std::string render(const Pick& pick, bool* from_html) {
    static constexpr std::size_t kScratchKeep = 4u << 20;
    thread_local std::string t_bytes;
    thread_local std::string t_html;
    std::string out;
    *from_html = !pick.empty() && pick.front().html;
    for (const auto& t : pick) {
      std::string utf;
      std::string_view raw = t.body;
      // A plain part in base64 or quoted-printable whose bytes are UTF-8 (or ASCII) already is decoded
      // straight into its text, not decoded and then copied (a copy of every such body).
      bool converted = false;
      if (t.cte != TransferEncoding::identity) {
        std::string& into = t.html ? t_bytes : utf;
        into.clear();
        if (!decode_transfer(t.body, t.cte, into)) ctx_.flag(DecodeProblem::bad_encoding);
        if (!t.html) {
          const std::string cs = canonical_charset(t.charset);
          converted = (cs.empty() || cs == "utf-8" || cs == "us-ascii") && is_valid_utf8(utf);
          if (!converted) t_bytes.swap(utf);
        }
        raw = t_bytes;
      }
      std::string charset = t.charset;
      if (t.html && charset.empty()) charset = html_declared_charset(raw);
      std::string& conv = t.html ? t_html : utf;
      if (!converted) {
        conv.clear();
        if (append_utf8(conv, raw, charset) != CharsetOutcome::clean) ctx_.flag(DecodeProblem::bad_charset);
      }
      if (t_bytes.capacity() > kScratchKeep) std::string().swap(t_bytes);  // peak ~2x the body
      if (t.html) {
        utf = html_to_text(t_html);
        if (t_html.capacity() > kScratchKeep) std::string().swap(t_html);
      } else if (t.flowed) {
        utf = unflow(utf, t.delsp);
      }
      normalise_text(utf);
      if (utf.empty()) continue;
      if (out.empty()) {
        out = std::move(utf);
      } else {
        out.append("\n\n");
        out.append(utf);
      }
    }
    return out;
  }

  Pick walk_part(const Entity& e, const std::string& id, int depth, Sink& sink) {
    if (starts_with(e.type, "multipart/")) return walk_children(e, id, depth, sink);
    if (is_message_type(e.type)) {
      walk_forward(e, id, depth, sink);
      return {};
    }
    const bool plain = e.type == "text/plain";
    const bool html = e.type == "text/html";
    const bool attachment =
        e.disposition == "attachment" || (!e.filename.empty() && e.disposition != "inline");
    if ((plain || html) && !attachment) return {text_ref(e, html)};
    add_attachment(e, id, sink);
    return {};
  }

 private:
  void add_attachment(const Entity& e, const std::string& id, Sink& sink) {
    AttachmentInfo a;
    a.filename = e.filename;
    a.content_type = e.type;
    a.size = decoded_size(e.hb.body, e.cte);
    a.part_id = id;
    sink.attachments->push_back(std::move(a));
  }

  static std::string child_id(const std::string& prefix, std::size_t i) {
    return prefix.empty() ? std::to_string(i + 1) : prefix + "." + std::to_string(i + 1);
  }

  Pick walk_children(const Entity& e, const std::string& prefix, int depth, Sink& sink) {
    if (depth >= ctx_.lim.max_depth) {
      ctx_.flag(DecodeProblem::too_deep);
      return {};
    }
    const std::string* boundary = e.ct.get("boundary");
    if (!boundary || boundary->empty()) {
      ctx_.flag(DecodeProblem::malformed);
      if (is_blank(e.hb.body)) return {};
      return {text_ref(e, false)};
    }
    const int budget = ctx_.lim.max_parts - ctx_.parts;
    if (budget <= 0) {
      ctx_.flag(DecodeProblem::too_many_parts);
      return {};
    }
    Split split = split_multipart(e.hb.body, *boundary, static_cast<std::size_t>(budget));
    if (split.over) ctx_.flag(DecodeProblem::too_many_parts);
    if (!split.found) {
      ctx_.flag(DecodeProblem::malformed);  // declared multipart, no boundary in the body
      if (is_blank(e.hb.body)) return {};
      TextRef t = text_ref(e, false);
      t.charset.clear();
      return {t};
    }
    if (!split.closed && !split.over) ctx_.flag(DecodeProblem::malformed);  // truncated
    ctx_.parts += static_cast<int>(split.parts.size());
    const std::string def = child_default_type(e);
    const std::string_view sub = std::string_view(e.type).substr(10);

    std::vector<Entity> kids;
    kids.reserve(split.parts.size());
    for (const auto& p : split.parts) kids.push_back(read_entity(p, ctx_, def));

    Pick body;
    if (sub == "alternative") {
      std::vector<Pick> picks;
      for (std::size_t i = 0; i < kids.size(); ++i)
        picks.push_back(walk_part(kids[i], child_id(prefix, i), depth + 1, sink));
      for (auto& p : picks)
        if (!p.empty() && !pick_blank(p) && !pick_has_html(p)) return std::move(p);
      for (auto& p : picks)
        if (!p.empty() && !pick_blank(p)) return std::move(p);
      for (auto& p : picks)
        if (!p.empty()) return std::move(p);
      return {};
    }
    for (std::size_t i = 0; i < kids.size(); ++i) {
      const Entity& k = kids[i];
      const std::string id = child_id(prefix, i);
      if (sub == "report" && i > 0 && sink.top_level && read_report_part(k)) continue;
      if (sub == "signed" && i > 0 &&
          (k.type == "application/pgp-signature" || k.type == "application/pkcs7-signature" ||
           k.type == "application/x-pkcs7-signature"))
        continue;
      Pick p = walk_part(k, id, depth + 1, sink);
      if (p.empty()) continue;
      if (body.empty() || pick_blank(body)) {
        if (sub == "related" && i > 0 && !body.empty()) continue;
        body = std::move(p);
      } else if (sub != "related" && pick_has_html(p) == pick_has_html(body)) {
        for (auto& t : p) body.push_back(std::move(t));
      }
    }
    return body;
  }

  /// Reads a delivery-status or returned-headers part of a report; false if it is neither.
  bool read_report_part(const Entity& k) {
    const bool status =
        k.type == "message/delivery-status" || k.type == "message/global-delivery-status";
    const bool returned = k.type == "message/rfc822" || k.type == "text/rfc822-headers" ||
                          k.type == "message/rfc822-headers" || k.type == "message/global" ||
                          k.type == "message/global-headers";
    if (!status && !returned) return false;
    std::string decoded;
    std::string_view body = k.hb.body;
    if (k.cte != TransferEncoding::identity) {
      if (!decode_transfer(body, k.cte, decoded)) ctx_.flag(DecodeProblem::bad_encoding);
      body = decoded;
    }
    if (status) {
      auto rcpts = parse_delivery_status(body, ctx_.lim.max_header_line);
      for (auto& r : rcpts) {
        if (mail_.dsn.size() >= kMaxDsnRecipients) break;
        mail_.dsn.push_back(std::move(r));
      }
    } else if (mail_.dsn_original_message_id.empty()) {
      mail_.dsn_original_message_id = returned_message_id(body, ctx_.lim.max_header_line);
    }
    return true;
  }

  void walk_forward(const Entity& e, const std::string& id, int depth, Sink& sink) {
    std::string_view inner = e.hb.body;
    bool over_budget = false;
    if (e.cte != TransferEncoding::identity) {  // not allowed by RFC 2046, sent anyway
      std::string decoded;
      if (!decode_transfer(inner, e.cte, decoded)) ctx_.flag(DecodeProblem::bad_encoding);
      over_budget = !ctx_.own(std::move(decoded), inner);
    }
    AttachmentInfo a;
    a.content_type = e.type;
    a.size = inner.size();
    a.part_id = id;
    const std::size_t att_index = sink.attachments->size();
    sink.attachments->push_back(a);
    if (over_budget) {
      ctx_.flag(DecodeProblem::too_large);
      (*sink.attachments)[att_index].size = decoded_size(e.hb.body, e.cte);
      (*sink.attachments)[att_index].filename = e.filename;
      return;
    }
    if (depth + 1 >= ctx_.lim.max_depth) {
      ctx_.flag(DecodeProblem::too_deep);
      (*sink.attachments)[att_index].filename = e.filename;
      return;
    }
    ForwardedMail fm;
    fm.part_id = id;
    const Entity m = read_entity(inner, ctx_, "text/plain");
    if (const auto* v = m.hb.get("Message-ID")) {
      auto ids = parse_msg_id_list(*v);
      fm.message_id = ids.empty() ? raw_text_to_utf8(trim(*v)) : ids.front();
    }
    if (const auto* v = m.hb.get("From")) fm.from = parse_first_address(*v);
    for (const auto& f : m.hb.fields) {
      if (iequals(f.name, "To")) {
        auto to = parse_address_list(f.value);
        fm.to.insert(fm.to.end(), to.begin(), to.end());
      }
    }
    if (const auto* v = m.hb.get("Subject")) fm.subject = decode_rfc2047(*v);
    if (const auto* v = m.hb.get("Date")) fm.date_header = raw_text_to_utf8(*v);
    std::string fname = e.filename;
    if (fname.empty() && !fm.subject.empty()) {
      fname = std::string(utf8_prefix(fm.subject, 120));  // regression: fuzz crash-19c2d2f9
      for (char& c : fname)
        if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 32) c = '_';
      fname += ".eml";
    }
    (*sink.attachments)[att_index].filename = std::move(fname);

    const std::size_t slot = mail_.forwarded.size();
    mail_.forwarded.emplace_back();
    Sink inner_sink{&fm.attachments, false};
    Pick p = starts_with(m.type, "multipart/")
                 ? walk_children(m, id, depth + 1, inner_sink)
                 : walk_part(m, id + ".1", depth + 1, inner_sink);
    fm.text = render(p, &fm.text_from_html);
    mail_.forwarded[slot] = std::move(fm);
  }

  Ctx& ctx_;
  DecodedMail& mail_;
};

void fill_top_headers(const HeaderBlock& hb, DecodedMail& mail, Ctx& ctx) {
  mail.headers.reserve(hb.fields.size());
  Rfc2047Issues iss;
  for (const auto& f : hb.fields) mail.headers.emplace_back(std::string(f.name), decode_rfc2047(f.value, &iss));
  if (iss.bad_charset) ctx.flag(DecodeProblem::bad_charset);
  if (iss.bad_encoding) ctx.flag(DecodeProblem::bad_encoding);
  bool have_from = false, have_reply_to = false, have_sender = false, have_subject = false,
       have_date = false, have_id = false, have_rp = false, have_irt = false, have_refs = false;
  for (const auto& f : hb.fields) {
    const std::string_view n = f.name;
    if (!have_from && iequals(n, "From")) {
      have_from = true;
      mail.from = parse_first_address(f.value);
    } else if (!have_reply_to && iequals(n, "Reply-To")) {
      have_reply_to = true;
      mail.reply_to = parse_first_address(f.value);
    } else if (!have_sender && iequals(n, "Sender")) {
      have_sender = true;
      mail.sender = parse_first_address(f.value);
    } else if (iequals(n, "To")) {
      auto v = parse_address_list(f.value);
      mail.to.insert(mail.to.end(), v.begin(), v.end());
    } else if (iequals(n, "Cc")) {
      auto v = parse_address_list(f.value);
      mail.cc.insert(mail.cc.end(), v.begin(), v.end());
    } else if (!have_subject && iequals(n, "Subject")) {
      have_subject = true;
      mail.subject = decode_rfc2047(f.value);
    } else if (!have_date && iequals(n, "Date")) {
      have_date = true;
      mail.date_header = raw_text_to_utf8(f.value);
    } else if (!have_id && iequals(n, "Message-ID")) {
      have_id = true;
      auto ids = parse_msg_id_list(f.value);
      mail.message_id = ids.empty() ? raw_text_to_utf8(trim(f.value)) : ids.front();
    } else if (!have_rp && iequals(n, "Return-Path")) {
      have_rp = true;
      mail.return_path = raw_text_to_utf8(f.value);
    } else if (!have_irt && iequals(n, "In-Reply-To")) {
      have_irt = true;
      mail.in_reply_to = parse_msg_id_list(f.value);
    } else if (!have_refs && iequals(n, "References")) {
      have_refs = true;
      mail.references = parse_msg_id_list(f.value);
    }
  }
}

void decode_into(std::string_view raw, const MimeLimits& limits, DecodedMail& mail) {
  Ctx ctx{limits, mail.problems};
  mail.raw_size = raw.size();
  if (raw.empty()) {
    ctx.flag(DecodeProblem::malformed);
    mail.content_type = "text/plain";
    return;
  }
  if (std::memchr(raw.data(), '\0', raw.size())) ctx.flag(DecodeProblem::malformed);
  if (raw.size() > limits.max_message_bytes) {
    ctx.flag(DecodeProblem::too_large);
    const Entity top = read_entity(raw.substr(0, limits.max_message_bytes), ctx, "text/plain");
    fill_top_headers(top.hb, mail, ctx);
    mail.content_type = top.type;
    return;
  }
  const Entity top = read_entity(raw, ctx, "text/plain");
  fill_top_headers(top.hb, mail, ctx);
  mail.content_type = top.type;
  if (!top.hb.had_blank_line && !top.hb.malformed && top.hb.fields.empty())
    ctx.flag(DecodeProblem::malformed);
  Walker w(ctx, mail);
  Walker::Sink sink{&mail.attachments, true};
  Pick pick = starts_with(top.type, "multipart/") ? w.walk_part(top, "", 0, sink)
                                                   : w.walk_part(top, "1", 0, sink);
  mail.text = w.render(pick, &mail.text_from_html);
}

}  // namespace

DecodedMail decode_mail(std::string_view raw, const MimeLimits& limits) {
  DecodedMail mail;
  try {
    decode_into(raw, limits, mail);
  } catch (...) {  // bad_alloc and the like: keep what we have, flag it
    if (!mail.has_problem(DecodeProblem::malformed)) mail.problems.push_back(DecodeProblem::malformed);
  }
  mail.raw_size = raw.size();
  return mail;
}

std::optional<std::string> extract_part(std::string_view raw, std::string_view part_id,
                                        const MimeLimits& limits) {
  try {
    if (raw.size() > limits.max_message_bytes || part_id.empty()) return std::nullopt;
    // Parse "2.1.3".
    std::vector<std::size_t> path;
    std::size_t cur = 0;
    bool have_digit = false;
    for (const char c : part_id) {
      if (c >= '0' && c <= '9') {
        if (cur > 100000) return std::nullopt;
        cur = cur * 10 + static_cast<std::size_t>(c - '0');
        have_digit = true;
      } else if (c == '.' && have_digit) {
        path.push_back(cur);
        cur = 0;
        have_digit = false;
      } else {
        return std::nullopt;
      }
    }
    if (!have_digit) return std::nullopt;
    path.push_back(cur);
    if (path.size() > static_cast<std::size_t>(limits.max_depth) + 1) return std::nullopt;
    for (const auto n : path)
      if (n == 0 || n > static_cast<std::size_t>(limits.max_parts)) return std::nullopt;

    std::vector<DecodeProblem> problems;
    Ctx ctx{limits, problems};
    Entity node = read_entity(raw, ctx, "text/plain");
    bool node_is_message = true;  // a message's children are its body's parts (or its body)
    for (const std::size_t n : path) {
      if (!node_is_message && is_message_type(node.type)) {
        std::string_view inner = node.hb.body;
        if (node.cte != TransferEncoding::identity) {
          std::string decoded;
          (void)decode_transfer(inner, node.cte, decoded);
          if (!ctx.own(std::move(decoded), inner)) return std::nullopt;
        }
        node = read_entity(inner, ctx, "text/plain");
        node_is_message = true;
      }
      if (starts_with(node.type, "multipart/")) {
        const std::string* boundary = node.ct.get("boundary");
        if (!boundary || boundary->empty()) return std::nullopt;
        Split split = split_multipart(node.hb.body, *boundary,
                                      static_cast<std::size_t>(limits.max_parts));
        if (n > split.parts.size()) return std::nullopt;
        const std::string def = child_default_type(node);
        node = read_entity(split.parts[n - 1], ctx, def);
        node_is_message = false;
      } else if (node_is_message) {
        if (n != 1) return std::nullopt;
        node_is_message = false;  // the single body of the message is its part 1
      } else {
        return std::nullopt;  // a leaf has no children
      }
    }
    std::string out;
    (void)decode_transfer(node.hb.body, node.cte, out);
    return out;
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace pst
