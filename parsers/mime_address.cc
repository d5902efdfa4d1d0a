// mime_address.cc: see mime_address.h. A single pass over the value with a small state machine
// (quotes, comments, angle brackets), then a pass over the raw pieces.
#include "parsers/mime_address.h"

#include "parsers/charset.h"
#include "parsers/rfc2047.h"

namespace pst {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Both below write into room made at once (never longer than `s`) and cut it at the end: push_back, a call per
// byte, was most of parsing an address.
std::string collapse_ws(std::string_view s) {
  std::string r(s.size(), '\0');
  std::size_t n = 0;
  bool space = false;
  for (const char c : s) {
    if (is_ws(c)) {
      space = true;
    } else {
      if (space && n > 0) r[n++] = ' ';
      space = false;
      r[n++] = c;
    }
  }
  r.resize(n);
  return r;
}

std::string strip_ws(std::string_view s) {
  std::string r(s.size(), '\0');
  std::size_t n = 0;
  for (const char c : s)
    if (!is_ws(c)) r[n++] = c;
  r.resize(n);
  return r;
}

struct Piece {
  std::string display;   // text outside <>, quotes removed
  std::string angle;     // inside <>
  std::string comment;   // last comment text
  bool has_angle = false;
  bool quoted = false;   // display contained a quoted string
};

/// "local@Domain.EXAMPLE" -> "local@domain.example"; strips a source route "@a,@b:".
std::string normalise_addr_spec(std::string_view raw) {
  std::string a = strip_ws(raw);
  if (!a.empty() && a.front() == '@') {
    const auto colon = a.find(':');
    a = colon == std::string::npos ? std::string() : a.substr(colon + 1);
  }
  if (a.size() >= 2 && a.front() == '"' && a.back() == '"' && a.find('@') == std::string::npos)
    a = a.substr(1, a.size() - 2);
  const auto at = a.rfind('@');
  if (at != std::string::npos)
    for (std::size_t i = at + 1; i < a.size(); ++i)
      if (a[i] >= 'A' && a[i] <= 'Z') a[i] = static_cast<char>(a[i] + 32);
  while (!a.empty() && (a.back() == '.' || a.back() == '>' || a.back() == ';')) a.pop_back();
  return is_valid_utf8(a) ? a : raw_text_to_utf8(a);
}

std::string decode_name(std::string_view raw) {
  std::string n = collapse_ws(decode_rfc2047(collapse_ws(raw)));
  // Names like "'Budi'" or "\"Budi\"" after decoding.
  while (n.size() >= 2 && ((n.front() == '"' && n.back() == '"') ||
                           (n.front() == '\'' && n.back() == '\''))) {
    n = n.substr(1, n.size() - 2);
  }
  return n;
}

std::vector<Piece> split_pieces(std::string_view v) {
  std::vector<Piece> pieces;
  Piece cur;
  auto finish = [&] {
    if (pieces.size() >= kMaxAddresses) return;
    if (cur.has_angle || !collapse_ws(cur.display).empty() || !cur.comment.empty())
      pieces.push_back(std::move(cur));
    cur = Piece{};
  };
  const std::size_t n = v.size();
  std::size_t i = 0;
  bool in_group = false;
  while (i < n && pieces.size() < kMaxAddresses) {
    const char c = v[i];
    if (c == '"') {
      ++i;
      cur.quoted = true;
      while (i < n && v[i] != '"') {
        if (v[i] == '\\' && i + 1 < n) ++i;
        cur.display.push_back(v[i]);
        ++i;
      }
      ++i;
      continue;
    }
    if (c == '(') {
      int depth = 1;
      ++i;
      std::string comment;
      while (i < n && depth > 0) {
        if (v[i] == '\\' && i + 1 < n) {
          comment.push_back(v[i + 1]);
          i += 2;
          continue;
        }
        if (v[i] == '(') ++depth;
        if (v[i] == ')') {
          if (--depth == 0) break;
        }
        comment.push_back(v[i]);
        ++i;
      }
      ++i;
      cur.comment = std::move(comment);
      continue;
    }
    if (c == '<') {
      ++i;
      std::string a;
      while (i < n && v[i] != '>') {
        if (v[i] == '"') {  // quoted local part
          a.push_back(v[i++]);
          while (i < n && v[i] != '"') {
            if (v[i] == '\\' && i + 1 < n) a.push_back(v[i++]);
            a.push_back(v[i++]);
          }
          if (i < n) a.push_back(v[i++]);
          continue;
        }
        a.push_back(v[i++]);
      }
      ++i;
      if (!cur.has_angle) cur.angle = std::move(a);
      cur.has_angle = true;
      continue;
    }
    if (c == ',') {
      finish();
      ++i;
      continue;
    }
    if (c == ';') {
      finish();
      in_group = false;
      ++i;
      continue;
    }
    if (c == ':' && !cur.has_angle && !in_group) {
      // Group name ("undisclosed-recipients:", "Tim PST: a@b;"): the name is not an address.
      cur = Piece{};
      in_group = true;
      ++i;
      continue;
    }
    cur.display.push_back(c);
    ++i;
  }
  finish();
  return pieces;
}

}  // namespace

std::vector<Address> parse_address_list(std::string_view value) {
  std::vector<Piece> pieces = split_pieces(value);
  std::vector<Address> out;
  std::string carried_name;  // Outlook's "Santoso, Budi <b@x>": "Santoso" waits for the next piece
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    Piece& p = pieces[k];
    if (p.has_angle) {
      Address a;
      a.address = normalise_addr_spec(p.angle);
      std::string name = decode_name(p.display);
      if (!carried_name.empty()) {
        name = name.empty() ? carried_name : carried_name + ", " + name;
        carried_name.clear();
      }
      if (name.empty() && !p.comment.empty()) name = decode_name(p.comment);
      a.name = std::move(name);
      out.push_back(std::move(a));
      continue;
    }
    const std::string bare = collapse_ws(p.display);
    const bool has_at = bare.find('@') != std::string::npos;
    const bool next_named_angle = k + 1 < pieces.size() && pieces[k + 1].has_angle &&
                                  !collapse_ws(pieces[k + 1].display).empty();
    if (!has_at && !p.quoted && next_named_angle && bare.find(' ') == std::string::npos &&
        !bare.empty()) {
      carried_name = decode_name(bare);
      continue;
    }
    if (!carried_name.empty()) {  // nothing to join it to: it was an address after all
      out.push_back(Address{"", carried_name});
      carried_name.clear();
    }
    if (bare.empty() && p.comment.empty()) continue;
    Address a;
    if (!p.quoted && !bare.empty() && (has_at || bare.find(' ') == std::string::npos)) {
      a.address = normalise_addr_spec(bare);
      a.name = decode_name(p.comment);
    } else {
      a.name = decode_name(p.display.empty() ? p.comment : p.display);  // name only, unparseable
    }
    out.push_back(std::move(a));
  }
  if (!carried_name.empty()) out.push_back(Address{"", carried_name});
  return out;
}

std::optional<Address> parse_first_address(std::string_view value) {
  std::vector<Address> all = parse_address_list(value);
  for (auto& a : all)
    if (!a.address.empty()) return std::move(a);
  if (!all.empty()) return std::move(all.front());
  return std::nullopt;
}

std::vector<std::string> parse_msg_id_list(std::string_view v) {
  std::vector<std::string> ids;
  std::size_t i = 0;
  bool any_angle = false;
  while (i < v.size() && ids.size() < kMaxAddresses) {
    const std::size_t lt = v.find('<', i);
    if (lt == std::string_view::npos) break;
    const std::size_t gt = v.find('>', lt + 1);
    if (gt == std::string_view::npos) break;
    any_angle = true;
    std::string id = raw_text_to_utf8(strip_ws(v.substr(lt + 1, gt - lt - 1)));
    if (!id.empty()) ids.push_back(std::move(id));
    i = gt + 1;
  }
  if (any_angle) return ids;
  // No brackets: tokens that look like ids.
  std::size_t p = 0;
  while (p < v.size() && ids.size() < kMaxAddresses) {
    while (p < v.size() && (is_ws(v[p]) || v[p] == ',')) ++p;
    const std::size_t b = p;
    while (p < v.size() && !is_ws(v[p]) && v[p] != ',') ++p;
    const std::string_view tok = v.substr(b, p - b);
    if (tok.find('@') != std::string_view::npos) ids.push_back(raw_text_to_utf8(tok));
  }
  return ids;
}

}  // namespace pst
